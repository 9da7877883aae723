import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import { supervisionKeys } from '../supervision/keys';

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

/** Art 32.2 reminder: the organizations of the caller's scope without their check of the last ended quarter. */
export function useMissingSpotChecks() {
  return useQuery({
    queryKey: [...supervisionKeys.spotChecks(), 'missing'],
    queryFn: () => unwrap(api.GET('/api/v1/spot-checks/missing')),
  });
}

/** 公开发布 (Art 32.6): a closed check's notice goes to the public site as a snapshot without personal data. */
export function releaseSpotCheckNotice(spotCheckId: number) {
  return unwrap(
    api.POST('/api/v1/supervision/notices', { body: { kind: 'SPOT_CHECK', spotCheckId } }),
  );
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

/** The values of 记录问题. */
export interface FindingValues {
  itemCode?: string;
  description?: string;
}

/** 记录问题: the API opens the host's rectification task and answers its deadline. */
export function recordFinding(checkId: number, accountId: number, values: FindingValues) {
  return unwrap(
    api.POST('/api/v1/spot-checks/{id}/findings', {
      params: { path: { id: checkId } },
      body: {
        accountId,
        itemCode: values.itemCode ?? '',
        description: values.description?.trim() ?? '',
      },
    }),
  );
}

/** 结束抽查: the API judges each sampled account. */
export function closeSpotCheck(id: number) {
  return unwrap(api.POST('/api/v1/spot-checks/{id}/close', { params: { path: { id } } }));
}

/** 撤回抽查: an open check without findings, with the reason. */
export function withdrawSpotCheck(id: number, reason: string) {
  return unwrap(
    api.POST('/api/v1/spot-checks/{id}/withdraw', { params: { path: { id } }, body: { reason } }),
  );
}
