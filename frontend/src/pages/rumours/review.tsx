import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Radio } from 'antd';
import { ApiError } from '../../api/http';
import type { Classification, RebuttalResponse, TicketResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { CLASSIFICATION_LABELS } from '../../locales/review';
import { isWarningProblem } from '../reviews/check/problems';
import { ticketKeys } from '../reviews/queries';
import { rebuttalKeys, sendForReview, submitTicket } from './queries';

/** 送审: opens the review ticket, at least 重要 (Art 17, 23; sensitive topics become 重大敏感). */
export function ReviewDialog({
  rebuttal,
  onClose,
}: {
  rebuttal: RebuttalResponse;
  onClose: () => void;
}) {
  return (
    <FormModal<{ classification: Classification }>
      title="送审"
      okText="送审"
      name="rebuttal-review"
      initialValues={{ classification: 'IMPORTANT' }}
      submit={(values) => sendForReview(rebuttal, values.classification)}
      success="已生成审核单"
      invalidates={[rebuttalKeys.all]}
      onClose={onClose}
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
    </FormModal>
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
    mutationFn: (acknowledgeWarnings: boolean) => submitTicket(ticket, acknowledgeWarnings),
    onSuccess: () => void message.success('审核单已提交'),
    // warnings are confirmed in a dialog, not shown as an error
    meta: { problemShownInForm: (error) => error instanceof ApiError && isWarningProblem(error) },
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
