import { useQuery } from '@tanstack/react-query';
import { useAuth } from 'react-oidc-context';
import { access, type Access } from '../access';
import { api, unwrap } from '../api/http';
import type { Me } from '../api/types';
import { claimsOf } from './oidc';

export interface CurrentUser {
  username: string;
  displayName: string;
  roles: string[];
  organizationCode?: string;
  organizationName?: string;
  access: Access;
  me?: Me;
}

export const meQueryKey = ['me'] as const;

/** The signed-in user: token claims at once, refined by GET /api/v1/me. */
export function useCurrentUser(): CurrentUser {
  const auth = useAuth();
  const claims = claimsOf(auth.user);
  const { data: me } = useQuery({
    queryKey: meQueryKey,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    enabled: auth.isAuthenticated,
    staleTime: 5 * 60_000,
  });
  const roles: string[] = me?.roles ?? claims.roles ?? [];
  const username = me?.username ?? claims.preferred_username ?? '';
  return {
    username,
    displayName: claims.name ?? username,
    roles,
    organizationCode: me?.organizationCode ?? claims.org_code,
    organizationName: me?.organization?.name ?? undefined,
    access: access(roles),
    me,
  };
}
