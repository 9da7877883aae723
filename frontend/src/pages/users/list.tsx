import { Button, Popconfirm, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import type { Role, UserResponse, UserStatus, UserWithOneTimePassword } from '../../api/types';
import { useCurrentUser } from '../../auth/useCurrentUser';
import {
  ListCard,
  PagedTable,
  param,
  SearchBox,
  usePagedList,
  AddButton,
} from '../../components/kit';
import { OrganizationTreeSelect } from '../../components/OrganizationTreeSelect';
import { StatusFilter } from '../../components/StatusFilter';
import {
  labelOf,
  optionsOf,
  ROLE_LABELS,
  USER_STATUS_COLORS,
  USER_STATUS_LABELS,
} from '../../locales/zh-CN';
import { formatTime } from '../../utils/dates';
import { UserForm } from './form';
import { OneTimePasswordDialog } from './oneTimePassword';
import { useResetPassword, useUserAction, useUsers } from './queries';
import { mayModify } from './rules';

const filterParams = {
  organizationId: param.number(),
  role: param.text<Role>(),
  status: param.text<UserStatus>(),
  q: param.text(),
};
type Dialog =
  | { kind: 'create' }
  | { kind: 'edit'; user: UserResponse }
  | { kind: 'password'; result: UserWithOneTimePassword };

function UserActions({
  user,
  onEdit,
  onPassword,
}: {
  user: UserResponse;
  onEdit: () => void;
  onPassword: (result: UserWithOneTimePassword) => void;
}) {
  const caller = useCurrentUser();
  const action = useUserAction();
  const reset = useResetPassword();
  if (!mayModify(caller.roles, user)) return null;
  const self = user.username === caller.username;
  const run = (kind: 'disable' | 'enable' | 'unlock') =>
    action.mutate({ id: user.id, action: kind });
  return (
    <Space size="small" wrap>
      <Button size="small" onClick={onEdit}>
        编辑
      </Button>
      {user.status === 'LOCKED' && (
        <Button size="small" onClick={() => run('unlock')}>
          解锁
        </Button>
      )}
      {user.status === 'DISABLED' ? (
        <Button size="small" onClick={() => run('enable')}>
          启用
        </Button>
      ) : (
        !self && (
          <Popconfirm
            title="停用后该用户不能登录，已登录的会话随即失效。确定停用？"
            okText="停用"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            onConfirm={() => run('disable')}
          >
            <Button size="small" danger>
              停用
            </Button>
          </Popconfirm>
        )
      )}
      <Popconfirm
        title="将生成新的一次性密码，原密码立即失效。确定重置？"
        okText="重置"
        cancelText="取消"
        onConfirm={() => reset.mutate(user.id, { onSuccess: onPassword })}
      >
        <Button size="small">重置密码</Button>
      </Popconfirm>
    </Space>
  );
}

/** 用户管理: who may log in, with which roles, in which organization (CITY_ADMIN city-wide, SUPERVISOR its jurisdiction). */
export function UserList() {
  const list = usePagedList(filterParams);
  const users = useUsers(list.query);
  const [dialog, setDialog] = useState<Dialog>();
  const { filters, setFilters: filter } = list;

  return (
    <ListCard
      title="用户管理"
      extra={<AddButton onClick={() => setDialog({ kind: 'create' })}>新建用户</AddButton>}
    >
      <Space wrap>
        <OrganizationTreeSelect
          aria-label="所在单位"
          allowClear
          placeholder="全部单位"
          style={{ width: 260 }}
          value={filters.organizationId}
          onChange={(organizationId?: number) => filter({ organizationId })}
        />
        <Select<Role>
          aria-label="角色"
          allowClear
          placeholder="全部角色"
          style={{ width: 140 }}
          options={optionsOf(ROLE_LABELS)}
          value={filters.role}
          onChange={(role?: Role) => filter({ role })}
        />
        <StatusFilter
          label="用户状态"
          labels={USER_STATUS_LABELS}
          value={filters.status}
          onChange={(status) => filter({ status: status })}
        />
        <SearchBox
          aria-label="搜索用户"
          placeholder="按用户名或姓名搜索"
          enterButton="搜索"
          style={{ width: 280 }}
          value={filters.q}
          onSearch={(q) => filter({ q })}
        />
      </Space>
      <PagedTable<UserResponse>
        rowKey="id"
        aria-label="用户列表"
        list={list}
        result={users}
        sizeChanger={false}
        totalText={(total) => `共 ${total} 个用户`}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '所在单位', key: 'organization', render: (_, row) => row.organization.name },
          {
            title: '角色',
            dataIndex: 'roles',
            render: (roles: Role[]) =>
              roles.map((role) => <Tag key={role}>{ROLE_LABELS[role]}</Tag>),
          },
          {
            title: '状态',
            dataIndex: 'status',
            render: (status: UserStatus, row) => (
              <Space size={4} wrap>
                <Tag color={USER_STATUS_COLORS[status]}>{labelOf(USER_STATUS_LABELS, status)}</Tag>
                {row.mustChangePassword && <Tag color="orange">待改密码</Tag>}
                {row.mfaEnrolled && <Tag color="blue">双因素</Tag>}
              </Space>
            ),
          },
          { title: '创建时间', dataIndex: 'createdAt', render: formatTime },
          {
            title: '操作',
            key: 'actions',
            render: (_, row) => (
              <UserActions
                user={row}
                onEdit={() => setDialog({ kind: 'edit', user: row })}
                onPassword={(result) => setDialog({ kind: 'password', result })}
              />
            ),
          },
        ]}
      />
      {(dialog?.kind === 'create' || dialog?.kind === 'edit') && (
        <UserForm
          user={dialog.kind === 'edit' ? dialog.user : undefined}
          onClose={() => setDialog(undefined)}
          onCreated={(result) => setDialog({ kind: 'password', result })}
        />
      )}
      {dialog?.kind === 'password' && (
        <OneTimePasswordDialog result={dialog.result} onClose={() => setDialog(undefined)} />
      )}
    </ListCard>
  );
}
