import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from './kit';

/**
 * A modal asking for one required text (evidence, a note) and sending it: shows the success message,
 * refreshes the lists under `invalidates`, and closes. Failures go to the shared error handler.
 */
export function NoteDialog({
  title,
  okText,
  name,
  label,
  maxLength,
  rows,
  placeholder,
  requiredMessage,
  successMessage,
  invalidates,
  send,
  onClose,
  children,
}: {
  title: string;
  okText: string;
  name: string;
  label: string;
  maxLength: number;
  rows: number;
  placeholder: string;
  requiredMessage: string;
  successMessage: string;
  invalidates: readonly unknown[];
  send: (text: string) => Promise<unknown>;
  onClose: () => void;
  children?: ReactNode;
}) {
  return (
    <FormModal<Record<string, string>>
      title={title}
      okText={okText}
      name={name}
      submit={(values) => send((values[name] ?? '').trim())}
      success={successMessage}
      invalidates={[invalidates]}
      onClose={onClose}
      intro={children}
    >
      <Form.Item
        name={name}
        label={label}
        rules={[
          { required: true, whitespace: true, message: requiredMessage },
          { max: maxLength, message: `不能超过 ${maxLength} 个字符` },
        ]}
      >
        <Input.TextArea rows={rows} maxLength={maxLength} placeholder={placeholder} />
      </Form.Item>
    </FormModal>
  );
}
