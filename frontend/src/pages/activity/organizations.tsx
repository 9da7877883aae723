import { Alert, Space, Table, Tag, type TableProps } from 'antd';
import type { OrganizationActivity } from '../../api/types';
import { AsOfPicker } from './overview';
import { useOrganizationActivity } from './queries';
import { compliantShare } from './values';

const danger = (value: number) =>
  value > 0 ? <span style={{ color: '#cf1322' }}>{value}</span> : 0;

const columns: TableProps<OrganizationActivity>['columns'] = [
  { title: '排名', key: 'rank', width: 64, render: (_: unknown, _row, index) => index + 1 },
  {
    title: '主办单位',
    dataIndex: 'organizationName',
    render: (name: string, row) => (
      <Space size={4}>
        <span>{name}</span>
        {row.vetoedAccounts > 0 && <Tag color="red">触发否决</Tag>}
      </Space>
    ),
  },
  { title: '正常运行账号', dataIndex: 'liveAccounts', align: 'right' },
  { title: '达标账号', dataIndex: 'compliantAccounts', align: 'right' },
  {
    title: '达标率',
    key: 'share',
    align: 'right',
    render: (_: unknown, row) => compliantShare(row.compliantAccounts, row.liveAccounts),
  },
  { title: '一周未更新', dataIndex: 'silentAccounts', align: 'right', render: danger },
  { title: '三个月未更新', dataIndex: 'dormantAccounts', align: 'right', render: danger },
  { title: '触发否决', dataIndex: 'vetoedAccounts', align: 'right', render: danger },
  { title: '回复逾期', dataIndex: 'repliesOverdue', align: 'right', render: danger },
];

/** 单位排行: one line per host organization, no veto first, then the share of compliant accounts. */
export function OrganizationLeague({
  asOf,
  onAsOfChange,
}: {
  asOf: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
}) {
  const league = useOrganizationActivity(asOf);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <AsOfPicker value={asOf} onChange={onAsOfChange} />
      {league.isError && <Alert type="error" title="单位排行加载失败" />}
      <Table<OrganizationActivity>
        rowKey="organizationId"
        size="middle"
        aria-label="单位排行"
        columns={columns}
        dataSource={league.data ?? []}
        loading={league.isFetching}
        locale={{ emptyText: '暂无正常运行的账号' }}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (t) => `共 ${t} 个单位` }}
      />
    </Space>
  );
}
