import { Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CounterfeitResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { type Columns, ListCard, PagedTable, param, usePagedList } from '../../components/kit';
import { StatusFilter } from '../../components/StatusFilter';
import {
  INVESTIGATION_STATUS_COLORS,
  INVESTIGATION_STATUS_LABELS,
} from '../../locales/interaction';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { useCounterfeits } from './queries';
import { LetterButton, VerdictDialog } from './verdict';

/** 假冒核查 (假冒账号): the investigations opened by counterfeit reports, their verdicts and letters (Art 30). */
export function CounterfeitList() {
  const { access } = useCurrentUser();
  const list = usePagedList({ status: param.text<CounterfeitResponse['status']>() });
  const investigations = useCounterfeits(list.query);
  const [deciding, setDeciding] = useState<number>();

  const columns: Columns<CounterfeitResponse> = [
    {
      title: '受理编号',
      dataIndex: 'trackingNumber',
      render: (value: string, row) => <Link to={`/interactions/${row.complaintId}`}>{value}</Link>,
    },
    {
      title: '涉嫌假冒账号',
      dataIndex: 'suspectName',
      render: (name: string, row) => (
        <Space orientation="vertical" size={0}>
          <span>
            {name}（{labelOf(PLATFORM_LABELS, row.suspectPlatform)}）
          </span>
          {row.suspectLink && (
            <Typography.Text type="secondary" copyable>
              {row.suspectLink}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    { title: '被冒用单位', dataIndex: 'impersonatedOrganizationName' },
    {
      title: '状态',
      dataIndex: 'status',
      render: (value: string) => (
        <Tag color={INVESTIGATION_STATUS_COLORS[value]}>
          {labelOf(INVESTIGATION_STATUS_LABELS, value)}
        </Tag>
      ),
    },
    {
      title: '核查情况',
      dataIndex: 'reason',
      render: (reason: string | undefined, row) =>
        reason ? `${reason}（${row.decidedBy ?? ''}，${formatTime(row.decidedAt)}）` : '—',
    },
    {
      title: '上报主管部门',
      dataIndex: 'authorityOrganizationName',
      render: (v?: string) => v ?? '—',
    },
    { title: '举报时间', dataIndex: 'createdAt', render: (value: string) => formatTime(value) },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, row) => (
        <Space>
          {row.status === 'VERIFYING' && access.canWorkComplaints && (
            <Button size="small" type="primary" onClick={() => setDeciding(row.complaintId)}>
              核查结论
            </Button>
          )}
          {row.letterAvailable && (
            <LetterButton complaintId={row.complaintId} trackingNumber={row.trackingNumber} />
          )}
        </Space>
      ),
    },
  ];

  return (
    <ListCard
      title="假冒账号核查"
      extra={
        <StatusFilter
          label="核查状态"
          labels={INVESTIGATION_STATUS_LABELS}
          value={list.filters.status}
          onChange={(status) => list.setFilters({ status })}
        />
      }
    >
      <PagedTable<CounterfeitResponse>
        rowKey="complaintId"
        size="middle"
        aria-label="假冒账号核查"
        columns={columns}
        list={list}
        result={investigations}
        locale={{ emptyText: '暂无假冒账号举报' }}
      />
      {deciding !== undefined && (
        <VerdictDialog complaintId={deciding} onClose={() => setDeciding(undefined)} />
      )}
    </ListCard>
  );
}
