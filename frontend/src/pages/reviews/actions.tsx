import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/http';
import type { TicketActionRequest, TicketResponse } from '../../api/types';
import { optionsOf, REVIEW_DECISION_LABELS } from '../../locales/zh-CN';
import { ticketKeys } from './queries';

interface DecisionValues {
  decision?: TicketActionRequest['decision'];
  comment?: string;
}

/** 审核 dialog of the current step: 通过, or 退回 / 不予发布 with a comment. */
export function ReviewDecisionDialog({
  ticket,
  onClose,
}: {
  ticket: TicketResponse;
  onClose: () => void;
}) {
  const [form] = Form.useForm<DecisionValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const decision = Form.useWatch('decision', form);
  const mutation = useMutation({
    mutationFn: (values: DecisionValues) =>
      unwrap(
        api.POST('/api/v1/review-tickets/{id}/decisions', {
          params: { path: { id: ticket.id } },
          body: {
            decision: values.decision ?? 'APPROVE',
            comment: values.comment?.trim() ? values.comment.trim() : undefined,
            version: ticket.version,
          },
        }),
      ),
    onSuccess: async () => {
      void message.success('审核意见已提交');
      await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      onClose();
    },
  });
  return (
    <Modal
      open
      title={`审核：${ticket.title}`}
      okText="提交"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<DecisionValues>
        form={form}
        name="review-decision"
        layout="vertical"
        initialValues={{ decision: 'APPROVE' }}
        onFinish={(values) => mutation.mutate(values)}
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
      </Form>
    </Modal>
  );
}

interface PublishValues {
  url?: string;
  publishedAt?: Dayjs | null;
}

/** 登记发布: the URL and time the approved content went out. */
export function PublishDialog({
  ticket,
  onClose,
}: {
  ticket: TicketResponse;
  onClose: () => void;
}) {
  const [form] = Form.useForm<PublishValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (values: PublishValues) =>
      unwrap(
        api.POST('/api/v1/review-tickets/{id}/publish', {
          params: { path: { id: ticket.id } },
          body: {
            url: values.url?.trim() ?? '',
            publishedAt: (values.publishedAt ?? dayjs()).toISOString(),
          },
        }),
      ),
    onSuccess: async () => {
      void message.success('已登记发布');
      await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      onClose();
    },
  });
  return (
    <Modal
      open
      title="登记发布"
      okText="登记"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PublishValues>
        form={form}
        name="review-publish"
        layout="vertical"
        initialValues={{ publishedAt: dayjs() }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          name="url"
          label="发布链接"
          rules={[
            { required: true, message: '请填写发布链接' },
            { pattern: /^https?:\/\/\S+$/, message: '请输入 http(s) 地址' },
          ]}
        >
          <Input maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="publishedAt"
          label="发布时间"
          rules={[{ required: true, message: '请选择发布时间' }]}
        >
          <DatePicker showTime />
        </Form.Item>
      </Form>
    </Modal>
  );
}
