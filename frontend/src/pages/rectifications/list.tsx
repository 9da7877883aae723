import { Button, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FindingResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { ListCard, PagedTable, param, usePagedList } from '../../components/kit';
import { NoteDialog } from '../../components/NoteDialog';
import { StatusFilter } from '../../components/StatusFilter';
import { SECURITY_FINDING_CATEGORY_LABELS } from '../../locales/security';
import { FINDING_CATEGORY_LABELS, labelOf, RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { formatDate, formatTime, todayInShanghai } from '../../utils/dates';
import { completeRectification, rectificationKeys, useRectifications } from './queries';

const SOURCE_LABELS: Record<string, string> = {
  PROVINCE: '省级检查',
  NATIONAL: '国家检查（录入）',
  PROVINCIAL: '省级检查（录入）',
  SPOT_CHECK: '季度抽查',
  SECURITY_CHECK: '安全检查',
};
const CATEGORY_LABELS = { ...FINDING_CATEGORY_LABELS, ...SECURITY_FINDING_CATEGORY_LABELS };

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
      send={(evidence) => completeRectification(finding.id, evidence)}
      onClose={onClose}
    >
      <p>
        {labelOf(CATEGORY_LABELS, finding.category)}：{finding.description}
      </p>
    </NoteDialog>
  );
}

/** 整改: findings of the provincial inspection on accounts of the caller's subtree. */
export function RectificationList() {
  const { access } = useCurrentUser();
  const canComplete = access.canCompleteRectifications;
  const list = usePagedList({ status: param.text<FindingResponse['status']>('OPEN') });
  const findings = useRectifications(list.query);
  const [completing, setCompleting] = useState<FindingResponse>();
  const today = todayInShanghai();

  return (
    <ListCard title="整改">
      <StatusFilter
        label="整改状态"
        labels={RECTIFICATION_STATUS_LABELS}
        value={list.filters.status}
        onChange={(status) => list.setFilters({ status })}
      />
      <PagedTable<FindingResponse>
        empty="暂无整改任务。抽查和省级检查发现的问题会自动生成整改任务"
        rowKey="id"
        aria-label="整改任务"
        list={list}
        result={findings}
        totalText={(total) => `共 ${total} 项`}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '问题编号', dataIndex: 'findingId' },
          {
            title: '来源',
            dataIndex: 'source',
            render: (source: string) => labelOf(SOURCE_LABELS, source),
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
                <span>{labelOf(CATEGORY_LABELS, value)}</span>
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
      />
      {completing && (
        <CompletionDialog finding={completing} onClose={() => setCompleting(undefined)} />
      )}
    </ListCard>
  );
}
