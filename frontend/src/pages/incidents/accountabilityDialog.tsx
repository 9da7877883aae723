import { DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AccountabilityRequest } from '../../api/types';
import { FormModal } from '../../components/kit';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { ACCOUNTABILITY_MEASURE_LABELS } from '../../locales/incident';
import { optionsOf } from '../../locales/zh-CN';
import { incidentKeys, recordAccountability } from './queries';

type AccountabilityValues = Omit<AccountabilityRequest, 'decidedOn'> & { decidedOn: Dayjs };

/** 记录问责 (Art 33.2): a unit or a person, the measure and its basis. */
export function AccountabilityDialog({
  incidentId,
  organizationId,
  onClose,
}: {
  incidentId: number;
  organizationId: number;
  onClose: () => void;
}) {
  return (
    <FormModal<AccountabilityValues>
      title="记录问责"
      name="accountability"
      initialValues={{ subjectKind: 'UNIT', organizationId, decidedOn: dayjs() }}
      success="问责已记录"
      invalidates={[incidentKeys.all]}
      submit={({ decidedOn, ...values }) =>
        recordAccountability(incidentId, { ...values, decidedOn: decidedOn.format('YYYY-MM-DD') })
      }
      onClose={onClose}
    >
      <Form.Item name="subjectKind" label="对象">
        <Radio.Group
          options={[
            { value: 'UNIT', label: '单位' },
            { value: 'PERSON', label: '个人' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="subjectName"
        label="名称或姓名"
        rules={[{ required: true, message: '请填写' }]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      <Form.Item
        name="organizationId"
        label="所在单位"
        rules={[{ required: true, message: '请选择单位' }]}
      >
        <OrganizationTreeSelect aria-label="所在单位" />
      </Form.Item>
      <Form.Item name="measure" label="措施" rules={[{ required: true, message: '请选择措施' }]}>
        <Select aria-label="问责措施" options={optionsOf(ACCOUNTABILITY_MEASURE_LABELS)} />
      </Form.Item>
      <Form.Item
        name="decidedOn"
        label="决定日期"
        rules={[{ required: true, message: '请选择日期' }]}
      >
        <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="basis"
        label="依据"
        rules={[{ required: true, whitespace: true, message: '请填写依据' }]}
      >
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
