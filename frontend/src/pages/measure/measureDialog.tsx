import { Alert, DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { MeasureResponse, MeasureType } from '../../api/types';
import { FormModal } from '../../components/kit';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { MEASURE_TYPE_LABELS } from '../../locales/supervision';
import { optionsOf } from '../../locales/zh-CN';
import { todayInShanghai } from '../../utils/dates';
import { AccountSearchSelect } from '../accounts/AccountSearchSelect';
import { supervisionKeys } from '../supervision/keys';
import { recordMeasure } from './queries';
import type { MeasureValues } from './values';

/**
 * 记录处理措施 (Art 34): against an account (its host is the organization) or an organization;
 * 责令关闭 applies to an account and opens its CLOSE filing with the announcement period (Art 16).
 */
export function MeasureDialog({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<MeasureValues>();
  const type = Form.useWatch('type', form) as MeasureType | undefined;
  const target = Form.useWatch('target', form) as MeasureValues['target'] | undefined;
  const closure = type === 'ORDERED_CLOSURE';

  return (
    <FormModal<MeasureValues, MeasureResponse>
      title="记录处理措施"
      okText="记录"
      width={640}
      form={form}
      name="measure"
      submit={recordMeasure}
      success={(measure) =>
        measure.filingId ? `措施已记录，已生成关停备案 #${measure.filingId}` : '措施已记录'
      }
      invalidates={[supervisionKeys.all]}
      onClose={onClose}
      initialValues={{
        type: 'INTERVIEW',
        target: 'ACCOUNT',
        decidedOn: dayjs(todayInShanghai()),
      }}
      onValuesChange={(changed: Partial<MeasureValues>) => {
        if (changed.type === 'ORDERED_CLOSURE') form.setFieldValue('target', 'ACCOUNT');
      }}
    >
      <Form.Item name="type" label="措施" rules={[{ required: true }]}>
        <Radio.Group options={optionsOf(MEASURE_TYPE_LABELS)} />
      </Form.Item>
      {closure && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="责令关闭将为该账号生成关停备案，并自公告开始日起公告不少于 15 个工作日（《办法》第十六条、第三十四条）"
        />
      )}
      <Form.Item name="target" label="对象">
        <Radio.Group
          options={[
            { value: 'ACCOUNT', label: '账号' },
            { value: 'ORGANIZATION', label: '单位', disabled: closure },
          ]}
        />
      </Form.Item>
      {target === 'ORGANIZATION' ? (
        <Form.Item
          name="organizationId"
          label="对象单位"
          rules={[{ required: true, message: '请选择单位' }]}
        >
          <OrganizationTreeSelect />
        </Form.Item>
      ) : (
        <Form.Item
          name="accountId"
          label="对象账号"
          rules={[{ required: true, message: '请选择账号' }]}
        >
          <AccountSearchSelect />
        </Form.Item>
      )}
      <Form.Item
        name="basis"
        label="依据"
        rules={[
          { required: true, whitespace: true, message: '请填写依据' },
          { max: 2000, message: '不能超过 2000 个字符' },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          placeholder="如：2026年第四季度抽查发现两周未更新"
        />
      </Form.Item>
      <Form.Item name="documentNumber" label="文号" rules={[{ max: 100 }]}>
        <Input maxLength={100} showCount placeholder="如：通政办〔2026〕12号" />
      </Form.Item>
      <Form.Item
        name="decidedOn"
        label="决定日期"
        rules={[{ required: true, message: '请选择决定日期' }]}
      >
        <DatePicker disabledDate={(day: Dayjs) => day.isAfter(dayjs(todayInShanghai()), 'day')} />
      </Form.Item>
      {closure && (
        <Form.Item name="announcementStartsOn" label="公告开始日期" extra="不填为今天">
          <DatePicker />
        </Form.Item>
      )}
    </FormModal>
  );
}
