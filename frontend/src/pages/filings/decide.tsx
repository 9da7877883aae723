import { Descriptions, Form, Input, Radio } from 'antd';
import type { FilingDecisionRequest, FilingResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { FILING_TYPE_LABELS, labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { formatDate } from '../../utils/dates';
import { accountKeys } from '../accounts/queries';
import { decideFiling, filingKeys } from './queries';
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
  const decision = Form.useWatch('decision', form);

  const rule =
    (field: keyof Values) =>
    ({ getFieldsValue }: { getFieldsValue: () => Values }) => ({
      validator: () => {
        const error = decisionErrors(getFieldsValue())[field];
        return error ? Promise.reject(new Error(error)) : Promise.resolve();
      },
    });

  return (
    <FormModal<Values, FilingResponse>
      title="审核备案"
      okText="提交审核"
      form={form}
      name="decision"
      initialValues={{ decision: 'APPROVE' }}
      submit={(values) =>
        decideFiling(filing.id, {
          decision: values.decision ?? 'APPROVE',
          reason: values.reason?.trim() ? values.reason.trim() : undefined,
        })
      }
      success={(decided) => (decided.status === 'APPROVED' ? '备案已通过' : '备案已退回')}
      invalidates={[filingKeys.all, accountKeys.all]}
      onClose={onClose}
      intro={
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
      }
    >
      <Form.Item name="decision" label="审核结果" rules={[rule('decision')]}>
        <Radio.Group
          options={[
            { value: 'APPROVE', label: '通过' },
            // an ordered closure (Art 34) is the authority's own order: it cannot be returned
            {
              value: 'RETURN',
              label: '退回',
              disabled: filing.basisType === 'ORDERED_BY_AUTHORITY',
            },
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
    </FormModal>
  );
}
