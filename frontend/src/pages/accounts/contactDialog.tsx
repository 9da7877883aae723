import { Alert, Form, Input } from 'antd';
import { api, unwrap } from '../../api/http';
import type { AccountResponse, AccountUpdateRequest } from '../../api/types';
import { FormModal } from '../../components/kit';
import { HTTP_URL_RULE } from '../../utils/urlRule';
import { accountKeys } from './queries';

type ContactValues = Omit<AccountUpdateRequest, 'version'>;

/** 修改非备案信息: the fields that need no filing; everything else changes through a CHANGE filing (变更备案). */
export function ContactDialog({
  account,
  onClose,
}: {
  account: AccountResponse;
  onClose: () => void;
}) {
  return (
    <FormModal<ContactValues>
      title={`修改非备案信息：${account.name}`}
      name="account-contact"
      initialValues={{ responsiblePhone: account.responsiblePhone, avatarUrl: account.avatarUrl }}
      submit={(values) =>
        unwrap(
          api.PATCH('/api/v1/accounts/{id}', {
            params: { path: { id: account.id } },
            body: {
              responsiblePhone: values.responsiblePhone?.trim() || undefined,
              avatarUrl: values.avatarUrl?.trim() || undefined,
              version: account.version,
            },
          }),
        )
      }
      success="非备案信息已修改"
      invalidates={[accountKeys.all]}
      onClose={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="名称、平台、主办单位、运维方式等备案信息须通过“变更备案”修改（《办法》第十五条）。"
      />
      <Form.Item
        name="responsiblePhone"
        label="责任人电话"
        rules={[{ pattern: /^[0-9+-]{5,20}$/, message: '电话为 5–20 位数字，可含 + 和 -' }]}
      >
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item name="avatarUrl" label="头像地址" rules={[HTTP_URL_RULE]}>
        <Input maxLength={500} showCount placeholder="https://" />
      </Form.Item>
    </FormModal>
  );
}
