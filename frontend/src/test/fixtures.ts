import type { Incident, SupervisionJob } from '../api/types';

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

/** A 舆情 graded 重大, not yet reported, as GET /api/v1/incidents lists it. */
export const incident: Incident = {
  id: 5,
  hostOrganizationId: 19,
  hostOrganizationName: '南通市崇川区教育体育局',
  kind: 'PUBLIC_OPINION',
  grade: 'MAJOR',
  gradeName: '重大',
  title: '网传某校食堂食品安全问题',
  description: '微博话题阅读量两小时内超过 50 万',
  status: 'OPEN',
  discoveredAt: '2026-12-04T01:00:00Z',
  reportDueAt: '2026-12-04T02:00:00Z',
  responseDueAt: '2026-12-04T06:00:00Z',
  nextUpdateDueAt: '2026-12-04T06:00:00Z',
  dutyPerson: '王敏 13812345678',
  unfounded: false,
  securityVeto: false,
  alerts: ['REPORT_OVERDUE'],
  createdBy: 'cc-operator',
  version: 0,
};
