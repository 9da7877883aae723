import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';

/** A card title with a 返回 button: to a list, or back in history (-1). */
export function BackTitle({ to, children }: { to: string | -1; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Space>
      <Button
        type="text"
        icon={<ArrowLeftOutlined />}
        aria-label="返回"
        onClick={() => void (to === -1 ? navigate(-1) : navigate(to))}
      />
      {children}
    </Space>
  );
}
