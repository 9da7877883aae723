import { Button, Card, Collapse, Form, Input, NoticeBar, Selector, TextArea } from 'antd-mobile';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { COMPLAINT_KIND_LABELS } from '../../locales/interaction';
import { PLATFORM_LABELS } from '../../locales/zh-CN';
import {
  errorMessage,
  newIdempotencyKey,
  photoProblem,
  PHOTO_MAX_COUNT,
  PublicApiError,
  type ComplaintKind,
  type Platform,
  type SubmitComplaintRequest,
} from '../api';
import { MobilePage } from '../MobilePage';
import { useFaqSuggestions, useSubmitComplaint } from '../queries';
import { saveReceipt } from '../storage';
import { TargetPicker, type Target } from './TargetPicker';

const KINDS = Object.keys(COMPLAINT_KIND_LABELS) as ComplaintKind[];
const PLATFORMS = Object.keys(PLATFORM_LABELS) as Platform[];

type FieldName =
  | 'kind'
  | 'target'
  | 'title'
  | 'content'
  | 'errorUrl'
  | 'suspectName'
  | 'suspectPlatform'
  | 'suspectLink'
  | 'contactName'
  | 'contactPhone'
  | 'photos';

/** The API's field path (e.g. suspect.name, accountId) → the form field it belongs to. */
function fieldOf(apiField: string | undefined): FieldName | undefined {
  switch (apiField) {
    case 'kind':
    case 'title':
    case 'content':
    case 'errorUrl':
    case 'photos':
      return apiField;
    case 'accountId':
    case 'organizationId':
      return 'target';
    case 'suspect':
    case 'suspect.name':
      return 'suspectName';
    case 'suspect.platform':
      return 'suspectPlatform';
    case 'suspect.link':
      return 'suspectLink';
    case 'contact.name':
      return 'contactName';
    case 'contact':
    case 'contact.phone':
      return 'contactPhone';
    default:
      return apiField?.startsWith('photos') ? 'photos' : undefined;
  }
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <div id={id} className="m-field-error" role="alert">
      {message}
    </div>
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

/** 我要留言: a message, consultation, complaint, suggestion, error report or counterfeit report. */
export function SubmitPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const initialKind = KINDS.includes(params.get('kind') as ComplaintKind)
    ? (params.get('kind') as ComplaintKind)
    : 'MESSAGE';
  const initialOrg = Number(params.get('organizationId')) || undefined;
  const initialAccount = Number(params.get('accountId')) || undefined;
  const [kind, setKind] = useState<ComplaintKind>(initialKind);
  const [target, setTarget] = useState<Target>({
    organizationId: initialOrg,
    accountId: initialAccount,
  });
  const [targetName, setTargetName] = useState<string>();
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [errorUrl, setErrorUrl] = useState('');
  const [suspectName, setSuspectName] = useState(params.get('suspect') ?? '');
  const [suspectPlatform, setSuspectPlatform] = useState<Platform | undefined>(
    PLATFORMS.includes(params.get('platform') as Platform)
      ? (params.get('platform') as Platform)
      : undefined,
  );
  const [suspectLink, setSuspectLink] = useState('');
  const [contactName, setContactName] = useState('');
  const [contactPhone, setContactPhone] = useState('');
  const [photos, setPhotos] = useState<File[]>([]);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [formError, setFormError] = useState<string>();
  const fileInput = useRef<HTMLInputElement>(null);
  const submit = useSubmitComplaint();

  const faqQuery = useDebounced(title, 400);
  const faqs = useFaqSuggestions(faqQuery, target.organizationId);
  const suggestions = title.trim().length >= 2 ? (faqs.data ?? []) : [];

  const addPhotos = (files: FileList | null) => {
    if (!files) return;
    const next = [...photos];
    let refused: string | undefined;
    for (const file of Array.from(files)) {
      const problem = photoProblem(file, next.length);
      if (problem) refused ??= `${file.name}：${problem}`;
      else next.push(file);
    }
    setPhotos(next);
    setErrors((current) => ({ ...current, photos: refused }));
    if (fileInput.current) fileInput.current.value = '';
  };

  const validate = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    if (target.organizationId === undefined) found.target = '请选择受理单位';
    if (!title.trim()) found.title = '请填写标题';
    if (!content.trim()) found.content = '请填写内容';
    if (kind === 'ERROR_REPORT' && !errorUrl.trim()) found.errorUrl = '纠错须填写出错内容的链接';
    if (kind === 'COUNTERFEIT_REPORT') {
      if (!suspectName.trim()) found.suspectName = '请填写假冒账号的名称';
      if (!suspectPlatform) found.suspectPlatform = '请选择假冒账号所在平台';
    }
    if (contactPhone && !/^1\d{10}$/.test(contactPhone.trim()))
      found.contactPhone = '请填写 11 位手机号码';
    return found;
  };

  const onSubmit = () => {
    const found = validate();
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;
    const body: SubmitComplaintRequest = {
      kind,
      title: title.trim(),
      content: content.trim(),
      ...(target.accountId !== undefined
        ? { accountId: target.accountId }
        : { organizationId: target.organizationId }),
      ...(kind === 'ERROR_REPORT' ? { errorUrl: errorUrl.trim() } : {}),
      ...(kind === 'COUNTERFEIT_REPORT'
        ? {
            suspect: {
              name: suspectName.trim(),
              platform: suspectPlatform!,
              link: suspectLink.trim() || undefined,
            },
          }
        : {}),
      ...(contactName.trim() || contactPhone.trim()
        ? {
            contact: {
              name: contactName.trim() || undefined,
              phone: contactPhone.trim() || undefined,
            },
          }
        : {}),
    };
    submit.mutate(
      { body, photos, key: newIdempotencyKey() },
      {
        onSuccess: (receipt) => {
          saveReceipt(receipt, body.title, targetName);
          void navigate(`/receipt/${receipt.trackingNumber}`, { state: { receipt } });
        },
        onError: (error) => {
          if (error instanceof PublicApiError && error.fieldErrors.length > 0) {
            const next: Partial<Record<FieldName, string>> = {};
            const unplaced: string[] = [];
            for (const violation of error.fieldErrors) {
              const field = fieldOf(violation.field);
              const message = violation.message ?? violation.code ?? '无效';
              if (field) next[field] ??= message;
              else unplaced.push(message);
            }
            setErrors(next);
            setFormError(unplaced.length ? unplaced.join('；') : error.problem.title);
          } else {
            setFormError(errorMessage(error));
          }
        },
      },
    );
  };

  const described = (field: FieldName) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `error-${field}` } : {};

  return (
    <MobilePage title="我要留言">
      <Form layout="vertical" mode="card">
        <Form.Header>类型</Form.Header>
        <Form.Item>
          <Selector
            columns={3}
            options={KINDS.map((value) => ({ value, label: COMPLAINT_KIND_LABELS[value] }))}
            value={[kind]}
            onChange={(values) => values[0] && setKind(values[0])}
          />
        </Form.Item>
        <Form.Header>受理单位</Form.Header>
        <Form.Item>
          <TargetPicker
            value={target}
            invalid={!!errors.target}
            onChange={(next, names) => {
              setTarget(next);
              setTargetName(names.account ?? names.organization);
              setErrors((current) => ({ ...current, target: undefined }));
            }}
          />
          <FieldError id="error-target" message={errors.target} />
        </Form.Item>

        <Form.Header>内容</Form.Header>
        <Form.Item>
          <label htmlFor="submit-title" className="m-label">
            标题
          </label>
          <Input
            id="submit-title"
            value={title}
            onChange={setTitle}
            maxLength={100}
            placeholder="一句话说明您的问题"
          />
          <FieldError id="error-title" message={errors.title} />
        </Form.Item>
        {suggestions.length > 0 && (
          <Card
            title="这些回答可能已经解决您的问题"
            className="m-section"
            data-testid="faq-suggestions"
          >
            <Collapse accordion>
              {suggestions.map((faq) => (
                <Collapse.Panel key={String(faq.id)} title={faq.question}>
                  <div className="m-pre">{faq.answer}</div>
                  <div className="m-muted">—— {faq.organizationName}</div>
                </Collapse.Panel>
              ))}
            </Collapse>
          </Card>
        )}
        <Form.Item>
          <label htmlFor="submit-content" className="m-label">
            具体内容
          </label>
          <TextArea
            id="submit-content"
            value={content}
            onChange={setContent}
            rows={5}
            maxLength={2000}
            showCount
            placeholder="请描述时间、地点、经过和您的诉求"
          />
          <FieldError id="error-content" message={errors.content} />
        </Form.Item>
        {kind === 'ERROR_REPORT' && (
          <Form.Item>
            <label htmlFor="submit-error-url" className="m-label">
              出错内容的链接
            </label>
            <Input
              id="submit-error-url"
              type="url"
              value={errorUrl}
              onChange={setErrorUrl}
              placeholder="https://"
            />
            <FieldError id="error-errorUrl" message={errors.errorUrl} />
          </Form.Item>
        )}
        {kind === 'COUNTERFEIT_REPORT' && (
          <>
            <Form.Item>
              <label htmlFor="submit-suspect-name" className="m-label">
                假冒账号名称
              </label>
              <Input
                id="submit-suspect-name"
                value={suspectName}
                onChange={setSuspectName}
                maxLength={100}
              />
              <FieldError id="error-suspectName" message={errors.suspectName} />
            </Form.Item>
            <Form.Item label="所在平台">
              <Selector
                columns={3}
                options={PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] }))}
                value={suspectPlatform ? [suspectPlatform] : []}
                onChange={(values) => setSuspectPlatform(values[0])}
              />
              <FieldError id="error-suspectPlatform" message={errors.suspectPlatform} />
            </Form.Item>
            <Form.Item>
              <label htmlFor="submit-suspect-link" className="m-label">
                假冒账号链接（可不填）
              </label>
              <Input
                id="submit-suspect-link"
                type="url"
                value={suspectLink}
                onChange={setSuspectLink}
              />
              <FieldError id="error-suspectLink" message={errors.suspectLink} />
            </Form.Item>
          </>
        )}

        <Form.Header>
          照片（可选，最多 {PHOTO_MAX_COUNT} 张，JPEG/PNG/WebP，每张不超过 5 MB）
        </Form.Header>
        <Form.Item>
          <div className="m-photos">
            {photos.map((file, index) => (
              <PhotoPreview
                key={`${file.name}-${index}`}
                file={file}
                index={index}
                onRemove={() => setPhotos(photos.filter((_, other) => other !== index))}
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
            {...described('photos')}
            onChange={(event) => addPhotos(event.target.files)}
          />
          <label
            htmlFor="submit-photos"
            className="adm-button adm-button-default adm-button-fill-outline adm-button-block adm-button-large m-big-button"
            style={{
              marginTop: 8,
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
            }}
            aria-disabled={photos.length >= PHOTO_MAX_COUNT}
          >
            添加照片（{photos.length}/{PHOTO_MAX_COUNT}）
          </label>
          <FieldError id="error-photos" message={errors.photos} />
        </Form.Item>

        <Form.Header>联系方式（可不填，仅承办单位可见）</Form.Header>
        <Form.Item>
          <label htmlFor="submit-contact-name" className="m-label">
            称呼
          </label>
          <Input
            id="submit-contact-name"
            value={contactName}
            onChange={setContactName}
            maxLength={50}
          />
          <FieldError id="error-contactName" message={errors.contactName} />
        </Form.Item>
        <Form.Item>
          <label htmlFor="submit-contact-phone" className="m-label">
            手机号码
          </label>
          <Input
            id="submit-contact-phone"
            type="tel"
            value={contactPhone}
            onChange={setContactPhone}
            maxLength={11}
          />
          <FieldError id="error-contactPhone" message={errors.contactPhone} />
        </Form.Item>
      </Form>
      {formError && (
        <div role="alert" data-testid="form-error">
          <NoticeBar className="m-section" color="error" wrap content={formError} />
        </div>
      )}
      <Button
        block
        color="primary"
        size="large"
        className="m-big-button"
        loading={submit.isPending}
        onClick={onSubmit}
      >
        提交
      </Button>
    </MobilePage>
  );
}
