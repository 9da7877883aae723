import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Form, Input, Popconfirm, Select, Space, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { api, unwrap } from '../../api/http';
import type { LexiconKind, LexiconTerm, LexiconTermRequest } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  FormModal,
  ListCard,
  PagedTable,
  param,
  SearchBox,
  useApiMutation,
  usePagedList,
  AddButton,
} from '../../components/kit';
import { LEXICON_KIND_HINTS, LEXICON_KIND_LABELS } from '../../locales/lexicon';
import { optionsOf } from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { personColumn } from '../../components/personColumn';

const lexiconKeys = { all: ['lexicons'] as const };

function AddTermDialog({ kind, onClose }: { kind: LexiconKind; onClose: () => void }) {
  return (
    <FormModal<LexiconTermRequest>
      title={`新增词条：${LEXICON_KIND_LABELS[kind]}`}
      name="lexicon-term"
      submit={(values) =>
        unwrap(
          api.POST('/api/v1/lexicons/{kind}/terms', {
            params: { path: { kind } },
            body: { term: values.term.trim(), suggestion: values.suggestion?.trim() || undefined },
          }),
        )
      }
      success="词条已新增"
      invalidates={[lexiconKeys.all]}
      onClose={onClose}
    >
      <Form.Item
        name="term"
        label="词条"
        rules={[{ required: true, whitespace: true, message: '请填写词条' }]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        name="suggestion"
        label="提示或正确写法"
        extra={kind === 'WORDING_ERROR' ? '规范表述须填写正确写法' : '随检查结果一并显示'}
        rules={[
          {
            required: kind === 'WORDING_ERROR',
            whitespace: true,
            message: '请填写正确写法',
          },
        ]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 词库: the lexicons of the automatic content checks, every kind (Art 19–21, 28); CITY_ADMIN keeps them, AUDITOR reads. */
export function LexiconPage() {
  const { access } = useCurrentUser();
  const [adding, setAdding] = useState(false);
  const list = usePagedList({ kind: param.text<LexiconKind>(), q: param.text() }, { size: 50 });
  const kind: LexiconKind = list.filters.kind ?? 'BANNED';
  const terms = useQuery({
    queryKey: [...lexiconKeys.all, kind, list.filters.q ?? '', list.page, list.size],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/lexicons/{kind}/terms', {
          params: {
            path: { kind },
            query: { q: list.filters.q, page: list.page, size: list.size },
          },
        }),
      ),
  });
  const remove = useApiMutation({
    mutationFn: (id: number) =>
      unwrap(api.DELETE('/api/v1/lexicons/{kind}/terms/{id}', { params: { path: { kind, id } } })),
    invalidates: [lexiconKeys.all],
    success: '词条已删除',
  });

  const columns: TableProps<LexiconTerm>['columns'] = [
    { title: '词条', dataIndex: 'term' },
    { title: '提示或正确写法', dataIndex: 'suggestion', render: (v?: string) => v ?? '—' },
    { title: '添加人', dataIndex: 'createdBy', render: personColumn },
    { title: '添加时间', dataIndex: 'createdAt', render: (v: string) => formatTime(v) },
    ...(access.canManageLexicons
      ? [
          {
            title: '操作',
            key: 'actions',
            render: (_: unknown, term: LexiconTerm) => (
              <Popconfirm title={`删除“${term.term}”？`} onConfirm={() => remove.mutate(term.id)}>
                <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                  删除
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <ListCard
      title="词库"
      extra={
        <AddButton visible={access.canManageLexicons} onClick={() => setAdding(true)}>
          新增词条
        </AddButton>
      }
    >
      <Space wrap>
        <Select
          aria-label="词库类别"
          style={{ width: 200 }}
          value={kind}
          options={optionsOf(LEXICON_KIND_LABELS)}
          onChange={(value) => list.setFilters({ kind: value, q: undefined })}
        />
        <SearchBox
          aria-label="搜索词条"
          placeholder="词条中的文字"
          style={{ width: 240 }}
          value={list.filters.q}
          onSearch={(q) => list.setFilters({ q })}
        />
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
        {LEXICON_KIND_HINTS[kind]}
      </Typography.Paragraph>
      <PagedTable<LexiconTerm>
        empty="词库为空。点击“新增词条”添加禁用词或敏感词"
        rowKey="id"
        size="middle"
        aria-label="词条"
        columns={columns}
        list={list}
        result={terms}
        locale={{ emptyText: '暂无词条' }}
      />
      {adding && <AddTermDialog kind={kind} onClose={() => setAdding(false)} />}
    </ListCard>
  );
}
