import { Button, Form } from 'antd-mobile';
import type { ReactNode } from 'react';

/** The big submit button under a one-question form (查询, 核验). */
export function QueryButton({
  disabled,
  loading,
  children,
}: {
  disabled: boolean;
  loading: boolean;
  children: ReactNode;
}) {
  return (
    <Button
      block
      type="submit"
      color="primary"
      size="large"
      className="m-big-button"
      disabled={disabled}
      loading={loading}
    >
      {children}
    </Button>
  );
}

/** A form row with its visible label above the input (`htmlFor` names the input's id). */
export function Labelled({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: ReactNode;
}) {
  return (
    <Form.Item>
      <label htmlFor={id} className="m-label">
        {label}
      </label>
      {children}
    </Form.Item>
  );
}
