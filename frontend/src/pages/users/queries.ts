import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { Role, UserResponse, UserStatus, UserWithOneTimePassword } from '../../api/types';

export interface UserQuery {
  organizationId?: number;
  q?: string;
  role?: Role;
  status?: UserStatus;
  page: number;
  size: number;
}

export const userKeys = {
  all: ['users'] as const,
  list: (query: UserQuery) => [...userKeys.all, 'list', query] as const,
};

export function useUsers(query: UserQuery) {
  return useQuery({
    queryKey: userKeys.list(query),
    queryFn: () =>
      unwrap(api.GET('/api/v1/users', { params: { query: { ...query, sort: 'username,asc' } } })),
  });
}

export type UserAction = 'disable' | 'enable' | 'unlock';

function post(id: number, action: UserAction): Promise<UserResponse> {
  const params = { params: { path: { id } } };
  switch (action) {
    case 'disable':
      return unwrap(api.POST('/api/v1/users/{id}/disable', params));
    case 'enable':
      return unwrap(api.POST('/api/v1/users/{id}/enable', params));
    case 'unlock':
      return unwrap(api.POST('/api/v1/users/{id}/unlock', params));
  }
}

/** 停用 / 启用 / 解锁 one user, then reload the list. */
export function useUserAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: UserAction }) => post(id, action),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** 重置密码: answers the new one-time password, shown once. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number): Promise<UserWithOneTimePassword> =>
      unwrap(api.POST('/api/v1/users/{id}/password-reset', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}

/** The values of the 新建用户 / 编辑用户 form. */
export interface UserValues {
  username?: string;
  displayName?: string;
  organizationId?: number;
  roles?: Role[];
}

/** Creates a user (answering the one-time password) or changes one's name and roles. */
export async function saveUser(
  values: UserValues,
  user: UserResponse | undefined,
): Promise<UserWithOneTimePassword | undefined> {
  const displayName = values.displayName?.trim() ?? '';
  if (user) {
    const body = { displayName, roles: values.roles, version: user.version };
    await unwrap(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body }));
    return undefined;
  }
  const body = {
    username: values.username?.trim() ?? '',
    displayName,
    organizationId: values.organizationId ?? 0,
    roles: values.roles ?? [],
  };
  return unwrap(api.POST('/api/v1/users', { body }));
}
