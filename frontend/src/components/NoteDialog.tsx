import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import type { ReactNode } from 'react';

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
  const [form] = Form.useForm<Record<string, string>>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: Record<string, string>) => send((values[name] ?? '').trim()),
    onSuccess: async () => {
      void message.success(successMessage);
      await queryClient.invalidateQueries({ queryKey: invalidates });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {children}
      <Form
        form={form}
        name={name}
        layout="vertical"
        onFinish={(values) => mutation.mutate(values)}
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
      </Form>
    </Modal>
  );
}
