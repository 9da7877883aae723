import { Button, Form, Input } from 'antd-mobile';
import { useEffect, useMemo, useRef } from 'react';
import { photoProblem, PHOTO_MAX_COUNT } from '../api';

export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <div id={id} className="m-field-error" role="alert">
      {message}
    </div>
  );
}

/** A labelled one-line input with its error below: every text field of 我要留言. */
export function TextField({
  id,
  field,
  label,
  value,
  onChange,
  error,
  type,
  maxLength,
  placeholder,
}: {
  id: string;
  field: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  type?: 'url' | 'tel';
  maxLength?: number;
  placeholder?: string;
}) {
  return (
    <Form.Item>
      <label htmlFor={id} className="m-label">
        {label}
      </label>
      <Input
        id={id}
        type={type}
        value={value}
        onChange={onChange}
        maxLength={maxLength}
        placeholder={placeholder}
      />
      <FieldError id={`error-${field}`} message={error} />
    </Form.Item>
  );
}

function PhotoPreview({
  file,
  onRemove,
  index,
}: {
  file: File;
  onRemove: () => void;
  index: number;
}) {
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div style={{ position: 'relative' }}>
      <img src={url} alt={`待上传照片 ${index + 1}`} />
      <Button
        size="mini"
        color="danger"
        fill="solid"
        style={{ position: 'absolute', top: 2, right: 2, minWidth: 44, minHeight: 32 }}
        onClick={onRemove}
        aria-label={`删除照片 ${index + 1}`}
      >
        删除
      </Button>
    </div>
  );
}

/** Up to three photos, checked here before they are sent (type and size); a refused one is named in the error. */
export function PhotoPicker({
  photos,
  onChange,
  error,
  onError,
}: {
  photos: File[];
  onChange: (photos: File[]) => void;
  error?: string;
  onError: (message?: string) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  const add = (files: FileList | null) => {
    if (!files) return;
    const next = [...photos];
    let refused: string | undefined;
    for (const file of Array.from(files)) {
      const problem = photoProblem(file, next.length);
      if (problem) refused ??= `${file.name}：${problem}`;
      else next.push(file);
    }
    onChange(next);
    onError(refused);
    if (fileInput.current) fileInput.current.value = '';
  };
  return (
    <Form.Item>
      <div className="m-photos">
        {photos.map((file, index) => (
          <PhotoPreview
            key={`${file.name}-${index}`}
            file={file}
            index={index}
            onRemove={() => onChange(photos.filter((_, other) => other !== index))}
          />
        ))}
      </div>
      <input
        ref={fileInput}
        id="submit-photos"
        className="m-file-input"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        {...(error ? { 'aria-invalid': true as const, 'aria-describedby': 'error-photos' } : {})}
        onChange={(event) => add(event.target.files)}
      />
      <label
        htmlFor="submit-photos"
        className="adm-button adm-button-default adm-button-fill-outline adm-button-block adm-button-large m-big-button"
        style={{ marginTop: 8, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
        aria-disabled={photos.length >= PHOTO_MAX_COUNT}
      >
        添加照片（{photos.length}/{PHOTO_MAX_COUNT}）
      </label>
      <FieldError id="error-photos" message={error} />
    </Form.Item>
  );
}
