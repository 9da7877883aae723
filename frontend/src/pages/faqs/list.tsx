import { Button, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FaqResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  type Columns,
  ListCard,
  PagedTable,
  param,
  SearchBox,
  useApiMutation,
  usePagedList,
  AddButton,
} from '../../components/kit';
import { formatTime } from '../../utils/dates';
import { FaqDialog } from './form';
import { deleteFaq, faqKeys, useFaqs } from './queries';

const columns: Columns<FaqResponse> = [
  { title: '问题', dataIndex: 'question', width: '30%' },
  { title: '答复', dataIndex: 'answer', ellipsis: true },
  { title: '单位', dataIndex: 'organizationName' },
  {
    title: '公开',
    dataIndex: 'published',
    render: (published: boolean) => (published ? <Tag color="green">公开</Tag> : <Tag>不公开</Tag>),
  },
  {
    title: '来源',
    dataIndex: 'sourceComplaintId',
    render: (id?: number) => (id ? <Link to={`/interactions/${id}`}>咨询转入</Link> : '新增'),
  },
  { title: '更新时间', dataIndex: 'updatedAt', render: (value: string) => formatTime(value) },
];

/** 答问库: the FAQ entries of the caller's subtree (the public searches the published ones). */
export function FaqList() {
  const { access } = useCurrentUser();
  const list = usePagedList({ q: param.text() });
  const faqs = useFaqs(list.query);
  const [editing, setEditing] = useState<FaqResponse | 'new'>();
  const remove = useApiMutation({
    mutationFn: deleteFaq,
    success: '已删除',
    invalidates: [faqKeys.all],
  });

  const actions: Columns<FaqResponse> = [
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, faq: FaqResponse) => (
        <Space>
          <Button size="small" onClick={() => setEditing(faq)}>
            修改
          </Button>
          <Popconfirm
            title="确定删除该答问？"
            okText="删除"
            cancelText="取消"
            onConfirm={() => remove.mutate(faq)}
          >
            <Button size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <ListCard
      title="答问库"
      extra={
        <AddButton visible={access.canManageFaqs} onClick={() => setEditing('new')}>
          新增答问
        </AddButton>
      }
    >
      <SearchBox
        aria-label="搜索答问"
        placeholder="问题或答复中的文字"
        style={{ maxWidth: 360 }}
        value={list.filters.q}
        onSearch={(q) => list.setFilters({ q })}
      />
      <PagedTable<FaqResponse>
        empty="暂无答问。点击右上角“新增答问”，公众留言时会自动推荐"
        rowKey="id"
        size="middle"
        aria-label="答问库"
        columns={access.canManageFaqs ? [...columns, ...actions] : columns}
        list={list}
        result={faqs}
        locale={{ emptyText: '暂无答问' }}
      />
      {editing && (
        <FaqDialog
          faq={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </ListCard>
  );
}
