import { Button, Checkbox, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CounterfeitResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { type Columns, ListCard, PagedTable, param, usePagedList } from '../../components/kit';
import { StatusFilter } from '../../components/StatusFilter';
import {
  COUNTERFEIT_SOURCE_LABELS,
  INVESTIGATION_STATUS_COLORS,
  INVESTIGATION_STATUS_LABELS,
} from '../../locales/interaction';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { FollowUpDialog, TakedownTag } from './followUp';
import { LeadDialog } from './leadDialog';
import { useCounterfeits } from './queries';
import { LetterButton, VerdictDialog } from './verdict';

type Dialog = { kind: 'verdict' | 'followUp'; id: number } | { kind: 'lead' };

/**
 * 假冒核查 (假冒账号): investigations opened by counterfeit reports or by staff (新建线索), their
 * verdicts and letters, the requests to 网信 / 公安 and the platform's takedown followed up (Art 30).
 */
export function CounterfeitList() {
  const { access } = useCurrentUser();
  const list = usePagedList({
    status: param.text<CounterfeitResponse['status']>(),
    takedownOverdue: param.flag(),
  });
  const investigations = useCounterfeits(list.query);
  const [dialog, setDialog] = useState<Dialog>();
  const current =
    dialog && dialog.kind !== 'lead'
      ? investigations.data?.items.find((row) => row.id === dialog.id)
      : undefined;
  const close = () => setDialog(undefined);

  const columns: Columns<CounterfeitResponse> = [
    {
      title: '受理编号',
      dataIndex: 'trackingNumber',
      render: (value: string | undefined, row) =>
        row.complaintId === undefined ? (
          <Tag>{labelOf(COUNTERFEIT_SOURCE_LABELS, row.source)}</Tag>
        ) : (
          <Link to={`/interactions/${row.complaintId}`}>{value}</Link>
        ),
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
    {
      title: '平台关停',
      key: 'takedown',
      render: (_: unknown, row) => <TakedownTag investigation={row} />,
    },
    { title: '登记时间', dataIndex: 'createdAt', render: (value: string) => formatTime(value) },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, row) => (
        <Space>
          {row.status === 'VERIFYING' &&
            (row.source === 'STAFF' ? access.canManageCounterfeits : access.canWorkComplaints) && (
              <Button
                size="small"
                type="primary"
                onClick={() => setDialog({ kind: 'verdict', id: row.id })}
              >
                核查结论
              </Button>
            )}
          {row.status !== 'NOT_FAKE' && (
            <Button size="small" onClick={() => setDialog({ kind: 'followUp', id: row.id })}>
              跟进
            </Button>
          )}
          {row.letterAvailable && (
            <LetterButton
              investigationId={row.id}
              trackingNumber={row.trackingNumber ?? `线索${row.id}`}
            />
          )}
        </Space>
      ),
    },
  ];

  return (
    <ListCard
      title="假冒账号核查"
      extra={
        <Space wrap>
          <StatusFilter
            label="核查状态"
            labels={INVESTIGATION_STATUS_LABELS}
            value={list.filters.status}
            onChange={(status) => list.setFilters({ status })}
          />
          <Checkbox
            checked={list.filters.takedownOverdue ?? false}
            onChange={(event) =>
              list.setFilters({ takedownOverdue: event.target.checked || undefined })
            }
          >
            逾期未关停
          </Checkbox>
          {access.canManageCounterfeits && (
            <Button type="primary" onClick={() => setDialog({ kind: 'lead' })}>
              新建线索
            </Button>
          )}
        </Space>
      }
    >
      <PagedTable<CounterfeitResponse>
        empty="暂无假冒账号线索。公众举报或点击“新建线索”登记"
        rowKey="id"
        size="middle"
        aria-label="假冒账号核查"
        columns={columns}
        list={list}
        result={investigations}
        locale={{ emptyText: '暂无假冒账号核查' }}
      />
      {dialog?.kind === 'lead' && <LeadDialog onClose={close} />}
      {dialog?.kind === 'verdict' && current && (
        <VerdictDialog
          complaintId={current.complaintId}
          lead={current.complaintId === undefined ? current : undefined}
          onClose={close}
        />
      )}
      {dialog?.kind === 'followUp' && current && (
        <FollowUpDialog
          investigation={current}
          canManage={access.canManageCounterfeits}
          onClose={close}
        />
      )}
    </ListCard>
  );
}
