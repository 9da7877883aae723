import { Alert, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { AddButton } from '../../components/kit';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SpotCheck } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { SPOT_CHECK_STATUS_LABELS } from '../../locales/supervision';
import { labelOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { useMissingSpotChecks, useSpotChecks } from './queries';
import { SpotCheckCreateDialog } from './spotCheckCreate';
import { personColumn } from '../../components/personColumn';

const columns: TableProps<SpotCheck>['columns'] = [
  {
    title: '季度',
    dataIndex: 'quarter',
    render: (quarter: string, row) => (
      <Link to={`/supervision/spot-checks/${row.id}`}>{quarter} 季度抽查</Link>
    ),
  },
  {
    title: '抽查单位',
    dataIndex: 'organizationName',
    render: (name: string, row) => (
      <>
        {name} {!row.cityWide && <Tag>本级自查</Tag>}
      </>
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
  { title: '发起人', dataIndex: 'createdBy', render: personColumn },
  { title: '发起时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
  { title: '结束时间', dataIndex: 'closedAt', render: (v?: string) => formatTime(v) },
];

/** 季度抽查提醒 (Art 32.2): who has not run their check of the last ended quarter. */
function MissingReminder() {
  const missing = useMissingSpotChecks();
  const rows = missing.data ?? [];
  if (rows.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="spot-check-reminder"
      title={`${rows[0].quarter} 季度已结束，以下单位尚未开展本级抽查：${rows
        .map((row) => row.organizationName)
        .join('、')}`}
    />
  );
}

/**
 * 季度抽查: the checks of the caller's scope, newest quarter first. CITY_ADMIN runs the city's check;
 * a county office's SUPERVISOR runs the county's own (Art 32.2).
 */
export function SpotCheckList() {
  const { access } = useCurrentUser();
  const checks = useSpotChecks();
  const [creating, setCreating] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <MissingReminder />
      <AddButton visible={access.canRunSpotChecks} onClick={() => setCreating(true)}>
        发起本级抽查
      </AddButton>
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
