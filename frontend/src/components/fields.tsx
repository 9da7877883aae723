import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { HTTP_URL_RULE } from '../utils/urlRule';

/** The required 标题 of a form (a ticket, a publication, a rebuttal …). */
export function TitleField({ maxLength = 200 }: { maxLength?: number }) {
  return (
    <Form.Item
      name="title"
      label="标题"
      rules={[{ required: true, whitespace: true, message: '请填写标题' }, { max: maxLength }]}
    >
      <Input maxLength={maxLength} showCount />
    </Form.Item>
  );
}

interface UrlFieldProps {
  name: string;
  label: string;
  maxLength?: number;
  extra?: ReactNode;
}

/** A required http(s) address, e.g. 链接 or 来源网址. */
export function UrlField({ name, label, maxLength = 1000, extra }: UrlFieldProps) {
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[{ required: true, whitespace: true, message: `请填写${label}` }, HTTP_URL_RULE]}
    >
      <Input maxLength={maxLength} showCount placeholder="https://" />
    </Form.Item>
  );
}
