import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type {
  DueState,
  SecurityCheckRequest,
  SecurityDeviceKind,
  SecurityDeviceRequest,
  SecurityDeviceStatus,
  SecurityDocumentKind,
  SecurityDocumentRequest,
} from '../../api/types';

interface Paging {
  page: number;
  size: number;
}

export interface DocumentQuery extends Paging {
  organizationId?: number;
  kind?: SecurityDocumentKind;
  dueState?: DueState;
}

export interface DeviceQuery extends Paging {
  organizationId?: number;
  kind?: SecurityDeviceKind;
  status?: SecurityDeviceStatus;
  q?: string;
  dueState?: DueState;
}

export interface CheckQuery extends Paging {
  organizationId?: number;
}

export const securityKeys = {
  all: ['security'] as const,
  documents: (query: DocumentQuery) => [...securityKeys.all, 'documents', query] as const,
  devices: (query: DeviceQuery) => [...securityKeys.all, 'devices', query] as const,
  checks: (query: CheckQuery) => [...securityKeys.all, 'checks', query] as const,
  overdue: () => [...securityKeys.all, 'overdue'] as const,
};

export function useSecurityDocuments(query: DocumentQuery) {
  return useQuery({
    queryKey: securityKeys.documents(query),
    queryFn: () => unwrap(api.GET('/api/v1/security-documents', { params: { query } })),
  });
}

export function useSecurityDevices(query: DeviceQuery) {
  return useQuery({
    queryKey: securityKeys.devices(query),
    queryFn: () => unwrap(api.GET('/api/v1/security-devices', { params: { query } })),
  });
}

export function useSecurityChecks(query: CheckQuery) {
  return useQuery({
    queryKey: securityKeys.checks(query),
    queryFn: () => unwrap(api.GET('/api/v1/security-checks', { params: { query } })),
  });
}

/** The items due or overdue in the caller's subtree (Art 27.1, 27.3, 29.1). */
export function useSecurityOverdue() {
  return useQuery({
    queryKey: securityKeys.overdue(),
    queryFn: () => unwrap(api.GET('/api/v1/security-records/overdue')),
  });
}

export function addSecurityDocument(body: SecurityDocumentRequest) {
  return unwrap(api.POST('/api/v1/security-documents', { body }));
}

export function reviseSecurityDocument(id: number, body: SecurityDocumentRequest) {
  return unwrap(api.PUT('/api/v1/security-documents/{id}', { params: { path: { id } }, body }));
}

export function addSecurityDevice(body: SecurityDeviceRequest) {
  return unwrap(api.POST('/api/v1/security-devices', { body }));
}

export function updateSecurityDevice(id: number, body: SecurityDeviceRequest) {
  return unwrap(api.PUT('/api/v1/security-devices/{id}', { params: { path: { id } }, body }));
}

export function recordSecurityCheck(body: SecurityCheckRequest) {
  return unwrap(api.POST('/api/v1/security-checks', { body }));
}
