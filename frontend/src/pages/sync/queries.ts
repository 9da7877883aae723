import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/http';
import type { DeliveryResponse, ReconciliationReport } from '../../api/types';

export interface DeliveryQuery {
  status?: DeliveryResponse['status'];
  page: number;
  size: number;
}

export const syncKeys = {
  all: ['sync'] as const,
  deliveries: (query: DeliveryQuery) => [...syncKeys.all, 'deliveries', query] as const,
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

export function useDeliveries(query: DeliveryQuery) {
  return useQuery({
    queryKey: syncKeys.deliveries(query),
    queryFn: () => unwrap(api.GET('/api/v1/sync/deliveries', { params: { query } })),
  });
}

export function useAttempts(deliveryId: number) {
  return useQuery({
    queryKey: syncKeys.attempts(deliveryId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sync/deliveries/{id}/attempts', { params: { path: { id: deliveryId } } }),
      ),
  });
}

export function retryDelivery(id: number) {
  return unwrap(api.POST('/api/v1/sync/deliveries/{id}/retry', { params: { path: { id } } }));
}

export function useLatestReconciliation() {
  return useQuery({
    queryKey: syncKeys.latest,
    // 404 means no reconciliation has run yet: an empty state, not an error
    queryFn: async (): Promise<ReconciliationReport | null> => {
      try {
        return await unwrap(api.GET('/api/v1/sync/reconciliations/latest'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
}

export function runReconciliation() {
  return unwrap(api.POST('/api/v1/sync/reconciliations'));
}

/** Whether filings are delivered to the province at all (every staff role may ask). */
export function useSyncStatus() {
  return useQuery({
    queryKey: ['sync', 'status'],
    queryFn: () => unwrap(api.GET('/api/v1/sync/status')),
    staleTime: 5 * 60_000,
  });
}
