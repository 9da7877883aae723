import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Input, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RebuttalResponse, RebuttalStatus } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { StatusFilter } from '../../components/StatusFilter';
import { REBUTTAL_STATUS_COLORS, REBUTTAL_STATUS_LABELS } from '../../locales/interaction';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { useRebuttals } from './queries';

const columns: TableProps<RebuttalResponse>['columns'] = [
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, r) => <Link to={`/rumours/${r.id}`}>{title}</Link>,
  },
  { title: '评级', dataIndex: 'verdictName' },
  { title: '发布单位', dataIndex: 'organizationName' },
  { title: '账号', dataIndex: 'accountName' },
  {
    title: '状态',
    dataIndex: 'status',
    render: (status: RebuttalStatus) => (
      <Tag color={REBUTTAL_STATUS_COLORS[status]}>{labelOf(REBUTTAL_STATUS_LABELS, status)}</Tag>
    ),
  },
  { title: '发布时间', dataIndex: 'publishedAt', render: (v?: string) => formatTime(v) },
  { title: '更新时间', dataIndex: 'updatedAt', render: (v: string) => formatTime(v) },
];

/** 辟谣: the rumour rebuttals issued in the caller's subtree (public once their ticket is published). */
export function RumourList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [status, setStatus] = useState<RebuttalStatus>();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const rebuttals = useRebuttals({ status, q, page, size });

  return (
    <Card
      title="辟谣"
      extra={
        access.canWriteRumours && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => void navigate('/rumours/new')}
          >
            撰写辟谣
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          <StatusFilter
            label="辟谣状态"
            labels={REBUTTAL_STATUS_LABELS}
            value={status}
            onChange={(next) => {
              setStatus(next);
              setPage(1);
            }}
          />
          <Input.Search
            allowClear
            aria-label="搜索辟谣"
            placeholder="标题、谣言或真相中的文字"
            style={{ width: 300 }}
            onSearch={(value) => {
              setQ(value.trim() || undefined);
              setPage(1);
            }}
          />
        </Space>
        <Table<RebuttalResponse>
          rowKey="id"
          size="middle"
          aria-label="辟谣"
          columns={columns}
          dataSource={rebuttals.data?.items ?? []}
          loading={rebuttals.isFetching}
          locale={{ emptyText: '暂无辟谣' }}
          pagination={{
            current: page,
            pageSize: size,
            total: rebuttals.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (next, nextSize) => {
              setPage(nextSize !== size ? 1 : next);
              setSize(nextSize);
            },
          }}
        />
      </Space>
    </Card>
  );
}
