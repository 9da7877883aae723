import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';

export const syncKeys = {
  all: ['sync'] as const,
  deliveries: (status: string | undefined, page: number) =>
    [...syncKeys.all, 'deliveries', { status, page }] as const,
  attempts: (id: number) => [...syncKeys.all, 'attempts', id] as const,
  alerts: ['sync', 'alerts'] as const,
  latest: ['sync', 'reconciliation', 'latest'] as const,
};

export function useAlerts() {
  return useQuery({
    queryKey: syncKeys.alerts,
    queryFn: () => unwrap(api.GET('/api/v1/sync/alerts')),
  });
}
