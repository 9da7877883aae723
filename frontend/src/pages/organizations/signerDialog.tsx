import { Form, Select } from 'antd';
import { api, unwrap } from '../../api/http';
import type { OrganizationResponse, SignOffDesignation } from '../../api/types';
import { FormModal } from '../../components/kit';
import { signerKey, useSignOffCandidates } from './queries';

interface SignerValues {
  signer: string;
  deputy?: string;
}

/** 指定签发人 (Art 17): a GENERAL post is signed off by this person, or by the deputy in their absence. */
export function SignerDialog({
  organization,
  designation,
  onClose,
}: {
  organization: OrganizationResponse;
  designation: SignOffDesignation | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<SignerValues>();
  const candidates = useSignOffCandidates(organization.id);
  const options = (candidates.data ?? []).map((person) => ({
    value: person.username,
    label: `${person.displayName}（${person.username}）`,
  }));
  const select = {
    options,
    loading: candidates.isLoading,
    showSearch: { optionFilterProp: 'label' },
    notFoundContent: '本单位没有在用的审核员或领导账号',
  };
  return (
    <FormModal<SignerValues>
      title={`一般信息签发人：${organization.name}`}
      name="sign-off-designation"
      form={form}
      initialValues={{
        signer: designation?.signer.username,
        deputy: designation?.deputy?.username,
      }}
      success="签发人已指定"
      invalidates={[signerKey(organization.id)]}
      submit={(values) =>
        unwrap(
          api.PUT('/api/v1/sign-off-designations/{hostOrganizationId}', {
            params: { path: { hostOrganizationId: organization.id } },
            body: {
              signer: values.signer,
              deputy: values.deputy || undefined,
              version: designation?.version,
            },
          }),
        )
      }
      onClose={onClose}
    >
      <Form.Item
        name="signer"
        label="签发人"
        extra="本单位在用的审核员、分管领导或主要领导"
        rules={[{ required: true, message: '请选择签发人' }]}
      >
        <Select {...select} placeholder="选择签发人" />
      </Form.Item>
      <Form.Item
        name="deputy"
        label="代签人"
        dependencies={['signer']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              value && value === getFieldValue('signer')
                ? Promise.reject(new Error('代签人不能与签发人是同一人'))
                : Promise.resolve(),
          }),
        ]}
      >
        <Select {...select} allowClear placeholder="签发人不在时代为签发（可不填）" />
      </Form.Item>
    </FormModal>
  );
}
