import { Form, Input, InputNumber, Switch, Table, Tag, type TableProps } from 'antd';
import { useState } from 'react';
import type { AssessmentItem, AssessmentItemUpdate } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { FormModal, editColumn } from '../../components/kit';
import { ASSESSMENT_SOURCE_LABELS, ITEM_KIND_LABELS } from '../../locales/supervision';
import { labelOf } from '../../locales/zh-CN';
import { supervisionKeys } from '../supervision/keys';
import { updateAssessmentItem, useAssessmentItems } from './queries';

function KindTag({ kind }: { kind: string }) {
  return <Tag color={kind === 'VETO' ? 'red' : 'blue'}>{labelOf(ITEM_KIND_LABELS, kind)}</Tag>;
}

/** 修改考核项 (CITY_ADMIN): the version read goes along, so a stale change is refused (409). */
function ItemDialog({ item, onClose }: { item: AssessmentItem; onClose: () => void }) {
  const veto = item.kind === 'VETO';
  return (
    <FormModal<AssessmentItemUpdate>
      title={`修改考核项：${item.code}`}
      name="assessment-item"
      submit={(values) => updateAssessmentItem(item, values)}
      success="考核项已保存"
      // a stale version (409) refetches the items too: they are under the same root
      invalidates={[supervisionKeys.all]}
      onClose={onClose}
      initialValues={{
        name: item.name,
        maxPoints: item.maxPoints,
        deductionPoints: item.deductionPoints,
        active: item.active,
      }}
    >
      <Form.Item
        name="name"
        label="考核项"
        rules={[
          { required: true, whitespace: true, message: '请填写考核项名称' },
          { max: 200, message: '不能超过 200 个字符' },
        ]}
      >
        <Input.TextArea rows={2} maxLength={200} showCount />
      </Form.Item>
      {!veto && (
        <>
          <Form.Item name="maxPoints" label="满分" rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
          <Form.Item name="deductionPoints" label="每次扣分" rules={[{ required: true }]}>
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        </>
      )}
      <Form.Item name="active" label="启用" valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}

/** 考核方案: items with maximum, deduction per occurrence and veto items, stored as data. */
export function AssessmentScheme() {
  const { access } = useCurrentUser();
  const items = useAssessmentItems();
  const [editing, setEditing] = useState<AssessmentItem>();
  const columns: TableProps<AssessmentItem>['columns'] = [
    { title: '考核项', dataIndex: 'name' },
    { title: '类别', dataIndex: 'kind', render: (kind: string) => <KindTag kind={kind} /> },
    {
      title: '计分依据',
      dataIndex: 'source',
      render: (v: string) => labelOf(ASSESSMENT_SOURCE_LABELS, v),
    },
    {
      title: '满分',
      dataIndex: 'maxPoints',
      align: 'right',
      render: (v: number, row) => (row.kind === 'VETO' ? '—' : v),
    },
    {
      title: '每次扣分',
      dataIndex: 'deductionPoints',
      align: 'right',
      render: (v: number, row) => (row.kind === 'VETO' ? '得分为零' : v),
    },
    {
      title: '状态',
      dataIndex: 'active',
      render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
    },
    ...editColumn<AssessmentItem>(access.canManageAssessment, '修改', setEditing),
  ];
  return (
    <>
      <Table<AssessmentItem>
        rowKey="id"
        size="small"
        aria-label="考核方案"
        columns={columns}
        dataSource={items.data ?? []}
        loading={items.isFetching}
        pagination={false}
      />
      {editing && <ItemDialog item={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
