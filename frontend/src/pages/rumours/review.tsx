import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Modal, Radio } from 'antd';
import { api, ApiError, unwrap } from '../../api/http';
import type { Classification, RebuttalResponse, TicketResponse } from '../../api/types';
import { CLASSIFICATION_LABELS } from '../../locales/zh-CN';
import { isWarningProblem } from '../reviews/problems';
import { ticketKeys } from '../reviews/queries';
import { rebuttalKeys } from './queries';

/** 送审: opens the review ticket, at least 重要 (Art 17, 23; sensitive topics become 重大敏感). */
export function ReviewDialog({
  rebuttal,
  onClose,
}: {
  rebuttal: RebuttalResponse;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ classification: Classification }>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (classification: Classification) =>
      unwrap(
        api.POST('/api/v1/rumour-rebuttals/{id}/review', {
          params: { path: { id: rebuttal.id } },
          body: { classification, version: rebuttal.version },
        }),
      ),
    onSuccess: async () => {
      void message.success('已生成审核单');
      await queryClient.invalidateQueries({ queryKey: rebuttalKeys.all });
      onClose();
    },
    onError: () => queryClient.invalidateQueries({ queryKey: rebuttalKeys.all }),
  });
  return (
    <Modal
      open
      title="送审"
      okText="送审"
      cancelText="取消"
      confirmLoading={send.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        name="rebuttal-review"
        layout="vertical"
        initialValues={{ classification: 'IMPORTANT' }}
        onFinish={(values) => send.mutate(values.classification)}
      >
        <Form.Item
          name="classification"
          label="审核分级"
          extra="辟谣至少按重要信息审核（分管领导签发）；涉及重大敏感事项自动按重大敏感审核"
        >
          <Radio.Group
            options={(['IMPORTANT', 'MAJOR'] as const).map((value) => ({
              value,
              label: CLASSIFICATION_LABELS[value],
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * 提交审核单: submits the ticket 送审 opened, unchanged (the rebuttal is public only with the content
 * it was sent with). Warnings of the automatic check are confirmed, then acknowledged.
 */
export function SubmitTicketButton({ ticket }: { ticket: TicketResponse }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const submit = useMutation({
    mutationFn: (acknowledgeWarnings: boolean) =>
      unwrap(
        api.POST('/api/v1/review-tickets/{id}/submit', {
          params: { path: { id: ticket.id } },
          body: { acknowledgeWarnings, version: ticket.version },
        }),
      ),
    onSuccess: () => void message.success('审核单已提交'),
    onError: (error) => {
      if (!(error instanceof ApiError) || !isWarningProblem(error)) return;
      modal.confirm({
        title: '自动检查有提示',
        content: error.fieldErrors.map((v) => v.message ?? v.code).join('；'),
        okText: '确认并提交',
        cancelText: '取消',
        onOk: () => submit.mutate(true),
      });
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ticketKeys.all });
      await queryClient.invalidateQueries({ queryKey: rebuttalKeys.all });
    },
  });
  return (
    <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate(false)}>
      提交审核单
    </Button>
  );
}
