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

/** The active checklist items, in order (inactive ones are kept for old findings only). */
export function useChecklist() {
  return useQuery({
    queryKey: supervisionKeys.checklist(),
    queryFn: () => unwrap(api.GET('/api/v1/checklist-items')),
    select: (items) => items.filter((item) => item.active),
    staleTime: 5 * 60_000,
  });
}
