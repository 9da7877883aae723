import { Button, Table, Tag, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { FilingResponse } from '../../api/types';
import {
  FILING_STATUS_COLORS,
  FILING_STATUS_LABELS,
  FILING_TYPE_LABELS,
  labelOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatDate, todayInShanghai } from '../../utils/dates';
import { deadlineTag } from './deadline';

export function DeadlineCell({ filing }: { filing: FilingResponse }) {
  const tag = deadlineTag(filing, todayInShanghai());
  return (
    <span>
      {formatDate(filing.provincialDeadline)}{' '}
      {tag && (
        <Tag color={tag.color} data-testid="deadline-tag">
          {tag.text}
        </Tag>
      )}
    </span>
  );
}

interface Props extends Pick<TableProps<FilingResponse>, 'pagination' | 'onChange' | 'loading'> {
  filings: FilingResponse[];
  /** Shows the 审核 button on undecided rows. */
  onDecide?: (filing: FilingResponse) => void;
  /** Hides the account columns (when listed under one account). */
  compact?: boolean;
}

/** Filings as a table; used by 备案 and by an account's details. */
export function FilingTable({ filings, onDecide, compact, ...tableProps }: Props) {
  return (
    <Table<FilingResponse>
      rowKey="id"
      aria-label="备案列表"
      dataSource={filings}
      {...tableProps}
      columns={[
        {
          title: '备案',
          key: 'filing',
          render: (_, row) => (
            <Link to={`/filings/${row.id}`}>{compact ? `#${row.id}` : row.accountName}</Link>
          ),
        },
        ...(compact
          ? []
          : [
              {
                title: '平台',
                dataIndex: 'platform',
                render: (platform: string) => labelOf(PLATFORM_LABELS, platform),
              },
              { title: '主办单位', dataIndex: 'hostOrganizationName' },
            ]),
        {
          title: '类型',
          dataIndex: 'type',
          render: (type: string, row) => (
            <span>
              {labelOf(FILING_TYPE_LABELS, type)}
              {row.legacy && <Tag style={{ marginLeft: 4 }}>存量</Tag>}
            </span>
          ),
        },
        {
          title: '状态',
          dataIndex: 'status',
          render: (status: FilingResponse['status']) => (
            <Tag color={FILING_STATUS_COLORS[status]}>{labelOf(FILING_STATUS_LABELS, status)}</Tag>
          ),
        },
        { title: '主管单位', dataIndex: 'authorityOrganizationName' },
        { title: '收到日期', dataIndex: 'receivedOn', render: formatDate },
        {
          title: '省级备案期限',
          key: 'provincialDeadline',
          dataIndex: 'provincialDeadline',
          sorter: !compact,
          render: (_, row) => <DeadlineCell filing={row} />,
        },
        ...(onDecide
          ? [
              {
                title: '操作',
                key: 'actions',
                render: (_: unknown, row: FilingResponse) =>
                  row.status === 'SUBMITTED' ? (
                    <Button size="small" type="primary" onClick={() => onDecide(row)}>
                      审核
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
