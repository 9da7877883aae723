import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { RebuttalStatus } from '../../api/types';

export interface RebuttalQuery {
  status?: RebuttalStatus;
  q?: string;
  page: number;
  size: number;
}

export const rebuttalKeys = {
  all: ['rumour-rebuttals'] as const,
  list: (query: RebuttalQuery) => [...rebuttalKeys.all, 'list', query] as const,
  detail: (id: number) => [...rebuttalKeys.all, 'detail', id] as const,
};

export function useRebuttals(query: RebuttalQuery) {
  return useQuery({
    queryKey: rebuttalKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/rumour-rebuttals', { params: { query } })),
  });
}

export function useRebuttal(id: number | undefined) {
  return useQuery({
    queryKey: rebuttalKeys.detail(id ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/rumour-rebuttals/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined && Number.isFinite(id),
  });
}
