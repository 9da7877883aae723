import { Checkbox, Form, Space, Tag } from 'antd';
import { Link } from 'react-router';
import type { ComplaintKind, ComplaintResponse, ComplaintStatus } from '../../api/types';
import {
  type Columns,
  FilterForm,
  FilterSelect,
  ListCard,
  PagedTable,
  param,
  SearchBox,
  usePagedList,
  OrganizationFilter,
} from '../../components/kit';
import {
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_COLORS,
  COMPLAINT_STATUS_LABELS,
  MODERATION_COLORS,
  MODERATION_LABELS,
} from '../../locales/interaction';
import { labelOf } from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { complaintQuery, useComplaints } from './queries';

const columns: Columns<ComplaintResponse> = [
  { title: '受理编号', dataIndex: 'trackingNumber', width: 170 },
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, complaint) => <Link to={`/interactions/${complaint.id}`}>{title}</Link>,
  },
  {
    title: '类型',
    dataIndex: 'kind',
    render: (kind: ComplaintResponse['kind']) => labelOf(COMPLAINT_KIND_LABELS, kind),
  },
  {
    title: '对象',
    dataIndex: 'targetOrganizationName',
    render: (name: string, complaint) => complaint.accountName ?? name,
  },
  {
    title: '状态',
    dataIndex: 'status',
    render: (status: ComplaintResponse['status'], complaint) => (
      <Space size={4} wrap>
        <Tag color={COMPLAINT_STATUS_COLORS[status]}>
          {labelOf(COMPLAINT_STATUS_LABELS, status)}
        </Tag>
        <Tag color={MODERATION_COLORS[complaint.moderation]}>
          {labelOf(MODERATION_LABELS, complaint.moderation)}
        </Tag>
      </Space>
    ),
  },
  { title: '转办单位', dataIndex: 'forwardedToOrganizationName', render: (v?: string) => v ?? '—' },
  {
    title: '答复期限',
    dataIndex: 'dueOn',
    sorter: true,
    render: (value: string, complaint) => (
      <Space size={4}>
        {formatDate(value)}
        {complaint.overdue && <Tag color="red">逾期</Tag>}
      </Space>
    ),
  },
  { title: '提交时间', dataIndex: 'createdAt', render: (value: string) => formatTime(value) },
];

const filterParams = {
  kind: param.text<ComplaintKind>(),
  status: param.text<ComplaintStatus>(),
  organizationId: param.number(),
  overdue: param.flag(),
  q: param.text(),
};

/** 互动: the public's submissions for the caller's subtree (and those forwarded to it). */
export function InteractionList() {
  const list = usePagedList(filterParams);
  const complaints = useComplaints(complaintQuery(list.filters, list.page, list.size, list.sort));

  return (
    <ListCard title="互动">
      <FilterForm filters={list.filters} onChange={list.setFilters} name="complaint-filters">
        <FilterSelect name="kind" label="类型" labels={COMPLAINT_KIND_LABELS} width={120} />
        <FilterSelect name="status" label="状态" labels={COMPLAINT_STATUS_LABELS} width={120} />
        <OrganizationFilter width={220} placeholder="全部（含下级）" />
        <Form.Item name="overdue" valuePropName="checked">
          <Checkbox>逾期</Checkbox>
        </Form.Item>
      </FilterForm>
      <SearchBox
        aria-label="搜索受理编号、标题或内容"
        placeholder="受理编号、标题或内容"
        style={{ maxWidth: 360 }}
        value={list.filters.q}
        onSearch={(q) => list.setFilters({ q })}
      />
      <PagedTable<ComplaintResponse>
        empty="暂无公众留言。公众通过移动端提交的留言、咨询和举报会出现在这里"
        rowKey="id"
        size="middle"
        aria-label="公众提交"
        columns={columns}
        list={list}
        result={complaints}
        locale={{ emptyText: '暂无公众提交' }}
        totalText={(total) => `共 ${total} 件`}
      />
    </ListCard>
  );
}
