import type { SupervisionJob } from '../api/types';

/** A supervision job as GET /api/v1/supervision/jobs/{id} answers it. */
export function jobOf(
  status: SupervisionJob['status'],
  more: Partial<SupervisionJob>,
): SupervisionJob {
  return {
    id: 1,
    kind: 'SPOT_CHECK_NOTICE',
    status,
    progress: status === 'SUCCEEDED' ? 100 : 40,
    step: status === 'SUCCEEDED' ? '已完成' : '进行中',
    createdBy: 'city-admin',
    createdAt: '2026-11-28T02:00:00Z',
    ...more,
  };
}
