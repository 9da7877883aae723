import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { AccountResponse, AccountStatus, Platform } from '../../api/types';

export interface AccountFilters {
  platform?: Platform;
  status?: AccountStatus;
  organizationId?: number;
  q?: string;
  overdue?: boolean;
}

export const accountKeys = {
  all: ['accounts'] as const,
  list: (filters: AccountFilters, page: number, size: number, sort?: string) =>
    [...accountKeys.all, 'list', { ...filters, page, size, sort }] as const,
  detail: (id: number) => [...accountKeys.all, 'detail', id] as const,
  history: (id: number) => [...accountKeys.all, 'history', id] as const,
  holders: (id: number) => [...accountKeys.all, 'holders', id] as const,
};

export function useAccount(id: number | undefined) {
  return useQuery({
    queryKey: accountKeys.detail(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/accounts/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined && Number.isFinite(id),
  });
}

/** The accounts of the caller's subtree for a filter or a lookup (the first 100, any status). */
export function useAccountChoices() {
  return useQuery({
    queryKey: accountKeys.list({}, 1, 100),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { page: 1, size: 100 } } })),
    select: (data) => data.items,
  });
}

/** The accounts as Select options (name, searchable). */
export function accountOptions(accounts: readonly AccountResponse[] | undefined) {
  return (accounts ?? []).map((account) => ({ value: account.id, label: account.name }));
}
