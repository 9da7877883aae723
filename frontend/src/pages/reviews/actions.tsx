import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import type { TicketResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { optionsOf } from '../../locales/zh-CN';
import { REVIEW_DECISION_LABELS } from '../../locales/review';
import {
  decideTicket,
  publishTicket,
  ticketKeys,
  type DecisionValues,
  type PublishValues,
} from './queries';
import { HTTP_URL_RULE } from '../../utils/urlRule';

interface DialogProps {
  ticket: TicketResponse;
  onClose: () => void;
}

/** 审核 dialog of the current step: 通过, or 退回 / 不予发布 with a comment. */
export function ReviewDecisionDialog({ ticket, onClose }: DialogProps) {
  const [form] = Form.useForm<DecisionValues>();
  const decision = Form.useWatch('decision', form);
  return (
    <FormModal<DecisionValues>
      title={`审核：${ticket.title}`}
      okText="提交"
      form={form}
      name="review-decision"
      initialValues={{ decision: 'APPROVE' }}
      submit={(values) => decideTicket(ticket, values)}
      success="审核意见已提交"
      invalidates={[ticketKeys.all]}
      onClose={onClose}
    >
      <Form.Item name="decision" label="审核结论" rules={[{ required: true }]}>
        <Radio.Group options={optionsOf(REVIEW_DECISION_LABELS)} />
      </Form.Item>
      <Form.Item
        name="comment"
        label="审核意见"
        dependencies={['decision']}
        rules={[
          {
            required: decision !== undefined && decision !== 'APPROVE',
            whitespace: true,
            message: '退回或不予发布须填写审核意见',
          },
        ]}
      >
        <Input.TextArea rows={4} maxLength={1000} showCount />
      </Form.Item>
    </FormModal>
  );
}

/** 登记发布: the URL and time the approved content went out. */
export function PublishDialog({ ticket, onClose }: DialogProps) {
  return (
    <FormModal<PublishValues>
      title="登记发布"
      okText="登记"
      name="review-publish"
      initialValues={{ publishedAt: dayjs() }}
      submit={(values) => publishTicket(ticket.id, values)}
      success="已登记发布"
      invalidates={[ticketKeys.all]}
      onClose={onClose}
    >
      <Form.Item
        name="url"
        label="发布链接"
        rules={[{ required: true, message: '请填写发布链接' }, HTTP_URL_RULE]}
      >
        <Input maxLength={1000} showCount />
      </Form.Item>
      <Form.Item
        name="publishedAt"
        label="发布时间"
        rules={[{ required: true, message: '请选择发布时间' }]}
      >
        <DatePicker showTime />
      </Form.Item>
    </FormModal>
  );
}
