import { Form, Input } from 'antd';
import { api, unwrap } from '../../api/http';
import type { OrganizationResponse, SignOffDesignation } from '../../api/types';
import { FormModal } from '../../components/kit';
import { signerKey } from './queries';

interface SignerValues {
  signer: string;
  deputy?: string;
}

const LOGIN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

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
              signer: values.signer.trim(),
              deputy: values.deputy?.trim() || undefined,
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
        extra="本单位审核员、分管领导或主要领导的登录名"
        rules={[
          { required: true, whitespace: true, message: '请输入签发人的登录名' },
          { pattern: LOGIN, message: '登录名为 3–64 位小写字母、数字、点、连字符或下划线' },
        ]}
      >
        <Input placeholder="如：cc-reviewer" />
      </Form.Item>
      <Form.Item
        name="deputy"
        label="代签人"
        dependencies={['signer']}
        rules={[
          { pattern: LOGIN, message: '登录名为 3–64 位小写字母、数字、点、连字符或下划线' },
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              value && value.trim() === (getFieldValue('signer') as string | undefined)?.trim()
                ? Promise.reject(new Error('代签人不能与签发人是同一人'))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input placeholder="签发人不在时代为签发（可不填）" />
      </Form.Item>
    </FormModal>
  );
}
