import type { QueryKey } from '@tanstack/react-query';
import { Form, Modal, type FormInstance, type FormProps, type ModalProps } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../../api/http';
import { useApiMutation } from './useApiMutation';

export interface FormModalProps<V, R> {
  title: ReactNode;
  /** the form's name (ids of its fields) */
  name: string;
  /** sends the values; its answer goes to `onSuccess` */
  submit: (values: V) => Promise<R>;
  onClose: () => void;
  onSuccess?: (result: R) => void;
  success?: string | ((result: R) => string | undefined);
  invalidates?: readonly QueryKey[];
  initialValues?: FormProps<V>['initialValues'];
  /** for a form whose fields watch each other (Form.useWatch) */
  form?: FormInstance<V>;
  okText?: string;
  width?: ModalProps['width'];
  layout?: FormProps<V>['layout'];
  onValuesChange?: FormProps<V>['onValuesChange'];
  okButtonProps?: ModalProps['okButtonProps'];
  /** above the form */
  intro?: ReactNode;
  children: ReactNode;
}

/** The server names a field `roles[1]` or `details.name`; the form knows `roles` and `['details', 'name']`. */
function fieldName(field: string): (string | number)[] {
  return field
    .replace(/\[\d+]$/, '')
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * A modal holding one form (ModalForm in Ant Design Pro's words): 保存 validates and submits, the
 * API's field errors (RFC 9457 `errors`) appear under their fields, success closes the modal.
 */
export function FormModal<V extends object, R = unknown>({
  title,
  name,
  submit,
  onClose,
  onSuccess,
  success,
  invalidates,
  initialValues,
  form: given,
  okText = '保存',
  width,
  layout = 'vertical',
  onValuesChange,
  okButtonProps,
  intro,
  children,
}: FormModalProps<V, R>) {
  const [own] = Form.useForm<V>();
  const form = given ?? own;
  const mutation = useApiMutation<R, V>({
    mutationFn: submit,
    success,
    invalidates,
    onSuccess: (result) => {
      form.resetFields();
      onClose();
      // after closing, so that what it opens (e.g. a one-time password) stays open
      onSuccess?.(result);
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      // only the fields this form shows; the rest are in the error notification already
      const known = new Set(Object.keys(form.getFieldsValue()));
      form.setFields(
        error.fieldErrors
          .filter(
            (violation) => violation.field && known.has(fieldName(violation.field)[0] as string),
          )
          .map((violation) => ({
            name: fieldName(violation.field ?? '') as never,
            errors: [violation.message ?? '字段无效'],
          })),
      );
    },
  });
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText="取消"
      confirmLoading={mutation.isPending}
      okButtonProps={okButtonProps}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={width}
    >
      {intro}
      <Form<V>
        form={form}
        name={name}
        layout={layout}
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={(values) => mutation.mutate(values)}
      >
        {children}
      </Form>
    </Modal>
  );
}
