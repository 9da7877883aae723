import { Checkbox, Form, Input } from 'antd';
import type { Role, UserResponse, UserWithOneTimePassword } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { FormModal } from '../../components/kit';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { ROLE_LABELS } from '../../locales/zh-CN';
import { useOrganizationTree } from '../organizations/queries';
import { saveUser, userKeys, type UserValues as Values } from './queries';
import { findOrganization, grantableRoles } from './rules';

const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/**
 * 新建用户 (answers a one-time password through `onCreated`) or 编辑用户 (display name and roles).
 * Only roles the caller may grant and that fit the organization are offered; the API checks both again.
 */
export function UserForm({
  user,
  onClose,
  onCreated,
}: {
  user?: UserResponse;
  onClose: () => void;
  onCreated: (result: UserWithOneTimePassword) => void;
}) {
  const [form] = Form.useForm<Values>();
  const caller = useCurrentUser();
  const tree = useOrganizationTree();
  const chosenOrganization = Form.useWatch('organizationId', form);
  const organizationId = user ? user.organization.id : chosenOrganization;
  const roles = grantableRoles(caller.roles, findOrganization(tree.data, organizationId));

  return (
    <FormModal<Values, UserWithOneTimePassword | undefined>
      title={user ? `编辑用户：${user.displayName}（${user.username}）` : '新建用户'}
      form={form}
      name="user"
      initialValues={user ? { displayName: user.displayName, roles: user.roles } : { roles: [] }}
      submit={(values) => saveUser(values, user)}
      success={(created) => (created ? undefined : '用户已保存')}
      invalidates={[userKeys.all]}
      onSuccess={(created) => created && onCreated(created)}
      onClose={onClose}
    >
      {!user && (
        <Form.Item
          name="username"
          label="用户名"
          extra="登录用，3–64 位小写字母、数字或 . _ -，创建后不能修改"
          rules={[
            { required: true, message: '请输入用户名' },
            {
              pattern: USERNAME_PATTERN,
              message: '须为 3–64 位小写字母、数字或 . _ -，以字母或数字开头',
            },
          ]}
        >
          <Input maxLength={64} showCount autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label="姓名"
        rules={[
          { required: true, whitespace: true, message: '请输入姓名' },
          { max: 100, message: '姓名不能超过 100 个字符' },
        ]}
      >
        <Input maxLength={100} showCount />
      </Form.Item>
      {!user && (
        <Form.Item
          name="organizationId"
          label="所在单位"
          rules={[{ required: true, message: '请选择所在单位' }]}
        >
          <OrganizationTreeSelect
            onChange={(id: number) => {
              const fitting = grantableRoles(caller.roles, findOrganization(tree.data, id));
              const chosen = form.getFieldValue('roles') as Role[] | undefined;
              form.setFieldValue(
                'roles',
                (chosen ?? []).filter((role) => fitting.includes(role)),
              );
            }}
          />
        </Form.Item>
      )}
      <Form.Item
        name="roles"
        label="角色"
        extra="只列出您可以授予、且与所在单位相符的角色"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个角色' }]}
      >
        <Checkbox.Group
          options={roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
        />
      </Form.Item>
    </FormModal>
  );
}
