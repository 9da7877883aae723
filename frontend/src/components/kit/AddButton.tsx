import { PlusOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import type { ReactNode } from 'react';

interface AddButtonProps {
  /** false hides it from callers who may not add */
  visible?: boolean;
  /** true when it ends a filter bar (a form), so it lines up with the filters */
  inFilterBar?: boolean;
  onClick: () => void;
  children: ReactNode;
}

/** The primary 新建/登记 button of a list. */
export function AddButton({
  visible = true,
  inFilterBar = false,
  onClick,
  children,
}: AddButtonProps) {
  if (!visible) return null;
  const button = (
    <Button type="primary" icon={<PlusOutlined />} onClick={onClick}>
      {children}
    </Button>
  );
  return inFilterBar ? <Form.Item>{button}</Form.Item> : button;
}
