import { Form, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ActivityMetrics } from '../../api/types';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { ACTIVITY_FLAG_LABELS, VETO_FLAGS } from '../../locales/supervision';
import { labelOf, optionsOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { AsOfPicker } from './overview';
import { activityQuery, useAccountActivity, type ActivityFilters } from './queries';

type FilterValues = Omit<ActivityFilters, 'asOf'>;

const columns: TableProps<ActivityMetrics>['columns'] = [
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
export function AccountActivityList({
  asOf,
  onAsOfChange,
}: {
  asOf: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
}) {
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<FilterValues>({});
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const metrics = useAccountActivity(activityQuery({ ...filters, asOf }, page, size));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap size="middle">
        <AsOfPicker
          value={asOf}
          onChange={(next) => {
            onAsOfChange(next);
            setPage(1);
          }}
        />
        <Form<FilterValues>
          form={form}
          layout="inline"
          name="activity-filters"
          onValuesChange={() => {
            setFilters(form.getFieldsValue());
            setPage(1);
          }}
        >
          <Form.Item name="flag" label="问题">
            <Select
              allowClear
              placeholder="全部"
              options={optionsOf(ACTIVITY_FLAG_LABELS)}
              style={{ width: 190 }}
            />
          </Form.Item>
          <Form.Item name="platform" label="平台">
            <Select
              allowClear
              placeholder="全部"
              options={optionsOf(PLATFORM_LABELS)}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item name="organizationId" label="单位">
            <OrganizationTreeSelect allowClear placeholder="全部" style={{ width: 240 }} />
          </Form.Item>
        </Form>
      </Space>
      <Table<ActivityMetrics>
        rowKey="accountId"
        size="middle"
        aria-label="账号监测"
        columns={columns}
        dataSource={metrics.data?.items ?? []}
        loading={metrics.isFetching}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '暂无符合条件的账号' }}
        pagination={{
          current: page,
          pageSize: size,
          total: metrics.data?.totalItems ?? 0,
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 个账号`,
          onChange: (next, nextSize) => {
            setPage(nextSize !== size ? 1 : next);
            setSize(nextSize);
          },
        }}
      />
    </Space>
  );
}
