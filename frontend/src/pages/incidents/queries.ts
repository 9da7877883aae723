import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type {
  AccountabilityRequest,
  IncidentEventRequest,
  IncidentGrade,
  IncidentKind,
  IncidentRequest,
  IncidentStatus,
} from '../../api/types';

export interface IncidentQuery {
  status?: IncidentStatus;
  kind?: IncidentKind;
  grade?: IncidentGrade;
  organizationId?: number;
  q?: string;
  overdue?: boolean;
  page: number;
  size: number;
}

export const incidentKeys = {
  all: ['incidents'] as const,
  list: (query: IncidentQuery) => [...incidentKeys.all, 'list', query] as const,
  detail: (id: number) => [...incidentKeys.all, 'detail', id] as const,
  attention: () => [...incidentKeys.all, 'attention'] as const,
};

/** How often the menu badge asks again: a 特别重大 incident must be reported within 30 minutes. */
const ATTENTION_POLL_MS = 60_000;

export function useIncidents(query: IncidentQuery) {
  return useQuery({
    queryKey: incidentKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/incidents', { params: { query } })),
  });
}

export function useIncident(id: number) {
  return useQuery({
    queryKey: incidentKeys.detail(id),
    queryFn: () => unwrap(api.GET('/api/v1/incidents/{id}', { params: { path: { id } } })),
  });
}

export function useIncidentAttention(enabled: boolean) {
  return useQuery({
    queryKey: incidentKeys.attention(),
    enabled,
    refetchInterval: ATTENTION_POLL_MS,
    queryFn: () => unwrap(api.GET('/api/v1/incidents/attention')),
  });
}

export function recordIncident(body: IncidentRequest) {
  return unwrap(api.POST('/api/v1/incidents', { body }));
}

export function recordStep(id: number, body: IncidentEventRequest) {
  return unwrap(api.POST('/api/v1/incidents/{id}/events', { params: { path: { id } }, body }));
}

export function recordAccountability(id: number, body: AccountabilityRequest) {
  return unwrap(
    api.POST('/api/v1/incidents/{id}/accountability', { params: { path: { id } }, body }),
  );
}
