import { Button, Form, Input, InputNumber, Radio, Switch, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import type { ChecklistItem, ChecklistItemRequest } from '../../api/types';
import { FormModal, ListCard, AddButton } from '../../components/kit';
import { ITEM_KIND_LABELS } from '../../locales/supervision';
import { labelOf, optionsOf } from '../../locales/zh-CN';
import { supervisionKeys } from '../supervision/keys';
import { createChecklistItem, updateChecklistItem, useChecklistItems } from './queries';
import { articleName } from '../../api/problemText';

type ChecklistValues = Omit<ChecklistItemRequest, 'version'>;

/** 新增 / 修改检查项: a changed item keeps its code; a stale version is refused by the API (409). */
function ChecklistItemDialog({ item, onClose }: { item?: ChecklistItem; onClose: () => void }) {
  return (
    <FormModal<ChecklistValues>
      title={item ? `修改检查项：${item.name}` : '新增检查项'}
      name="checklist-item"
      initialValues={
        item ?? { kind: 'SCORED', points: 5, active: true, sortOrder: 100, article: undefined }
      }
      submit={(values) => {
        const body: ChecklistItemRequest = {
          ...values,
          code: values.code.trim(),
          name: values.name.trim(),
          article: values.article?.trim() || undefined,
          points: values.kind === 'VETO' ? 0 : values.points,
        };
        return item
          ? updateChecklistItem(item.id, { ...body, version: item.version })
          : createChecklistItem(body);
      }}
      success={item ? '检查项已修改' : '检查项已新增'}
      invalidates={[supervisionKeys.checklist()]}
      onClose={onClose}
    >
      <Form.Item
        name="code"
        label="编码"
        extra="大写字母、数字和下划线，如 RUMOUR_REBUTTAL"
        rules={[
          { required: true, whitespace: true, message: '请填写编码' },
          {
            pattern: /^[A-Z][A-Z0-9_]*$/,
            message: '编码应以大写字母开头，只含大写字母、数字和下划线',
          },
        ]}
      >
        <Input maxLength={40} disabled={!!item} />
      </Form.Item>
      <Form.Item
        name="name"
        label="名称"
        rules={[{ required: true, whitespace: true, message: '请填写名称' }]}
      >
        <Input maxLength={200} showCount />
      </Form.Item>
      <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
        <Radio.Group options={optionsOf(ITEM_KIND_LABELS as Record<'VETO' | 'SCORED', string>)} />
      </Form.Item>
      <Form.Item
        name="points"
        label="扣分（扣分项）"
        rules={[{ required: true, message: '请填写扣分' }]}
      >
        <InputNumber min={0} max={100} precision={0} />
      </Form.Item>
      <Form.Item
        name="article"
        label="依据"
        extra="如 Art 23（显示为《办法》第二十三条）或 国办秘函〔2019〕19号"
      >
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="sortOrder" label="排序" rules={[{ required: true, message: '请填写排序' }]}>
        <InputNumber precision={0} />
      </Form.Item>
      <Form.Item name="active" label="启用" valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

/** 抽查检查项 (CITY_ADMIN): the national veto categories and the local scored items; deactivate rather than delete. */
export function ChecklistPage() {
  const items = useChecklistItems();
  const [editing, setEditing] = useState<ChecklistItem | 'new'>();
  const columns: TableProps<ChecklistItem>['columns'] = [
    { title: '排序', dataIndex: 'sortOrder', width: 72, align: 'right' },
    { title: '编码', dataIndex: 'code' },
    { title: '名称', dataIndex: 'name' },
    {
      title: '类型',
      dataIndex: 'kind',
      render: (kind: string) => (
        <Tag color={kind === 'VETO' ? 'red' : 'blue'}>{labelOf(ITEM_KIND_LABELS, kind)}</Tag>
      ),
    },
    {
      title: '扣分',
      dataIndex: 'points',
      align: 'right',
      render: (points: number, row) => (row.kind === 'VETO' ? '—' : points),
    },
    { title: '依据', dataIndex: 'article', render: (v?: string) => (v ? articleName(v) : '—') },
    {
      title: '状态',
      dataIndex: 'active',
      render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
    },
    {
      title: '操作',
      key: 'actions',
      render: (_: unknown, row) => (
        <Button size="small" onClick={() => setEditing(row)}>
          修改
        </Button>
      ),
    },
  ];
  return (
    <ListCard
      title="抽查检查项"
      extra={<AddButton onClick={() => setEditing('new')}>新增检查项</AddButton>}
    >
      <Table<ChecklistItem>
        rowKey="id"
        size="middle"
        aria-label="抽查检查项"
        columns={columns}
        dataSource={items.data ?? []}
        loading={items.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={false}
      />
      {editing && (
        <ChecklistItemDialog
          item={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(undefined)}
        />
      )}
    </ListCard>
  );
}
