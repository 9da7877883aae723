import type { MeasureType } from '../../api/types';
import type { activityQuery } from '../activity/queries';

/** Query keys of the supervision pages: one root, so a measure or a closed spot check refreshes them all. */
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
  measures: (query: { type?: MeasureType; page: number; size: number }) =>
    [...supervisionKeys.all, 'measures', query] as const,
  assessmentItems: () => [...supervisionKeys.all, 'assessment-items'] as const,
  assessments: (year: number) => [...supervisionKeys.all, 'assessments', year] as const,
  commendations: (query: object) => [...supervisionKeys.all, 'commendations', query] as const,
  job: (id: number) => [...supervisionKeys.all, 'jobs', id] as const,
};
