import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Select, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import type { PublicationResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { labelOf, ORIGIN_LABELS } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { accountOptions, useAccountChoices } from '../accounts/queries';
import { ImportDialog } from './importDialog';
import { usePublications } from './queries';

const columns: TableProps<PublicationResponse>['columns'] = [
  {
    title: '发布时间',
    dataIndex: 'publishedAt',
    width: 150,
    render: (value: string) => formatTime(value),
  },
  { title: '账号', dataIndex: 'accountName' },
  {
    title: '标题',
    dataIndex: 'title',
    render: (title: string, record) => (
      <a href={record.url} target="_blank" rel="noreferrer" title={record.url}>
        {title}
      </a>
    ),
  },
  {
    title: '类型',
    dataIndex: 'origin',
    render: (origin: string, record) => (
      <>
        <Tag color={origin === 'REPOST' ? 'purple' : 'blue'}>{labelOf(ORIGIN_LABELS, origin)}</Tag>
        {record.sourceName && <span>来源：{record.sourceName}</span>}
      </>
    ),
  },
  { title: '链接', dataIndex: 'url', ellipsis: true },
  {
    title: '登记方式',
    dataIndex: 'imported',
    render: (imported: boolean) => (imported ? '系统外登记' : '审核发布'),
  },
  { title: '登记人', dataIndex: 'recordedBy' },
];

/** 发布记录: what the accounts of the caller's subtree published, through review or imported. */
export function PublicationList() {
  const { access } = useCurrentUser();
  const [accountId, setAccountId] = useState<number>();
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const [importing, setImporting] = useState(false);
  const accounts = useAccountChoices();
  const publications = usePublications(accountId, page, size);

  return (
    <Card
      title="发布记录"
      extra={
        access.canImportPublications && (
          <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
            导入
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space>
          <span>账号</span>
          <Select
            aria-label="按账号筛选"
            allowClear
            placeholder="全部"
            loading={accounts.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={accountOptions(accounts.data)}
            value={accountId}
            onChange={(value?: number) => {
              setAccountId(value ?? undefined);
              setPage(1);
            }}
            style={{ width: 220 }}
          />
        </Space>
        <Table<PublicationResponse>
          aria-label="发布记录"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={publications.data?.items ?? []}
          loading={publications.isFetching}
          locale={{ emptyText: '暂无发布记录' }}
          pagination={{
            current: page,
            pageSize: size,
            total: publications.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 条发布记录`,
            onChange: (next, nextSize) => {
              setPage(nextSize !== size ? 1 : next);
              setSize(nextSize);
            },
          }}
        />
      </Space>
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </Card>
  );
}
