import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Form,
  Input,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  TreeSelect,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, unwrap } from '../../api/http';
import type { AccountResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  ACCOUNT_STATUS_COLORS,
  ACCOUNT_STATUS_LABELS,
  labelOf,
  optionsOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatTime, todayInShanghai } from '../../utils/dates';
import { fileNameOf, saveBlob } from '../../utils/download';
import { toTreeOptions, useOrganizationTree } from '../organizations/queries';
import { accountKeys, type AccountFilters } from './queries';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SORTABLE = ['name', 'platform', 'status', 'createdAt', 'updatedAt'];

const platformOptions = optionsOf(PLATFORM_LABELS);
const statusOptions = optionsOf(ACCOUNT_STATUS_LABELS);

function clean(filters: AccountFilters): AccountFilters {
  return {
    platform: filters.platform ?? undefined,
    status: filters.status ?? undefined,
    organizationId: filters.organizationId ?? undefined,
    q: filters.q?.trim() ? filters.q.trim() : undefined,
    overdue: filters.overdue ? true : undefined,
  };
}

/** 账号: the register of accounts in the caller's subtree, with filters, sorting and export. */
export function AccountList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<AccountFilters>();
  const [filters, setFilters] = useState<AccountFilters>({});
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const [sort, setSort] = useState<string>();
  const tree = useOrganizationTree();

  const accounts = useQuery({
    queryKey: accountKeys.list(filters, page, size, sort),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { ...filters, page, size, sort } } })),
  });

  const exporting = useMutation({
    mutationFn: async () => {
      const { data, response } = await api.GET('/api/v1/accounts/export', {
        params: { query: filters },
        parseAs: 'blob',
        headers: { Accept: `${XLSX}, application/problem+json` },
      });
      if (!data) throw new Error('导出失败');
      saveBlob(
        data,
        fileNameOf(
          response.headers.get('content-disposition'),
          `政务新媒体账号-${todayInShanghai()}.xlsx`,
        ),
      );
    },
  });

  const apply = () => {
    setFilters(clean(form.getFieldsValue()));
    setPage(1);
  };

  const onTableChange: TableProps<AccountResponse>['onChange'] = (pagination, _f, sorter) => {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = typeof single?.field === 'string' ? single.field : undefined;
    const next =
      single?.order && field && SORTABLE.includes(field)
        ? `${field},${single.order === 'ascend' ? 'asc' : 'desc'}`
        : undefined;
    if (next !== sort) {
      setSort(next);
      setPage(1);
    } else {
      setPage(pagination.pageSize !== size ? 1 : (pagination.current ?? 1));
    }
    setSize(pagination.pageSize ?? size);
  };

  const order = (field: string) =>
    sort === `${field},asc` ? 'ascend' : sort === `${field},desc` ? 'descend' : null;

  return (
    <Card
      title="账号"
      extra={
        <Space>
          {access.canSubmitFilings && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => void navigate('/filings/new/open')}
            >
              新建开设备案
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            loading={exporting.isPending}
            onClick={() => exporting.mutate()}
          >
            导出 Excel
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Form<AccountFilters>
          form={form}
          layout="inline"
          name="account-filters"
          onFinish={apply}
          onValuesChange={(changed: AccountFilters) => {
            // the name search applies on Enter; every other filter at once
            if (!('q' in changed)) apply();
          }}
        >
          <Form.Item name="platform" label="平台">
            <Select
              allowClear
              options={platformOptions}
              style={{ width: 140 }}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item name="status" label="状态">
            <Select allowClear options={statusOptions} style={{ width: 130 }} placeholder="全部" />
          </Form.Item>
          <Form.Item name="organizationId" label="主办单位">
            <TreeSelect
              allowClear
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              treeData={toTreeOptions(tree.data)}
              style={{ width: 240 }}
              placeholder="全部（含下级）"
            />
          </Form.Item>
          <Form.Item name="q" label="名称">
            <Input.Search
              allowClear
              aria-label="搜索账号名称"
              placeholder="账号名称包含"
              onSearch={apply}
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item name="overdue" label="仅看逾期" valuePropName="checked">
            <Switch aria-label="仅看逾期" />
          </Form.Item>
        </Form>
        <Table<AccountResponse>
          rowKey="id"
          aria-label="账号列表"
          loading={accounts.isFetching}
          dataSource={accounts.data?.items ?? []}
          onChange={onTableChange}
          columns={[
            {
              title: '账号名称',
              dataIndex: 'name',
              sorter: true,
              sortOrder: order('name'),
              render: (name: string, row) => <Link to={`/accounts/${row.id}`}>{name}</Link>,
            },
            {
              title: '平台',
              dataIndex: 'platform',
              sorter: true,
              sortOrder: order('platform'),
              render: (platform: string) => labelOf(PLATFORM_LABELS, platform),
            },
            { title: '主办单位', dataIndex: 'hostOrganizationName' },
            {
              title: '状态',
              dataIndex: 'status',
              sorter: true,
              sortOrder: order('status'),
              render: (status: AccountResponse['status']) => (
                <Tag color={ACCOUNT_STATUS_COLORS[status]}>
                  {labelOf(ACCOUNT_STATUS_LABELS, status)}
                </Tag>
              ),
            },
            { title: '责任人', dataIndex: 'responsiblePerson' },
            { title: '运维单位', dataIndex: 'operatorName' },
            {
              title: '登记时间',
              dataIndex: 'createdAt',
              sorter: true,
              sortOrder: order('createdAt'),
              render: formatTime,
            },
            {
              title: '更新时间',
              dataIndex: 'updatedAt',
              sorter: true,
              sortOrder: order('updatedAt'),
              render: formatTime,
            },
          ]}
          pagination={{
            current: page,
            pageSize: size,
            total: accounts.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 个账号`,
          }}
        />
      </Space>
    </Card>
  );
}
