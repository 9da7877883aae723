import { Card, Checkbox, Form, Input, Select, Space, Table, Tag, TreeSelect } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { ComplaintResponse } from '../../api/types';
import {
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUS_COLORS,
  COMPLAINT_STATUS_LABELS,
  MODERATION_COLORS,
  MODERATION_LABELS,
} from '../../locales/interaction';
import { labelOf, optionsOf } from '../../locales/zh-CN';
import { formatDate, formatTime } from '../../utils/dates';
import { toTreeOptions, useOrganizationTree } from '../organizations/queries';
import { complaintQuery, useComplaints, type ComplaintFilters } from './queries';

const columns: TableProps<ComplaintResponse>['columns'] = [
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

interface FilterValues {
  kind?: ComplaintFilters['kind'] | null;
  status?: ComplaintFilters['status'] | null;
  overdue?: boolean;
  organizationId?: number | null;
}

/** 互动: the public's submissions for the caller's subtree (and those forwarded to it). */
export function InteractionList() {
  const [filters, setFilters] = useState<ComplaintFilters>({});
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const [sort, setSort] = useState<string>();
  const tree = useOrganizationTree();
  const complaints = useComplaints(complaintQuery(filters, page, size, sort));

  const onChange: TableProps<ComplaintResponse>['onChange'] = (pagination, _f, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const next = single?.order ? `dueOn,${single.order === 'ascend' ? 'asc' : 'desc'}` : undefined;
    setSort(next);
    setSize(pagination.pageSize ?? size);
    setPage(next !== sort || pagination.pageSize !== size ? 1 : (pagination.current ?? 1));
  };

  return (
    <Card title="互动">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Form<FilterValues>
          layout="inline"
          name="complaint-filters"
          onValuesChange={(_, all) => {
            setFilters((current) => ({
              q: current.q,
              kind: all.kind ?? undefined,
              status: all.status ?? undefined,
              overdue: all.overdue || undefined,
              organizationId: all.organizationId ?? undefined,
            }));
            setPage(1);
          }}
        >
          <Form.Item name="kind" label="类型">
            <Select
              allowClear
              placeholder="全部"
              options={optionsOf(COMPLAINT_KIND_LABELS)}
              style={{ width: 120 }}
            />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select
              allowClear
              placeholder="全部"
              options={optionsOf(COMPLAINT_STATUS_LABELS)}
              style={{ width: 120 }}
            />
          </Form.Item>
          <Form.Item name="organizationId" label="单位">
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              treeData={toTreeOptions(tree.data)}
              style={{ width: 220 }}
              placeholder="全部（含下级）"
            />
          </Form.Item>
          <Form.Item name="overdue" valuePropName="checked">
            <Checkbox>逾期</Checkbox>
          </Form.Item>
        </Form>
        <Input.Search
          allowClear
          aria-label="搜索受理编号、标题或内容"
          placeholder="受理编号、标题或内容"
          style={{ maxWidth: 360 }}
          onSearch={(value) => {
            setFilters((current) => ({ ...current, q: value }));
            setPage(1);
          }}
        />
        <Table<ComplaintResponse>
          rowKey="id"
          size="middle"
          aria-label="公众提交"
          columns={columns}
          dataSource={complaints.data?.items ?? []}
          loading={complaints.isFetching}
          locale={{ emptyText: '暂无公众提交' }}
          onChange={onChange}
          pagination={{
            current: page,
            pageSize: size,
            total: complaints.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 件`,
          }}
        />
      </Space>
    </Card>
  );
}
