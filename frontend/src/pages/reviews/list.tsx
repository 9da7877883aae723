import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Form, Select, Space, Tabs, Tag } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Classification, TicketResponse, TicketStatus } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  type Columns,
  FilterForm,
  FilterSelect,
  PagedTable,
  param,
  usePagedList,
} from '../../components/kit';
import { labelOf, ROLE_LABELS } from '../../locales/zh-CN';
import {
  CLASSIFICATION_COLORS,
  CLASSIFICATION_LABELS,
  TICKET_STATUS_COLORS,
  TICKET_STATUS_LABELS,
} from '../../locales/review';
import { formatTime } from '../../utils/dates';
import { accountOptions, useAccountChoices } from '../accounts/queries';
import { isOverdue, ticketQuery, useTickets, type TicketTab } from './queries';
import { personColumn } from '../../components/personColumn';

const columns: Columns<TicketResponse> = [
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, ticket) => <Link to={`/reviews/${ticket.id}`}>{title}</Link>,
  },
  { title: '账号', dataIndex: 'accountName' },
  {
    title: '分级',
    dataIndex: 'classification',
    render: (value: TicketResponse['classification']) => (
      <Tag color={CLASSIFICATION_COLORS[value]}>{labelOf(CLASSIFICATION_LABELS, value)}</Tag>
    ),
  },
  {
    title: '状态',
    dataIndex: 'status',
    render: (value: TicketResponse['status']) => (
      <Tag color={TICKET_STATUS_COLORS[value]}>{labelOf(TICKET_STATUS_LABELS, value)}</Tag>
    ),
  },
  {
    title: '待审角色',
    dataIndex: 'nextStepRoles',
    render: (roles: TicketResponse['nextStepRoles']) =>
      roles.length ? roles.map((role) => labelOf(ROLE_LABELS, role)).join('、') : '—',
  },
  {
    title: '计划发布',
    dataIndex: 'plannedAt',
    render: (value: string | undefined, ticket) => (
      <Space size={4}>
        {formatTime(value)}
        {isOverdue(ticket) && <Tag color="red">逾期</Tag>}
      </Space>
    ),
  },
  { title: '撰写人', dataIndex: 'author', render: personColumn },
  { title: '更新时间', dataIndex: 'updatedAt', render: (value: string) => formatTime(value) },
];

const filterParams = {
  status: param.text<TicketStatus>(),
  accountId: param.number(),
  classification: param.text<Classification>(),
  overdue: param.flag(),
};

function TicketPane({ tab }: { tab: TicketTab }) {
  const list = usePagedList(filterParams);
  const accounts = useAccountChoices();
  const tickets = useTickets(ticketQuery(tab, list.filters, list.page, list.size));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <FilterForm filters={list.filters} onChange={list.setFilters} name={`review-filters-${tab}`}>
        {tab === 'all' && (
          <FilterSelect name="status" label="状态" labels={TICKET_STATUS_LABELS} width={130} />
        )}
        <Form.Item name="accountId" label="账号">
          <Select
            allowClear
            placeholder="全部"
            loading={accounts.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={accountOptions(accounts.data)}
            style={{ width: 180 }}
          />
        </Form.Item>
        <FilterSelect
          name="classification"
          label="分级"
          labels={CLASSIFICATION_LABELS}
          width={130}
        />
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>逾期</Checkbox>
        </Form.Item>
      </FilterForm>
      <PagedTable<TicketResponse>
        empty="暂无审核单。撰写稿件后提交审核，审核单会出现在这里（右上角“撰写”）"
        rowKey="id"
        size="middle"
        columns={columns}
        list={list}
        result={tickets}
        locale={{ emptyText: tab === 'mine' ? '暂无待我审核的审核单' : '暂无审核单' }}
        totalText={(total) => `共 ${total} 条审核单`}
      />
    </Space>
  );
}

/** 审核: the review tickets of the caller's subtree; 我的待审 for the current step's roles. */
export function ReviewList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const tab: TicketTab = search.get('tab') === 'mine' ? 'mine' : 'all';
  return (
    <Card
      title="审核"
      extra={
        access.canWriteReviews && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => void navigate('/reviews/new')}
          >
            撰写
          </Button>
        )
      }
    >
      <Tabs
        activeKey={tab}
        // another tab starts with its own filters, as it did before they moved to the address
        onChange={(key) => setSearch(key === 'mine' ? { tab: key } : {}, { replace: true })}
        destroyOnHidden
        items={[
          { key: 'all', label: '全部审核单', children: <TicketPane tab="all" /> },
          { key: 'mine', label: '我的待审', children: <TicketPane tab="mine" /> },
        ]}
      />
    </Card>
  );
}
