import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SpotCheck } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { SPOT_CHECK_STATUS_LABELS } from '../../locales/supervision';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { useSpotChecks } from './queries';
import { SpotCheckCreateDialog } from './spotCheckCreate';

const columns: TableProps<SpotCheck>['columns'] = [
  {
    title: '季度',
    dataIndex: 'quarter',
    render: (quarter: string, row) => (
      <Link to={`/supervision/spot-checks/${row.id}`}>{quarter} 季度抽查</Link>
    ),
  },
  {
    title: '状态',
    dataIndex: 'status',
    render: (value: string) => (
      <Tag color={value === 'OPEN' ? 'processing' : 'default'}>
        {labelOf(SPOT_CHECK_STATUS_LABELS, value)}
      </Tag>
    ),
  },
  { title: '总体（正常运行账号）', dataIndex: 'population', align: 'right' },
  { title: '抽样比例', dataIndex: 'samplePercent', render: (p: number) => `不低于 ${p}%` },
  {
    title: '随机种子',
    dataIndex: 'seed',
    render: (seed: number) => <Typography.Text copyable>{String(seed)}</Typography.Text>,
  },
  { title: '发起人', dataIndex: 'createdBy' },
  { title: '发起时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
  { title: '结束时间', dataIndex: 'closedAt', render: (v?: string) => formatTime(v) },
];

/** 季度抽查: the checks, newest quarter first; CITY_ADMIN starts the next one. */
export function SpotCheckList() {
  const { access } = useCurrentUser();
  const checks = useSpotChecks();
  const [creating, setCreating] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {access.canRunSpotChecks && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          发起抽查
        </Button>
      )}
      <Table<SpotCheck>
        rowKey="id"
        size="middle"
        aria-label="季度抽查"
        columns={columns}
        dataSource={checks.data ?? []}
        loading={checks.isFetching}
        locale={{ emptyText: '尚未发起抽查' }}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
      />
      {creating && <SpotCheckCreateDialog onClose={() => setCreating(false)} />}
    </Space>
  );
}
