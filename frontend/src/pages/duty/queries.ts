import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { DutyShiftRequest } from '../../api/types';
import { fileNameOf, saveBlob, XLSX_TYPE } from '../../utils/download';

export interface DutyQuery {
  organizationId?: number;
  page: number;
  size: number;
}

export const dutyKeys = {
  all: ['duty'] as const,
  list: (query: DutyQuery) => [...dutyKeys.all, 'list', query] as const,
  now: (organizationId?: number) => [...dutyKeys.all, 'now', organizationId] as const,
  gaps: (organizationId: number, from: string, to: string) =>
    [...dutyKeys.all, 'gaps', organizationId, from, to] as const,
};

export function useDutyShifts(query: DutyQuery) {
  return useQuery({
    queryKey: dutyKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/duty-shifts', { params: { query } })),
  });
}

export function useOnDutyNow(organizationId?: number) {
  return useQuery({
    queryKey: dutyKeys.now(organizationId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/duty-shifts/now', { params: { query: { organizationId } } })),
  });
}

/** Rest days nobody covers; only asked once an organization is chosen. */
export function useDutyGaps(organizationId: number | undefined, from: string, to: string) {
  return useQuery({
    queryKey: dutyKeys.gaps(organizationId ?? 0, from, to),
    enabled: organizationId !== undefined,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/duty-shifts/gaps', {
          params: { query: { organizationId: organizationId!, from, to } },
        }),
      ),
  });
}

export function addDutyShift(body: DutyShiftRequest) {
  return unwrap(api.POST('/api/v1/duty-shifts', { body }));
}

export function recordHandover(id: number, note: string, version: number) {
  return unwrap(
    api.PUT('/api/v1/duty-shifts/{id}/handover', {
      params: { path: { id } },
      body: { note, version },
    }),
  );
}

/** Saves the roster (of one organization, or the whole scope) as an Excel file. */
export async function exportDutyShifts(organizationId?: number) {
  const { data, response } = await api.GET('/api/v1/duty-shifts/export', {
    params: { query: { organizationId } },
    parseAs: 'blob',
    headers: { Accept: `${XLSX_TYPE}, application/problem+json` },
  });
  if (!data) throw new Error('导出失败');
  saveBlob(data, fileNameOf(response.headers.get('content-disposition'), '值班表.xlsx'));
}
