import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Descriptions, Form, Input, Modal, Radio } from 'antd';
import { api, unwrap } from '../../api/http';
import type { FilingDecisionRequest, FilingResponse } from '../../api/types';
import { FILING_TYPE_LABELS, labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatDate } from '../../utils/dates';
import { accountKeys } from '../accounts/queries';
import { filingKeys } from './queries';
import { decisionErrors } from './rules';

interface Values {
  decision?: FilingDecisionRequest['decision'];
  reason?: string;
}

/** 审核 dialog of the competent authority: 通过, or 退回 with a reason. */
export function DecisionDialog({
  filing,
  onClose,
}: {
  filing: FilingResponse;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const decision = Form.useWatch('decision', form);

  const mutation = useMutation({
    mutationFn: (values: Values) =>
      unwrap(
        api.POST('/api/v1/filings/{id}/decisions', {
          params: { path: { id: filing.id } },
          body: {
            decision: values.decision ?? 'APPROVE',
            reason: values.reason?.trim() ? values.reason.trim() : undefined,
          },
        }),
      ),
    onSuccess: async (decided) => {
      void message.success(decided.status === 'APPROVED' ? '备案已通过' : '备案已退回');
      await queryClient.invalidateQueries({ queryKey: filingKeys.all });
      await queryClient.invalidateQueries({ queryKey: accountKeys.all });
      onClose();
    },
  });

  const rule =
    (field: keyof Values) =>
    ({ getFieldsValue }: { getFieldsValue: () => Values }) => ({
      validator: () => {
        const error = decisionErrors(getFieldsValue())[field];
        return error ? Promise.reject(new Error(error)) : Promise.resolve();
      },
    });

  return (
    <Modal
      open
      title="审核备案"
      okText="提交审核"
      cancelText="取消"
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="账号">
          {filing.accountName}（{labelOf(PLATFORM_LABELS, filing.platform)}）
        </Descriptions.Item>
        <Descriptions.Item label="备案类型">
          {labelOf(FILING_TYPE_LABELS, filing.type)}
        </Descriptions.Item>
        <Descriptions.Item label="主办单位">{filing.hostOrganizationName}</Descriptions.Item>
        <Descriptions.Item label="省级备案期限">
          {formatDate(filing.provincialDeadline)}
        </Descriptions.Item>
      </Descriptions>
      <Form<Values>
        form={form}
        layout="vertical"
        name="decision"
        initialValues={{ decision: 'APPROVE' }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item name="decision" label="审核结果" rules={[rule('decision')]}>
          <Radio.Group
            options={[
              { value: 'APPROVE', label: '通过' },
              { value: 'RETURN', label: '退回' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={decision === 'RETURN' ? '退回理由' : '意见（可选）'}
          dependencies={['decision']}
          rules={[rule('reason')]}
          required={decision === 'RETURN'}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
