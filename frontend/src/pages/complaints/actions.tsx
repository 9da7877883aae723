import { Form, Input, InputNumber, Radio, Select } from 'antd';
import type { ComplaintResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { departmentOptions, useForwardTargets } from './forward';
import {
  complaintKeys,
  forwardComplaint,
  moderateComplaint,
  promoteToFaq,
  type ForwardValues,
  type ModerationValues,
  type PromoteValues,
} from './queries';

interface DialogProps {
  complaint: ComplaintResponse;
  onClose: () => void;
}

/** 审核: publish, or hide with a reason (Art 24: nothing is public before moderation). */
export function ModerationDialog({ complaint, onClose }: DialogProps) {
  const [form] = Form.useForm<ModerationValues>();
  const action = Form.useWatch('action', form);
  return (
    <FormModal<ModerationValues>
      title="审核公开"
      okText="确定"
      form={form}
      name="complaint-moderation"
      initialValues={{ action: 'PUBLISH' }}
      submit={(values) => moderateComplaint(complaint, values)}
      success="审核结果已保存"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="action" label="审核结果" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: 'PUBLISH', label: '公开' },
            { value: 'HIDE', label: '隐藏' },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label="理由"
        dependencies={['action']}
        rules={[
          { required: action === 'HIDE', whitespace: true, message: '隐藏须说明理由' },
          { max: 500, message: '不能超过 500 个字符' },
        ]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 转办: to the business department whose HANDLER answers, due in working days. */
export function ForwardDialog({ complaint, onClose }: DialogProps) {
  const [form] = Form.useForm<ForwardValues>();
  const targets = useForwardTargets(complaint.id);
  return (
    <FormModal<ForwardValues>
      title="转送业务部门"
      okText="转送"
      form={form}
      name="complaint-forward"
      initialValues={{ dueInWorkingDays: 5 }}
      submit={(values) => forwardComplaint(complaint, values)}
      success="已转送业务部门办理"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item
        name="organizationId"
        label="承办部门"
        extra="本级政府的业务部门，可按名称搜索"
        rules={[{ required: true, message: '请选择承办部门' }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={targets.isLoading}
          placeholder="请选择承办部门"
          options={departmentOptions(targets.data)}
        />
      </Form.Item>
      <Form.Item
        name="dueInWorkingDays"
        label="办理时限（工作日）"
        rules={[{ required: true, message: '请填写办理时限' }]}
      >
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item name="note" label="转办说明" rules={[{ max: 1000 }]}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 加入答问库: an answered consultation becomes an FAQ entry (question and answer editable). */
export function PromoteDialog({ complaint, onClose }: DialogProps) {
  const [form] = Form.useForm<PromoteValues>();
  return (
    <FormModal<PromoteValues>
      title="加入答问库"
      okText="加入"
      form={form}
      name="complaint-promote"
      initialValues={{ question: complaint.title, answer: complaint.reply }}
      submit={(values) => promoteToFaq(complaint.id, values)}
      success="已加入答问库"
      invalidates={[complaintKeys.all]}
      onClose={onClose}
    >
      <Form.Item
        name="question"
        label="问题"
        rules={[{ required: true, whitespace: true, message: '请填写问题' }, { max: 300 }]}
      >
        <Input maxLength={300} showCount />
      </Form.Item>
      <Form.Item
        name="answer"
        label="答复"
        rules={[{ required: true, whitespace: true, message: '请填写答复' }, { max: 5000 }]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
