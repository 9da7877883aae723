import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { AccountResponse, AccountStatus, Platform } from '../../api/types';
import { labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { todayInShanghai } from '../../utils/dates';
import { fileNameOf, saveBlob, XLSX_TYPE } from '../../utils/download';

export interface AccountFilters {
  platform?: Platform;
  status?: AccountStatus;
  organizationId?: number;
  q?: string;
  overdue?: boolean;
}

export interface AccountQuery extends AccountFilters {
  page: number;
  size: number;
  sort?: string;
}

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: AccountQuery) => [...accountKeys.all, 'list', query] as const,
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

export function useAccounts(query: AccountQuery) {
  return useQuery({
    queryKey: accountKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/accounts', { params: { query } })),
  });
}

export function useCredentialHolders(accountId: number) {
  return useQuery({
    queryKey: accountKeys.holders(accountId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts/{accountId}/credential-holders', {
          params: { path: { accountId } },
        }),
      ),
  });
}

/** Saves the register, filtered as the list is, as an Excel file. */
export async function exportAccounts(filters: AccountFilters) {
  const { data, response } = await api.GET('/api/v1/accounts/export', {
    params: { query: filters },
    parseAs: 'blob',
    headers: { Accept: `${XLSX_TYPE}, application/problem+json` },
  });
  if (!data) throw new Error('导出失败');
  saveBlob(
    data,
    fileNameOf(
      response.headers.get('content-disposition'),
      `政务新媒体账号-${todayInShanghai()}.xlsx`,
    ),
  );
}

/** The accounts of the caller's subtree for a filter or a lookup (the first 100, any status). */
export function useAccountChoices() {
  return useQuery({
    queryKey: accountKeys.list({ page: 1, size: 100 }),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { page: 1, size: 100 } } })),
    select: (data) => data.items,
  });
}

/** The accounts as Select options (name, searchable). */
export function accountOptions(accounts: readonly AccountResponse[] | undefined) {
  return (accounts ?? []).map((account) => ({ value: account.id, label: account.name }));
}

/** Accounts matching the typed name, searched by the API (the caller's subtree, first 20). */
export function useAccountSearch(q: string) {
  return useQuery({
    queryKey: accountKeys.list({ q, page: 1, size: 20 }),
    queryFn: () =>
      unwrap(api.GET('/api/v1/accounts', { params: { query: { q: q || undefined, size: 20 } } })),
    select: (page) =>
      page.items.map((a) => ({
        value: a.id,
        label: `${a.name}（${labelOf(PLATFORM_LABELS, a.platform)}）`,
      })),
  });
}
