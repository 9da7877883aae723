import { Card, Space } from 'antd';
import type { ReactNode } from 'react';

/** The frame of a list page: a titled card, the filters, then the table. */
export function ListCard({
  title,
  extra,
  children,
}: {
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card title={title} extra={extra}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {children}
      </Space>
    </Card>
  );
}
