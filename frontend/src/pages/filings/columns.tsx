import { Button, Tag } from 'antd';
import { Link } from 'react-router';
import type { FilingResponse } from '../../api/types';
import type { Columns } from '../../components/kit';
import {
  FILING_STATUS_COLORS,
  FILING_STATUS_LABELS,
  FILING_TYPE_LABELS,
  labelOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatDate } from '../../utils/dates';
import { DeadlineCell } from './deadlineCell';

interface ColumnOptions {
  /** Shows the 审核 button on undecided rows. */
  onDecide?: (filing: FilingResponse) => void;
  /** Hides the account columns (when listed under one account). */
  compact?: boolean;
}

/** The columns of a filing list: 备案 and an account's details. */
export function filingColumns({ onDecide, compact }: ColumnOptions): Columns<FilingResponse> {
  return [
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
  ];
}
