import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { NoteDialog } from '../../components/NoteDialog';
import { StatusFilter } from '../../components/StatusFilter';
import { api, unwrap } from '../../api/http';
import type { FindingResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { FINDING_CATEGORY_LABELS, labelOf, RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { formatDate, formatTime, todayInShanghai } from '../../utils/dates';

const rectificationKeys = {
  all: ['rectifications'] as const,
  list: (status: string | undefined, page: number) =>
    [...rectificationKeys.all, 'list', { status, page }] as const,
};

/** 提交整改: the evidence of how the finding was rectified (required). */
export function CompletionDialog({
  finding,
  onClose,
}: {
  finding: FindingResponse;
  onClose: () => void;
}) {
  return (
    <NoteDialog
      title={`提交整改：${finding.accountName}`}
      okText="提交"
      name="evidence"
      label="整改情况"
      maxLength={2000}
      rows={4}
      placeholder="如：已恢复每周更新并补发原创内容"
      requiredMessage="请填写整改情况"
      successMessage="整改情况已提交"
      invalidates={rectificationKeys.all}
      send={(evidence) =>
        unwrap(
          api.POST('/api/v1/rectifications/{id}/completion', {
            params: { path: { id: finding.id } },
            body: { evidence },
          }),
        )
      }
      onClose={onClose}
    >
      <p>
        {labelOf(FINDING_CATEGORY_LABELS, finding.category)}：{finding.description}
      </p>
    </NoteDialog>
  );
}

/** 整改: findings of the provincial inspection on accounts of the caller's subtree. */
export function RectificationList() {
  const { access } = useCurrentUser();
  const canComplete = access.canCompleteRectifications;
  const [status, setStatus] = useState<FindingResponse['status'] | undefined>('OPEN');
  const [page, setPage] = useState(1);
  const [completing, setCompleting] = useState<FindingResponse>();
  const today = todayInShanghai();
  const findings = useQuery({
    queryKey: rectificationKeys.list(status, page),
    queryFn: () =>
      unwrap(api.GET('/api/v1/rectifications', { params: { query: { status, page, size: 20 } } })),
  });

  return (
    <Card title="整改">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <StatusFilter
          label="整改状态"
          labels={RECTIFICATION_STATUS_LABELS}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
        />
        <Table<FindingResponse>
          rowKey="id"
          aria-label="整改任务"
          loading={findings.isFetching}
          dataSource={findings.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: '问题编号', dataIndex: 'findingId' },
            {
              title: '来源',
              dataIndex: 'source',
              render: (source: string) => (source === 'SPOT_CHECK' ? '季度抽查' : '省级检查'),
            },
            {
              title: '账号',
              dataIndex: 'accountName',
              render: (name: string, row) => <Link to={`/accounts/${row.accountId}`}>{name}</Link>,
            },
            { title: '主办单位', dataIndex: 'hostOrganizationName' },
            {
              title: '问题类别',
              dataIndex: 'category',
              render: (value: string, row) => (
                <Space size={4}>
                  <span>{labelOf(FINDING_CATEGORY_LABELS, value)}</span>
                  {row.veto && <Tag color="red">单项否决</Tag>}
                </Space>
              ),
            },
            { title: '问题描述', dataIndex: 'description' },
            { title: '发现日期', dataIndex: 'foundOn', render: formatDate },
            {
              title: '整改期限',
              dataIndex: 'rectificationDeadline',
              render: (value: string, row) => {
                const overdue = row.status === 'OPEN' && value < today;
                return (
                  <span
                    data-testid="rectification-deadline"
                    style={overdue ? { color: '#cf1322', fontWeight: 600 } : undefined}
                  >
                    {formatDate(value)}
                    {overdue && '（已逾期）'}
                  </span>
                );
              },
            },
            {
              title: '状态',
              dataIndex: 'status',
              render: (value: string) => (
                <Tag color={value === 'OPEN' ? 'orange' : 'green'}>
                  {labelOf(RECTIFICATION_STATUS_LABELS, value)}
                </Tag>
              ),
            },
            {
              title: '整改情况',
              dataIndex: 'evidence',
              render: (value: string | undefined, row) =>
                value
                  ? `${value}${row.rectifiedAt ? `（${row.rectifiedBy ?? ''} ${formatTime(row.rectifiedAt)}）` : ''}`
                  : '—',
            },
            ...(canComplete
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    render: (_: unknown, row: FindingResponse) =>
                      row.status === 'OPEN' ? (
                        <Button size="small" type="primary" onClick={() => setCompleting(row)}>
                          提交整改
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
          pagination={{
            current: page,
            pageSize: 20,
            total: findings.data?.totalItems ?? 0,
            showTotal: (total) => `共 ${total} 项`,
            onChange: setPage,
          }}
        />
      </Space>
      {completing && (
        <CompletionDialog finding={completing} onClose={() => setCompleting(undefined)} />
      )}
    </Card>
  );
}
