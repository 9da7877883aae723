import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import type { Incident, IncidentEventKind, IncidentEventRequest } from '../../api/types';
import { FormModal } from '../../components/kit';
import {
  FORWARD_TARGET_LABELS,
  INCIDENT_GRADE_LABELS,
  INCIDENT_STEP_LABELS,
} from '../../locales/incident';
import { optionsOf } from '../../locales/zh-CN';
import { incidentKeys, recordStep } from './queries';

type StepValues = Omit<IncidentEventRequest, 'kind' | 'version'>;

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** The fields each step asks for; the API checks the same (TimelineRules). */
function StepFields({ kind }: { kind: IncidentEventKind }) {
  switch (kind) {
    case 'GRADED':
      return (
        <>
          <Form.Item
            name="grade"
            label="调整为"
            rules={[{ required: true, message: '请选择级别' }]}
          >
            <Select aria-label="调整后的级别" options={optionsOf(INCIDENT_GRADE_LABELS)} />
          </Form.Item>
          <Form.Item name="note" label="理由" rules={required('请填写调整理由')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </>
      );
    case 'FORWARDED':
      return (
        <>
          <Form.Item
            name="forwardedTo"
            label="转交"
            rules={[{ required: true, message: '请选择转交部门' }]}
          >
            <Select aria-label="转交部门" options={optionsOf(FORWARD_TARGET_LABELS)} />
          </Form.Item>
          <Form.Item name="receiptNo" label="回执编号" rules={required('请填写回执编号')}>
            <Input maxLength={100} showCount />
          </Form.Item>
          <Form.Item name="note" label="说明">
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
        </>
      );
    case 'TICKET_LINKED':
      return (
        <Form.Item
          name="ticketId"
          label="审核工单编号"
          extra="回应稿件和滚动发布的内容须先经审核（第二十三条）"
          rules={[{ required: true, message: '请填写审核工单编号' }]}
        >
          <InputNumber min={1} style={{ width: 200 }} />
        </Form.Item>
      );
    case 'CLOSED':
      return (
        <>
          <Form.Item name="cause" label="事件原因" rules={required('请填写事件原因')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="measuresTaken" label="整改措施" rules={required('请填写整改措施')}>
            <Input.TextArea rows={3} maxLength={2000} showCount />
          </Form.Item>
          <Form.Item name="unfounded" valuePropName="checked">
            <Checkbox>经核实不属实（不计入安全事件否决）</Checkbox>
          </Form.Item>
        </>
      );
    case 'PROGRESS':
      return (
        <Form.Item name="note" label="处置进展" rules={required('请填写处置进展')}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      );
    default:
      return (
        <Form.Item name="note" label="说明">
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      );
  }
}

/** One step of the timeline, sent with the incident's version. */
export function StepDialog({
  incident,
  kind,
  onClose,
}: {
  incident: Incident;
  kind: IncidentEventKind;
  onClose: () => void;
}) {
  return (
    <FormModal<StepValues>
      title={INCIDENT_STEP_LABELS[kind]}
      name={`incident-step-${kind.toLowerCase()}`}
      okText="确定"
      success={`已记录：${INCIDENT_STEP_LABELS[kind]}`}
      invalidates={[incidentKeys.all]}
      submit={(values) => recordStep(incident.id, { ...values, kind, version: incident.version })}
      onClose={onClose}
    >
      <StepFields kind={kind} />
    </FormModal>
  );
}
