import { useQuery } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/http';

/** The search of the audit log: every filter optional, `from` and `to` ISO instants. */
export interface AuditQuery {
  entityType?: string;
  entityId?: string;
  actor?: string;
  action?: string;
  from?: string;
  to?: string;
}

export function useAuditEvents(query: AuditQuery & { page: number; size: number }) {
  return useQuery({
    queryKey: ['audit-events', query],
    queryFn: () => unwrap(api.GET('/api/v1/audit-events', { params: { query } })),
  });
}

/** 校验审计日志: the server recomputes every hash, the leaves and the signed root. */
export function verifyAuditChain() {
  return unwrap(api.GET('/api/v1/audit-events/verification'));
}

/** The latest signed tree head; null while the log is still empty (404). */
export function useAuditTreeHead() {
  return useQuery({
    queryKey: ['audit-tree-head'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/audit-log/tree-head')).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
  });
}

export function fetchInclusionProof(id: number) {
  return unwrap(api.GET('/api/v1/audit-events/{id}/inclusion-proof', { params: { path: { id } } }));
}
