import { Button, Card, Collapse, Form, NoticeBar, Selector, TextArea } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { COMPLAINT_KIND_LABELS } from '../../locales/interaction';
import { PLATFORM_LABELS } from '../../locales/zh-CN';
import { errorMessage, newIdempotencyKey, PHOTO_MAX_COUNT } from '../api';
import { MobilePage } from '../MobilePage';
import { useFaqSuggestions, useSubmitComplaint } from '../queries';
import { saveReceipt } from '../storage';
import { FieldError, PhotoPicker, TextField } from './submitFields';
import {
  initialValues,
  KINDS,
  placeErrors,
  PLATFORMS,
  toRequest,
  validate,
  type FieldErrors,
  type SubmitValues,
} from './submitForm';
import { TargetPicker } from './TargetPicker';

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

/** 我要留言: a message, consultation, complaint, suggestion, error report or counterfeit report. */
export function SubmitPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [values, setValues] = useState<SubmitValues>(() => initialValues(params));
  const [targetName, setTargetName] = useState<string>();
  const [photos, setPhotos] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const submit = useSubmitComplaint();

  const set =
    <K extends keyof SubmitValues>(field: K) =>
    (value: SubmitValues[K]) =>
      setValues((current) => ({ ...current, [field]: value }));
  const text = (field: Exclude<keyof SubmitValues, 'kind' | 'target' | 'suspectPlatform'>) => ({
    field,
    value: values[field],
    onChange: set(field),
    error: errors[field],
  });

  const faqQuery = useDebounced(values.title, 400);
  const faqs = useFaqSuggestions(faqQuery, values.target.organizationId);
  const suggestions = values.title.trim().length >= 2 ? (faqs.data ?? []) : [];

  const onSubmit = () => {
    const found = validate(values);
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;
    const body = toRequest(values);
    submit.mutate(
      { body, photos, key: newIdempotencyKey() },
      {
        onSuccess: (receipt) => {
          saveReceipt(receipt, body.title, targetName);
          void navigate(`/receipt/${receipt.trackingNumber}`, { state: { receipt } });
        },
        onError: (error) => {
          const placed = placeErrors(error, errorMessage);
          setErrors(placed.fields);
          setFormError(placed.form);
        },
      },
    );
  };

  return (
    <MobilePage title="我要留言">
      <Form layout="vertical" mode="card">
        <Form.Header>类型</Form.Header>
        <Form.Item>
          <Selector
            columns={3}
            options={KINDS.map((value) => ({ value, label: COMPLAINT_KIND_LABELS[value] }))}
            value={[values.kind]}
            onChange={(selected) => selected[0] && set('kind')(selected[0])}
          />
        </Form.Item>
        <Form.Header>受理单位</Form.Header>
        <Form.Item>
          <TargetPicker
            value={values.target}
            invalid={!!errors.target}
            onChange={(next, names) => {
              set('target')(next);
              setTargetName(names.account ?? names.organization);
              setErrors((current) => ({ ...current, target: undefined }));
            }}
          />
          <FieldError id="error-target" message={errors.target} />
        </Form.Item>

        <Form.Header>内容</Form.Header>
        <TextField
          id="submit-title"
          label="标题"
          maxLength={100}
          placeholder="一句话说明您的问题"
          {...text('title')}
        />
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
            value={values.content}
            onChange={set('content')}
            rows={5}
            maxLength={2000}
            showCount
            placeholder="请描述时间、地点、经过和您的诉求"
          />
          <FieldError id="error-content" message={errors.content} />
        </Form.Item>
        {values.kind === 'ERROR_REPORT' && (
          <TextField
            id="submit-error-url"
            label="出错内容的链接"
            type="url"
            placeholder="https://"
            {...text('errorUrl')}
          />
        )}
        {values.kind === 'COUNTERFEIT_REPORT' && (
          <>
            <TextField
              id="submit-suspect-name"
              label="假冒账号名称"
              maxLength={100}
              {...text('suspectName')}
            />
            <Form.Item label="所在平台">
              <Selector
                columns={3}
                options={PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] }))}
                value={values.suspectPlatform ? [values.suspectPlatform] : []}
                onChange={(selected) => set('suspectPlatform')(selected[0])}
              />
              <FieldError id="error-suspectPlatform" message={errors.suspectPlatform} />
            </Form.Item>
            <TextField
              id="submit-suspect-link"
              label="假冒账号链接（可不填）"
              type="url"
              {...text('suspectLink')}
            />
          </>
        )}

        <Form.Header>
          照片（可选，最多 {PHOTO_MAX_COUNT} 张，JPEG/PNG/WebP，每张不超过 5 MB）
        </Form.Header>
        <PhotoPicker
          photos={photos}
          onChange={setPhotos}
          error={errors.photos}
          onError={(message) => setErrors((current) => ({ ...current, photos: message }))}
        />

        <Form.Header>联系方式（可不填，仅承办单位可见）</Form.Header>
        <TextField id="submit-contact-name" label="称呼" maxLength={50} {...text('contactName')} />
        <TextField
          id="submit-contact-phone"
          label="手机号码"
          type="tel"
          maxLength={11}
          {...text('contactPhone')}
        />
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
