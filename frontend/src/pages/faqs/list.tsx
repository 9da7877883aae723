import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Popconfirm, Space, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/http';
import type { FaqResponse } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { formatTime } from '../../utils/dates';
import { FaqDialog } from './form';
import { faqKeys, useFaqs } from './queries';

/** 答问库: the FAQ entries of the caller's subtree (the public searches the published ones). */
export function FaqList() {
  const { access } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const [size, setSize] = useState(20);
  const [editing, setEditing] = useState<FaqResponse | 'new'>();
  const faqs = useFaqs({ q, page, size });
  const remove = useMutation({
    mutationFn: (faq: FaqResponse) =>
      unwrap(
        api.DELETE('/api/v1/faqs/{id}', {
          params: { path: { id: faq.id }, query: { version: faq.version } },
        }),
      ),
    onSuccess: () => void message.success('已删除'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: faqKeys.all }),
  });

  const columns: TableProps<FaqResponse>['columns'] = [
    { title: '问题', dataIndex: 'question', width: '30%' },
    { title: '答复', dataIndex: 'answer', ellipsis: true },
    { title: '单位', dataIndex: 'organizationName' },
    {
      title: '公开',
      dataIndex: 'published',
      render: (published: boolean) =>
        published ? <Tag color="green">公开</Tag> : <Tag>不公开</Tag>,
    },
    {
      title: '来源',
      dataIndex: 'sourceComplaintId',
      render: (id?: number) => (id ? <Link to={`/interactions/${id}`}>咨询转入</Link> : '新增'),
    },
    { title: '更新时间', dataIndex: 'updatedAt', render: (value: string) => formatTime(value) },
    ...(access.canManageFaqs
      ? [
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
        ]
      : []),
  ];

  return (
    <Card
      title="答问库"
      extra={
        access.canManageFaqs && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增答问
          </Button>
        )
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Input.Search
          allowClear
          aria-label="搜索答问"
          placeholder="问题或答复中的文字"
          style={{ maxWidth: 360 }}
          onSearch={(value) => {
            setQ(value.trim() || undefined);
            setPage(1);
          }}
        />
        <Table<FaqResponse>
          rowKey="id"
          size="middle"
          aria-label="答问库"
          columns={columns}
          dataSource={faqs.data?.items ?? []}
          loading={faqs.isFetching}
          locale={{ emptyText: '暂无答问' }}
          pagination={{
            current: page,
            pageSize: size,
            total: faqs.data?.totalItems ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (next, nextSize) => {
              setPage(nextSize !== size ? 1 : next);
              setSize(nextSize);
            },
          }}
        />
      </Space>
      {editing && (
        <FaqDialog
          faq={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
}
