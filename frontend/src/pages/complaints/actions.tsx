import { Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { api, unwrap } from '../../api/http';
import type { ComplaintResponse, ModerationRequest } from '../../api/types';
import { departmentOptions, useForwardTargets } from './forward';
import { useComplaintStep } from './mutations';

interface DialogProps {
  complaint: ComplaintResponse;
  onClose: () => void;
}

interface ModerationValues {
  action?: ModerationRequest['action'];
  reason?: string;
}

/** 审核: publish, or hide with a reason (Art 24: nothing is public before moderation). */
export function ModerationDialog({ complaint, onClose }: DialogProps) {
  const [form] = Form.useForm<ModerationValues>();
  const action = Form.useWatch('action', form);
  const step = useComplaintStep(
    (values: ModerationValues) =>
      unwrap(
        api.POST('/api/v1/complaints/{id}/moderation', {
          params: { path: { id: complaint.id } },
          body: {
            action: values.action ?? 'PUBLISH',
            reason: values.reason?.trim() || undefined,
            version: complaint.version,
          },
        }),
      ),
    '审核结果已保存',
    onClose,
  );
  return (
    <Modal
      open
      title="审核公开"
      okText="确定"
      cancelText="取消"
      confirmLoading={step.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ModerationValues>
        form={form}
        name="complaint-moderation"
        layout="vertical"
        initialValues={{ action: 'PUBLISH' }}
        onFinish={(values) => step.mutate(values)}
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
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ForwardValues {
  organizationId?: number;
  dueInWorkingDays?: number;
  note?: string;
}

/** 转办: to the business department whose HANDLER answers, due in working days. */
export function ForwardDialog({ complaint, onClose }: DialogProps) {
  const [form] = Form.useForm<ForwardValues>();
  const targets = useForwardTargets(complaint.id);
  const step = useComplaintStep(
    (values: ForwardValues) =>
      unwrap(
        api.POST('/api/v1/complaints/{id}/forward', {
          params: { path: { id: complaint.id } },
          body: {
            organizationId: values.organizationId ?? 0,
            dueInWorkingDays: values.dueInWorkingDays ?? 5,
            note: values.note?.trim() || undefined,
            version: complaint.version,
          },
        }),
      ),
    '已转送业务部门办理',
    onClose,
  );
  return (
    <Modal
      open
      title="转送业务部门"
      okText="转送"
      cancelText="取消"
      confirmLoading={step.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ForwardValues>
        form={form}
        name="complaint-forward"
        layout="vertical"
        initialValues={{ dueInWorkingDays: 5 }}
        onFinish={(values) => step.mutate(values)}
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
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface PromoteValues {
  question?: string;
  answer?: string;
}

/** 加入答问库: an answered consultation becomes an FAQ entry (question and answer editable). */
export function PromoteDialog({ complaint, onClose }: DialogProps) {
  const [form] = Form.useForm<PromoteValues>();
  const step = useComplaintStep(
    (values: PromoteValues) =>
      unwrap(
        api.POST('/api/v1/complaints/{id}/promote-to-faq', {
          params: { path: { id: complaint.id } },
          body: { question: values.question?.trim(), answer: values.answer?.trim() },
        }),
      ),
    '已加入答问库',
    onClose,
  );
  return (
    <Modal
      open
      title="加入答问库"
      okText="加入"
      cancelText="取消"
      confirmLoading={step.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PromoteValues>
        form={form}
        name="complaint-promote"
        layout="vertical"
        initialValues={{ question: complaint.title, answer: complaint.reply }}
        onFinish={(values) => step.mutate(values)}
      >
        <Form.Item
          name="question"
          label="问题"
          rules={[{ required: true, whitespace: true, message: '请填写问题' }, { max: 300 }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="answer"
          label="答复"
          rules={[{ required: true, whitespace: true, message: '请填写答复' }, { max: 5000 }]}
        >
          <Input.TextArea rows={5} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
