import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { RepostTaskRequest } from '../../api/types';
import { supervisionKeys } from '../supervision/keys';

export interface RepostQuery {
  outstanding?: boolean;
  q?: string;
  page: number;
  size: number;
}

export const repostKeys = {
  all: [...supervisionKeys.all, 'reposts'] as const,
  list: (query: RepostQuery) => [...repostKeys.all, 'list', query] as const,
  detail: (id: number) => [...repostKeys.all, 'detail', id] as const,
  completion: () => [...repostKeys.all, 'completion'] as const,
};

export function useRepostTasks(query: RepostQuery) {
  return useQuery({
    queryKey: repostKeys.list(query),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/repost-tasks', {
          params: { query: { ...query, outstanding: query.outstanding || undefined } },
        }),
      ),
  });
}

export function useRepostTask(id: number) {
  return useQuery({
    queryKey: repostKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/repost-tasks/{id}', { params: { path: { id } } })),
  });
}

export function useRepostCompletion() {
  return useQuery({
    queryKey: repostKeys.completion(),
    queryFn: () => unwrap(api.GET('/api/v1/repost-tasks/completion')),
  });
}

export function issueRepostTask(body: RepostTaskRequest) {
  return unwrap(api.POST('/api/v1/repost-tasks', { body }));
}

export function cancelRepostTask(id: number, reason: string) {
  return unwrap(
    api.POST('/api/v1/repost-tasks/{id}/cancel', { params: { path: { id } }, body: { reason } }),
  );
}

export function useRepostAttention() {
  return useQuery({
    queryKey: [...repostKeys.all, 'attention'] as const,
    queryFn: () => unwrap(api.GET('/api/v1/repost-tasks/attention')),
  });
}
