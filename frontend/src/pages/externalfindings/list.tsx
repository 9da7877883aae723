import { DatePicker, Form, Input, Radio, Select, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ExternalFinding, ExternalFindingSource } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  type Columns,
  FormModal,
  ListCard,
  PagedTable,
  usePagedList,
  AddButton,
} from '../../components/kit';
import { EXTERNAL_FINDING_SOURCE_LABELS, ITEM_KIND_LABELS } from '../../locales/supervision';
import { labelOf, optionsOf, RECTIFICATION_STATUS_LABELS } from '../../locales/zh-CN';
import { todayInShanghai } from '../../utils/dates';
import { AccountSearchSelect } from '../accounts/AccountSearchSelect';
import { useChecklist } from '../spotcheck/queries';
import { rectificationKeys } from '../rectifications/queries';
import { enterExternalFinding, externalFindingKeys, useExternalFindings } from './queries';

interface ExternalFindingValues {
  source: ExternalFindingSource;
  reference?: string;
  accountId?: number;
  itemCode?: string;
  description?: string;
  foundOn?: Dayjs;
  rectificationDeadline?: Dayjs;
}

/** 录入国家或省级检查发现的问题 (CITY_ADMIN, Art 32.8). */
function ExternalFindingDialog({ onClose }: { onClose: () => void }) {
  const checklist = useChecklist();
  const today = dayjs(todayInShanghai());
  return (
    <FormModal<ExternalFindingValues>
      title="录入国家、省级检查发现的问题"
      name="external-finding"
      okText="录入"
      width={640}
      initialValues={{
        source: 'NATIONAL',
        foundOn: today,
        rectificationDeadline: today.add(15, 'day'),
      }}
      intro="录入后转为主办单位的整改任务；单项否决问题按《办法》第三十二条计入年度考核（国家、省检查否决计零分）。"
      submit={(values) =>
        enterExternalFinding({
          source: values.source,
          reference: values.reference?.trim() ?? '',
          accountId: values.accountId ?? 0,
          itemCode: values.itemCode ?? '',
          description: values.description?.trim() ?? '',
          foundOn: (values.foundOn ?? today).format('YYYY-MM-DD'),
          rectificationDeadline: (values.rectificationDeadline ?? today).format('YYYY-MM-DD'),
        })
      }
      success="问题已录入，已生成整改任务"
      invalidates={[externalFindingKeys.all, rectificationKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="source" label="来源" rules={[{ required: true }]}>
        <Radio.Group options={optionsOf(EXTERNAL_FINDING_SOURCE_LABELS)} />
      </Form.Item>
      <Form.Item
        name="reference"
        label="通报文号或问题编号"
        rules={[{ required: true, whitespace: true, message: '请填写通报文号或问题编号' }]}
      >
        <Input maxLength={56} showCount placeholder="如 国办通报〔2026〕3号-12" />
      </Form.Item>
      <Form.Item name="accountId" label="账号" rules={[{ required: true, message: '请选择账号' }]}>
        <AccountSearchSelect aria-label="账号" />
      </Form.Item>
      <Form.Item
        name="itemCode"
        label="检查项"
        rules={[{ required: true, message: '请选择检查项' }]}
      >
        <Select
          aria-label="检查项"
          loading={checklist.isFetching}
          options={(checklist.data ?? []).map((item) => ({
            value: item.code,
            label: `${item.name}（${labelOf(ITEM_KIND_LABELS, item.kind)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="description"
        label="问题描述"
        rules={[{ required: true, whitespace: true, message: '请填写问题描述' }]}
      >
        <Input.TextArea rows={3} maxLength={1500} showCount />
      </Form.Item>
      <Form.Item
        name="foundOn"
        label="发现日期"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker aria-label="发现日期" disabledDate={(d) => d.isAfter(today, 'day')} />
      </Form.Item>
      <Form.Item
        name="rectificationDeadline"
        label="整改期限"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker aria-label="整改期限" />
      </Form.Item>
    </FormModal>
  );
}

const columns: Columns<ExternalFinding> = [
  {
    title: '来源',
    dataIndex: 'source',
    render: (v: string) => labelOf(EXTERNAL_FINDING_SOURCE_LABELS, v),
  },
  { title: '问题编号', dataIndex: 'findingId' },
  { title: '账号', dataIndex: 'accountName' },
  { title: '主办单位', dataIndex: 'hostOrganizationName' },
  {
    title: '检查项',
    dataIndex: 'itemName',
    render: (name: string, row) => (
      <>
        {name} {row.veto && <Tag color="red">单项否决</Tag>}
      </>
    ),
  },
  { title: '发现日期', dataIndex: 'foundOn' },
  { title: '整改期限', dataIndex: 'rectificationDeadline' },
  {
    title: '整改状态',
    dataIndex: 'status',
    render: (v: string) => labelOf(RECTIFICATION_STATUS_LABELS, v),
  },
];

/** 国家、省级检查 (Art 32.8): the findings the city office entered, each a rectification task. */
export function ExternalFindingList() {
  const { access } = useCurrentUser();
  const list = usePagedList({});
  const findings = useExternalFindings(list.query);
  const [entering, setEntering] = useState(false);
  return (
    <ListCard
      title="国家、省级检查发现的问题"
      extra={
        <AddButton visible={access.canEnterExternalFindings} onClick={() => setEntering(true)}>
          录入问题
        </AddButton>
      }
    >
      <PagedTable<ExternalFinding>
        rowKey="id"
        aria-label="国家、省级检查发现的问题"
        list={list}
        result={findings}
        columns={columns}
        totalText={(total) => `共 ${total} 项`}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: '尚未录入' }}
      />
      {entering && <ExternalFindingDialog onClose={() => setEntering(false)} />}
    </ListCard>
  );
}
