import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { ActivityFlag, Platform } from '../../api/types';
import { supervisionKeys } from '../supervision/keys';

/** The filters above 账号监测, as the form holds them. */
export interface ActivityFilters {
  asOf?: string;
  flag?: ActivityFlag;
  platform?: Platform;
  organizationId?: number;
}

/** Query parameters of GET /api/v1/supervision/accounts: unset filters are left out. */
export function activityQuery(filters: ActivityFilters, page: number, size: number) {
  const query: ActivityFilters & { page: number; size: number } = { page, size };
  if (filters.asOf) query.asOf = filters.asOf;
  if (filters.flag) query.flag = filters.flag;
  if (filters.platform) query.platform = filters.platform;
  if (filters.organizationId !== undefined && filters.organizationId !== null)
    query.organizationId = filters.organizationId;
  return query;
}

export function useOverview(asOf: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.overview(asOf),
    queryFn: () => unwrap(api.GET('/api/v1/supervision/overview', { params: { query: { asOf } } })),
  });
}

export function useOrganizationActivity(asOf: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.organizations(asOf),
    queryFn: () =>
      unwrap(api.GET('/api/v1/supervision/organizations', { params: { query: { asOf } } })),
  });
}

export function useAccountActivity(query: ReturnType<typeof activityQuery>) {
  return useQuery({
    queryKey: supervisionKeys.accounts(query),
    queryFn: () => unwrap(api.GET('/api/v1/supervision/accounts', { params: { query } })),
  });
}
