import { Button, Card, DatePicker, Form, Input, Popconfirm, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { Commendation, CommendationKind } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  type Columns,
  FormModal,
  PagedTable,
  param,
  useApiMutation,
  usePagedList,
} from '../../components/kit';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { COMMENDATION_KIND_LABELS } from '../../locales/supervision';
import { labelOf, optionsOf } from '../../locales/zh-CN';
import { supervisionKeys } from '../supervision/keys';
import { recordCommendation, removeCommendation, useCommendations } from './queries';

interface CommendationValues {
  kind?: CommendationKind;
  organizationId?: number;
  personName?: string;
  reason?: string;
  decidedOn?: Dayjs;
}

/** 记录表彰 of a unit or a person of the caller's subtree. */
function CommendationDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const [form] = Form.useForm<CommendationValues>();
  const kind = Form.useWatch('kind', form);
  const unit = kind === 'PERSON' ? '所在单位' : '表彰单位';
  return (
    <FormModal<CommendationValues>
      title={`记录 ${year} 年度表彰`}
      name="commendation"
      form={form}
      initialValues={{ kind: 'UNIT', decidedOn: dayjs() }}
      submit={(values) =>
        recordCommendation({
          year,
          kind: values.kind ?? 'UNIT',
          organizationId: values.organizationId ?? 0,
          personName: values.kind === 'PERSON' ? values.personName?.trim() : undefined,
          reason: values.reason?.trim() ?? '',
          decidedOn: (values.decidedOn ?? dayjs()).format('YYYY-MM-DD'),
        })
      }
      success="表彰已记录"
      invalidates={[supervisionKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="kind" label="表彰对象" rules={[{ required: true }]}>
        <Radio.Group options={optionsOf(COMMENDATION_KIND_LABELS)} />
      </Form.Item>
      <Form.Item
        name="organizationId"
        label={unit}
        rules={[{ required: true, message: '请选择单位' }]}
      >
        <OrganizationTreeSelect aria-label={unit} placeholder="选择单位" />
      </Form.Item>
      {kind === 'PERSON' && (
        <Form.Item
          name="personName"
          label="姓名"
          rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
        >
          <Input maxLength={50} showCount />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label="表彰事由"
        rules={[{ required: true, whitespace: true, message: '请填写表彰事由' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Form.Item
        name="decidedOn"
        label="决定日期"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker aria-label="决定日期" />
      </Form.Item>
    </FormModal>
  );
}

/** 激励表扬 (Art 33.1) of the year: listed here and in the year's assessment notice. */
export function Commendations({ year }: { year: number }) {
  const { access } = useCurrentUser();
  const list = usePagedList({ kind: param.text<CommendationKind>() }, { prefix: 'commendations.' });
  const commendations = useCommendations({ ...list.query, year });
  const [adding, setAdding] = useState(false);
  const remove = useApiMutation({
    mutationFn: removeCommendation,
    success: '表彰记录已删除',
    invalidates: [supervisionKeys.all],
  });
  const columns: Columns<Commendation> = [
    {
      title: '类别',
      dataIndex: 'kind',
      render: (v: string) => labelOf(COMMENDATION_KIND_LABELS, v),
    },
    { title: '单位', dataIndex: 'organizationName' },
    { title: '个人', dataIndex: 'personName', render: (v?: string) => v ?? '—' },
    { title: '表彰事由', dataIndex: 'reason' },
    { title: '决定日期', dataIndex: 'decidedOn' },
  ];
  if (access.canCommend)
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_: unknown, row) => (
        <Popconfirm
          title="确定删除该表彰记录？"
          okText="删除"
          cancelText="取消"
          onConfirm={() => remove.mutate(row)}
        >
          <Button size="small" danger>
            删除
          </Button>
        </Popconfirm>
      ),
    });
  return (
    <Card
      size="small"
      title={`${year} 年度表彰（《办法》第三十三条）`}
      extra={
        access.canCommend && (
          <Button type="primary" onClick={() => setAdding(true)}>
            记录表彰
          </Button>
        )
      }
    >
      <PagedTable<Commendation>
        rowKey="id"
        size="middle"
        aria-label="表彰记录"
        columns={columns}
        list={list}
        result={commendations}
        locale={{ emptyText: '本年度暂无表彰' }}
      />
      {adding && <CommendationDialog year={year} onClose={() => setAdding(false)} />}
    </Card>
  );
}
