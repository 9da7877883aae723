import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { ActivityFlag, MeasureType, Platform } from '../../api/types';

/** The filters above 账号监测, as the form holds them. */
export interface ActivityFilters {
  asOf?: string;
  flag?: ActivityFlag;
  platform?: Platform;
  organizationId?: number;
}

/** Query parameters of GET /api/v1/supervision/accounts: unset filters are left out. */
export function activityQuery(filters: ActivityFilters, page: number, size: number) {
  const query: ActivityFilters & { page: number; size: number } = { page, size };
  if (filters.asOf) query.asOf = filters.asOf;
  if (filters.flag) query.flag = filters.flag;
  if (filters.platform) query.platform = filters.platform;
  if (filters.organizationId !== undefined && filters.organizationId !== null)
    query.organizationId = filters.organizationId;
  return query;
}

export const supervisionKeys = {
  all: ['supervision'] as const,
  overview: (asOf: string | undefined) => [...supervisionKeys.all, 'overview', { asOf }] as const,
  organizations: (asOf: string | undefined) =>
    [...supervisionKeys.all, 'organizations', { asOf }] as const,
  accounts: (query: ReturnType<typeof activityQuery>) =>
    [...supervisionKeys.all, 'accounts', query] as const,
  spotChecks: () => [...supervisionKeys.all, 'spot-checks'] as const,
  spotCheck: (id: number) => [...supervisionKeys.all, 'spot-checks', id] as const,
  checklist: () => [...supervisionKeys.all, 'checklist'] as const,
  measures: (type: MeasureType | undefined, page: number, size: number) =>
    [...supervisionKeys.all, 'measures', { type, page, size }] as const,
  assessmentItems: () => [...supervisionKeys.all, 'assessment-items'] as const,
  assessments: (year: number) => [...supervisionKeys.all, 'assessments', year] as const,
  job: (id: number) => [...supervisionKeys.all, 'jobs', id] as const,
};

export function useOverview(asOf: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.overview(asOf),
    queryFn: () => unwrap(api.GET('/api/v1/supervision/overview', { params: { query: { asOf } } })),
  });
}

export function useOrganizationActivity(asOf: string | undefined) {
  return useQuery({
    queryKey: supervisionKeys.organizations(asOf),
    queryFn: () =>
      unwrap(api.GET('/api/v1/supervision/organizations', { params: { query: { asOf } } })),
  });
}

export function useAccountActivity(query: ReturnType<typeof activityQuery>) {
  return useQuery({
    queryKey: supervisionKeys.accounts(query),
    queryFn: () => unwrap(api.GET('/api/v1/supervision/accounts', { params: { query } })),
  });
}

export function useSpotChecks() {
  return useQuery({
    queryKey: supervisionKeys.spotChecks(),
    queryFn: () => unwrap(api.GET('/api/v1/spot-checks')),
  });
}

export function useSpotCheck(id: number) {
  return useQuery({
    queryKey: supervisionKeys.spotCheck(id),
    queryFn: () => unwrap(api.GET('/api/v1/spot-checks/{id}', { params: { path: { id } } })),
    enabled: Number.isFinite(id),
  });
}

/** The active checklist items, in order (inactive ones are kept for old findings only). */
export function useChecklist() {
  return useQuery({
    queryKey: supervisionKeys.checklist(),
    queryFn: () => unwrap(api.GET('/api/v1/checklist-items')),
    select: (items) => items.filter((item) => item.active),
    staleTime: 5 * 60_000,
  });
}

export function useMeasures(type: MeasureType | undefined, page: number, size: number) {
  return useQuery({
    queryKey: supervisionKeys.measures(type, page, size),
    queryFn: () => unwrap(api.GET('/api/v1/measures', { params: { query: { type, page, size } } })),
  });
}

export function useAssessmentItems() {
  return useQuery({
    queryKey: supervisionKeys.assessmentItems(),
    queryFn: () => unwrap(api.GET('/api/v1/assessment-items')),
  });
}

export function useAssessments(year: number) {
  return useQuery({
    queryKey: supervisionKeys.assessments(year),
    queryFn: () => unwrap(api.GET('/api/v1/assessments/{year}', { params: { path: { year } } })),
  });
}
