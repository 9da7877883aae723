import { DownloadOutlined } from '@ant-design/icons';
import { Button, Form, Space, Switch, Tag } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { AccountResponse, AccountStatus, Platform } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  type Columns,
  FilterForm,
  FilterSelect,
  ListCard,
  PagedTable,
  param,
  SearchBox,
  useApiMutation,
  usePagedList,
  OrganizationFilter,
  AddButton,
} from '../../components/kit';
import {
  ACCOUNT_STATUS_COLORS,
  ACCOUNT_STATUS_LABELS,
  labelOf,
  optionsOf,
  PLATFORM_LABELS,
} from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { exportAccounts, useAccounts } from './queries';

const platformOptions = optionsOf(PLATFORM_LABELS);
const statusOptions = optionsOf(ACCOUNT_STATUS_LABELS);

const filterParams = {
  platform: param.text<Platform>(),
  status: param.text<AccountStatus>(),
  organizationId: param.number(),
  q: param.text(),
  overdue: param.flag(),
};

const columns: Columns<AccountResponse> = [
  {
    title: '账号名称',
    dataIndex: 'name',
    sorter: true,
    render: (name: string, row) => <Link to={`/accounts/${row.id}`}>{name}</Link>,
  },
  {
    title: '平台',
    dataIndex: 'platform',
    sorter: true,
    render: (platform: string) => labelOf(PLATFORM_LABELS, platform),
  },
  { title: '主办单位', dataIndex: 'hostOrganizationName' },
  {
    title: '状态',
    dataIndex: 'status',
    sorter: true,
    render: (status: AccountResponse['status']) => (
      <Tag color={ACCOUNT_STATUS_COLORS[status]}>{labelOf(ACCOUNT_STATUS_LABELS, status)}</Tag>
    ),
  },
  { title: '责任人', dataIndex: 'responsiblePerson' },
  { title: '运维单位', dataIndex: 'operatorName' },
  { title: '登记时间', dataIndex: 'createdAt', sorter: true, render: formatTime },
  { title: '更新时间', dataIndex: 'updatedAt', sorter: true, render: formatTime },
];

/** 账号: the register of accounts in the caller's subtree, with filters, sorting and export. */
export function AccountList() {
  const { access } = useCurrentUser();
  const navigate = useNavigate();
  const list = usePagedList(filterParams);
  const accounts = useAccounts(list.query);
  const exporting = useApiMutation({ mutationFn: () => exportAccounts(list.filters) });

  return (
    <ListCard
      title="账号"
      extra={
        <Space>
          <AddButton
            visible={access.canSubmitFilings}
            onClick={() => void navigate('/filings/new/open')}
          >
            新建开设备案
          </AddButton>
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
      <FilterForm
        filters={list.filters}
        onChange={list.setFilters}
        name="account-filters"
        // the name search applies on Enter; every other filter at once
        skip={['q']}
      >
        <FilterSelect name="platform" label="平台" options={platformOptions} width={140} />
        <FilterSelect name="status" label="状态" options={statusOptions} width={130} />
        <OrganizationFilter label="主办单位" placeholder="全部（含下级）" />
        <Form.Item label="名称">
          <SearchBox
            aria-label="搜索账号名称"
            placeholder="账号名称包含"
            style={{ width: 200 }}
            value={list.filters.q}
            onSearch={(q) => list.setFilters({ q })}
          />
        </Form.Item>
        <Form.Item name="overdue" label="仅看逾期" valuePropName="checked">
          <Switch aria-label="仅看逾期" />
        </Form.Item>
      </FilterForm>
      <PagedTable<AccountResponse>
        empty="暂无账号。账号经开设备案审核通过后出现在这里（右上角“新建开设备案”）"
        rowKey="id"
        aria-label="账号列表"
        columns={columns}
        list={list}
        result={accounts}
        totalText={(total) => `共 ${total} 个账号`}
      />
    </ListCard>
  );
}
