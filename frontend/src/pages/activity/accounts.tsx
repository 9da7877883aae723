import { Space, Tag } from 'antd';
import { Link } from 'react-router';
import type { ActivityFlag, ActivityMetrics, Platform } from '../../api/types';
import {
  type Columns,
  FilterForm,
  FilterSelect,
  PagedTable,
  param,
  usePagedList,
  OrganizationFilter,
} from '../../components/kit';
import { ACTIVITY_FLAG_LABELS, VETO_FLAGS } from '../../locales/supervision';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { AsOfPicker } from './overview';
import { activityQuery, useAccountActivity } from './queries';

const filterParams = {
  asOf: param.text(),
  flag: param.text<ActivityFlag>(),
  platform: param.text<Platform>(),
  organizationId: param.number(),
};

const columns: Columns<ActivityMetrics> = [
  {
    title: '账号',
    dataIndex: 'accountName',
    render: (name: string, row) => <Link to={`/accounts/${row.accountId}`}>{name}</Link>,
  },
  { title: '平台', dataIndex: 'platform', render: (v: string) => labelOf(PLATFORM_LABELS, v) },
  { title: '主办单位', dataIndex: 'hostOrganizationName' },
  { title: '近 7 日更新', dataIndex: 'updatesLast7Days', align: 'right' },
  { title: '近 14 日更新', dataIndex: 'updatesLast14Days', align: 'right' },
  { title: '近 14 日原创', dataIndex: 'originalsLast14Days', align: 'right' },
  { title: '最近更新', dataIndex: 'lastUpdateAt', render: (v?: string) => formatTime(v) },
  { title: '最长间隔（天）', dataIndex: 'longestGapDays', align: 'right' },
  {
    title: '留言回复（按时 / 逾期 / 超 3 个月未复）',
    key: 'replies',
    render: (_: unknown, row) =>
      `${row.repliesOnTime} / ${row.repliesOverdue} / ${row.unansweredOver3Months}`,
  },
  {
    title: '问题',
    dataIndex: 'flags',
    render: (flags: ActivityMetrics['flags']) =>
      flags.length ? (
        <Space size={[4, 4]} wrap>
          {flags.map((flag) => (
            <Tag key={flag} color={VETO_FLAGS.includes(flag) ? 'red' : 'orange'}>
              {labelOf(ACTIVITY_FLAG_LABELS, flag)}
            </Tag>
          ))}
        </Space>
      ) : (
        <Tag color="green">达标</Tag>
      ),
  },
];

/** 账号监测: the activity metrics of every live account, filtered and paged by the API. */
export function AccountActivityList() {
  const list = usePagedList(filterParams);
  const metrics = useAccountActivity(activityQuery(list.filters, list.page, list.size));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <AsOfPicker value={list.filters.asOf} onChange={(asOf) => list.setFilters({ asOf })} />
        <FilterForm filters={list.filters} onChange={list.setFilters} name="activity-filters">
          <FilterSelect name="flag" label="问题" labels={ACTIVITY_FLAG_LABELS} width={190} />
          <FilterSelect name="platform" label="平台" labels={PLATFORM_LABELS} width={140} />
          <OrganizationFilter />
        </FilterForm>
      </Space>
      <PagedTable<ActivityMetrics>
        rowKey="accountId"
        size="middle"
        aria-label="账号监测"
        columns={columns}
        list={list}
        result={metrics}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无符合条件的账号' }}
        totalText={(total) => `共 ${total} 个账号`}
      />
    </Space>
  );
}
