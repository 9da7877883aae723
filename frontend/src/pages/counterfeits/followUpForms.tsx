import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { CounterfeitReferral, CounterfeitResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { REFERRAL_AGENCY_LABELS } from '../../locales/interaction';
import { optionsOf } from '../../locales/zh-CN';
import { complaintKeys } from '../complaints/queries';
import {
  addReferral,
  confirmTakedown,
  recordOutcome,
  setTakedownDeadline,
  type ReferralValues,
} from './queries';

interface Props {
  investigation: CounterfeitResponse;
  onClose: () => void;
}

const required = (message: string) => [{ required: true, message }];

/** 登记商请: the request to 网信 / 公安 to help deal with the fake. */
export function ReferralForm({ investigation, onClose }: Props) {
  return (
    <FormModal<ReferralValues>
      title="商请网信、公安协同处理"
      name="counterfeit-referral"
      initialValues={{ agency: 'CYBERSPACE_ADMINISTRATION', requestedOn: dayjs() }}
      submit={(values) => addReferral(investigation.id, values)}
      success="已登记商请"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="agency" label="商请部门" rules={required('请选择部门')}>
        <Select aria-label="商请部门" options={optionsOf(REFERRAL_AGENCY_LABELS)} />
      </Form.Item>
      <Form.Item name="requestedOn" label="商请日期" rules={required('请选择日期')}>
        <DatePicker aria-label="商请日期" />
      </Form.Item>
      <Form.Item
        name="request"
        label="商请事项"
        rules={[{ required: true, whitespace: true, message: '请填写商请事项' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 登记处理结果 of one request. */
export function OutcomeForm({
  investigation,
  referral,
  onClose,
}: Props & { referral: CounterfeitReferral }) {
  return (
    <FormModal<{ outcome?: string; outcomeOn?: Dayjs }>
      title="登记协同处理结果"
      name="counterfeit-referral-outcome"
      initialValues={{ outcomeOn: dayjs() }}
      submit={(values) => recordOutcome(investigation.id, referral.id, referral.version, values)}
      success="处理结果已登记"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="outcomeOn" label="结果日期" rules={required('请选择日期')}>
        <DatePicker aria-label="结果日期" />
      </Form.Item>
      <Form.Item
        name="outcome"
        label="处理结果"
        rules={[{ required: true, whitespace: true, message: '请填写处理结果' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 调整关停期限 of a confirmed fake still up. */
export function DeadlineForm({ investigation, onClose }: Props) {
  return (
    <FormModal<{ deadline?: Dayjs }>
      title="调整关停期限"
      name="counterfeit-takedown-deadline"
      initialValues={{
        deadline: investigation.takedownDeadline
          ? dayjs(investigation.takedownDeadline)
          : undefined,
      }}
      submit={(values) => setTakedownDeadline(investigation, values.deadline)}
      success="关停期限已调整"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="deadline" label="关停期限" rules={required('请选择期限')}>
        <DatePicker aria-label="关停期限" />
      </Form.Item>
    </FormModal>
  );
}

/** 确认已关停: ends the follow-up. */
export function TakedownForm({ investigation, onClose }: Props) {
  return (
    <FormModal<{ confirmedOn?: Dayjs; note?: string }>
      title="确认平台已关停"
      name="counterfeit-takedown"
      initialValues={{ confirmedOn: dayjs() }}
      submit={(values) => confirmTakedown(investigation, values)}
      success="已确认关停"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="confirmedOn" label="确认日期" rules={required('请选择日期')}>
        <DatePicker aria-label="确认日期" />
      </Form.Item>
      <Form.Item
        name="note"
        label="核查情况"
        rules={[{ required: true, whitespace: true, message: '请填写核查情况' }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}
