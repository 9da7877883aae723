import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { FormModal } from '../../components/kit';
import { addDutyShift, dutyKeys } from './queries';

interface ShiftValues {
  organizationId: number;
  period: [Dayjs, Dayjs];
  personOnDuty: string;
  phone: string;
  backupPerson?: string;
  backupPhone?: string;
}

const PHONE = { pattern: /^[0-9+-]{5,20}$/, message: '电话号码格式不正确' };

/** 排班: one shift (at most 7 days) of an organization; the API refuses one that overlaps another. */
export function ShiftDialog({
  organizationId,
  onClose,
}: {
  organizationId?: number;
  onClose: () => void;
}) {
  return (
    <FormModal<ShiftValues>
      title="排班"
      name="duty-shift"
      initialValues={{ organizationId }}
      success="已排班"
      invalidates={[dutyKeys.all]}
      submit={({ period, ...shift }) =>
        addDutyShift({
          ...shift,
          startsAt: period[0].toISOString(),
          endsAt: period[1].toISOString(),
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="organizationId"
        label="值班单位"
        rules={[{ required: true, message: '请选择单位' }]}
      >
        <OrganizationTreeSelect aria-label="值班单位" placeholder="选择单位" />
      </Form.Item>
      <Form.Item
        name="period"
        label="接班 — 交班"
        rules={[{ required: true, message: '请选择值班时间' }]}
      >
        <DatePicker.RangePicker showTime format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="personOnDuty"
        label="值班人员"
        rules={[{ required: true, message: '请填写值班人员' }]}
      >
        <Input maxLength={50} showCount />
      </Form.Item>
      <Form.Item
        name="phone"
        label="值班电话"
        rules={[{ required: true, message: '请填写值班电话' }, PHONE]}
      >
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="backupPerson" label="备班人员">
        <Input maxLength={50} showCount />
      </Form.Item>
      <Form.Item name="backupPhone" label="备班电话" rules={[PHONE]}>
        <Input maxLength={20} />
      </Form.Item>
    </FormModal>
  );
}
