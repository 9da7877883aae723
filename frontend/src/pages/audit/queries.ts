import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';

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

/** 校验哈希链: recomputes the chain on the server. */
export function verifyAuditChain() {
  return unwrap(api.GET('/api/v1/audit-events/verification'));
}
