import { Form, Input, Select } from 'antd';
import { api, unwrap } from '../../api/http';
import type { AccountObligation, OrganizationResponse } from '../../api/types';
import { FormModal } from '../../components/kit';
import { OBLIGATION_LABELS, optionsOf } from '../../locales/zh-CN';
import { organizationKeys } from './queries';

interface ObligationValues {
  obligation: AccountObligation;
  reason?: string;
}

/** 调整开设义务 (Art 11): by the unit's competent authority; an exemption states its reason. */
export function ObligationDialog({
  organization,
  onClose,
}: {
  organization: OrganizationResponse;
  onClose: () => void;
}) {
  const [form] = Form.useForm<ObligationValues>();
  const obligation = Form.useWatch('obligation', form);
  return (
    <FormModal<ObligationValues>
      title={`开设义务：${organization.name}`}
      name="account-obligation"
      form={form}
      initialValues={{
        obligation: organization.accountObligation,
        reason: organization.obligationReason,
      }}
      success="开设义务已调整"
      invalidates={[organizationKeys.all]}
      submit={(values) =>
        unwrap(
          api.PUT('/api/v1/organizations/{id}/account-obligation', {
            params: { path: { id: organization.id } },
            body: { ...values, version: organization.version },
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item name="obligation" label="开设义务" rules={[{ required: true }]}>
        <Select aria-label="开设义务" options={optionsOf(OBLIGATION_LABELS)} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="理由"
        rules={[
          {
            required: obligation?.startsWith('EXEMPT') ?? false,
            whitespace: true,
            message: '免于开设须写明理由',
          },
        ]}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          showCount
          placeholder="如：涉密单位，经市保密局认定"
        />
      </Form.Item>
    </FormModal>
  );
}
