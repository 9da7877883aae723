import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { PublicationResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { type Columns, ListCard, PagedTable, param, usePagedList } from '../../components/kit';
import { labelOf } from '../../locales/zh-CN';
import { ORIGIN_LABELS } from '../../locales/review';
import { formatTime } from '../../utils/dates';
import { accountOptions, useAccountChoices } from '../accounts/queries';
import { ImportDialog } from './importDialog';
import { usePublications } from './queries';
import { RecordPublicationDialog } from './recordDialog';
import { personColumn } from '../../components/personColumn';

const columns: Columns<PublicationResponse> = [
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
  { title: '登记人', dataIndex: 'recordedBy', render: personColumn },
];

/** 发布记录: what the accounts of the caller's subtree published, through review or imported. */
export function PublicationList() {
  const { access } = useCurrentUser();
  const list = usePagedList({ accountId: param.number() });
  const [importing, setImporting] = useState(false);
  const [recording, setRecording] = useState(false);
  const accounts = useAccountChoices();
  const publications = usePublications(list.query);

  return (
    <ListCard
      title="发布记录"
      extra={
        access.canImportPublications && (
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              登记发布
            </Button>
            <Button type="primary" icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入
            </Button>
          </Space>
        )
      }
    >
      <Space>
        <span>账号</span>
        <Select
          aria-label="按账号筛选"
          allowClear
          placeholder="全部"
          loading={accounts.isLoading}
          showSearch={{ optionFilterProp: 'label' }}
          options={accountOptions(accounts.data)}
          value={list.filters.accountId}
          onChange={(accountId?: number) => list.setFilters({ accountId })}
          style={{ width: 220 }}
        />
      </Space>
      <PagedTable<PublicationResponse>
        empty="暂无发布记录。点击“登记发布”逐条登记，或用“导入”批量导入"
        aria-label="发布记录"
        rowKey="id"
        size="middle"
        columns={columns}
        list={list}
        result={publications}
        locale={{ emptyText: '暂无发布记录' }}
        totalText={(total) => `共 ${total} 条发布记录`}
      />
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
      {recording && <RecordPublicationDialog onClose={() => setRecording(false)} />}
    </ListCard>
  );
}
