import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { components } from '../../api/schema';

type ForwardTarget = components['schemas']['Target'];

export interface DepartmentOption {
  value: number;
  label: string;
}

/** The departments of the target's own government, as the API lists them (GET …/forward-targets). */
export function useForwardTargets(complaintId: number) {
  return useQuery({
    queryKey: ['complaints', complaintId, 'forward-targets'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/complaints/{id}/forward-targets', {
          params: { path: { id: complaintId } },
        }),
      ),
  });
}

/** Select options, in the API's order (the government's own sort order). */
export function departmentOptions(
  targets: readonly ForwardTarget[] | undefined,
): DepartmentOption[] {
  return (targets ?? []).map((target) => ({ value: target.id, label: target.name }));
}
