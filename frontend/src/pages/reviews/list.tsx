import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Form, Select, Space, Table, Tabs, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { TicketResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  CLASSIFICATION_COLORS,
  CLASSIFICATION_LABELS,
  labelOf,
  optionsOf,
  ROLE_LABELS,
  TICKET_STATUS_COLORS,
  TICKET_STATUS_LABELS,
} from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { awaitsMe, useTickets, type TicketFilters } from './queries';

type Tab = 'all' | 'mine';

const MINE_PAGE_SIZE = 100;

const columns: TableProps<TicketResponse>['columns'] = [
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
  { title: '撰写人', dataIndex: 'author' },
  { title: '更新时间', dataIndex: 'updatedAt', render: (value: string) => formatTime(value) },
];

function TicketPane({ tab }: { tab: Tab }) {
  const { roles } = useCurrentUser();
  const [filters, setFilters] = useState<TicketFilters>({});
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const mine = tab === 'mine';
  // 我的待审 is filtered here (the API has no role filter): read one large page of IN_REVIEW
  const tickets = useTickets(
    mine ? { ...filters, status: 'IN_REVIEW' } : filters,
    mine ? 1 : page,
    mine ? MINE_PAGE_SIZE : size,
  );
  const items = tickets.data?.items ?? [];
  const shown = mine ? items.filter((ticket) => awaitsMe(ticket, roles)) : items;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {tab === 'all' && (
        <Form<TicketFilters>
          layout="inline"
          name="review-filters"
          onValuesChange={(_, all) => {
            setFilters({ status: all.status ?? undefined });
            setPage(1);
          }}
        >
          <Form.Item name="status" label="状态">
            <Select
              allowClear
              placeholder="全部"
              options={optionsOf(TICKET_STATUS_LABELS)}
              style={{ width: 130 }}
            />
          </Form.Item>
        </Form>
      )}
      <Table<TicketResponse>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={shown}
        loading={tickets.isFetching}
        locale={{ emptyText: tab === 'mine' ? '暂无待我审核的审核单' : '暂无审核单' }}
        pagination={{
          current: page,
          pageSize: size,
          total: mine ? shown.length : (tickets.data?.totalItems ?? 0),
          showSizeChanger: true,
          showTotal: (total) => `共 ${total} 条审核单`,
          onChange: (next, nextSize) => {
            setPage(nextSize !== size ? 1 : next);
            setSize(nextSize);
          },
        }}
      />
    </Space>
  );
}

/** 审核: the review tickets of the caller's subtree; 我的待审 for the current step's roles. */
export function ReviewList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
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
        defaultActiveKey="all"
        destroyOnHidden
        items={[
          { key: 'all', label: '全部审核单', children: <TicketPane tab="all" /> },
          { key: 'mine', label: '我的待审', children: <TicketPane tab="mine" /> },
        ]}
      />
    </Card>
  );
}
