import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { ChecklistItemRequest } from '../../api/types';
import { supervisionKeys } from '../supervision/keys';

/** Every checklist item, active or not, in order. */
export function useChecklistItems() {
  return useQuery({
    queryKey: supervisionKeys.checklist(),
    queryFn: () => unwrap(api.GET('/api/v1/checklist-items')),
  });
}

export function createChecklistItem(body: ChecklistItemRequest) {
  return unwrap(api.POST('/api/v1/checklist-items', { body }));
}

export function updateChecklistItem(id: number, body: ChecklistItemRequest) {
  return unwrap(api.PUT('/api/v1/checklist-items/{id}', { params: { path: { id } }, body }));
}
