import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { Platform } from '../../api/types';
import { fileNameOf, saveBlob, XLSX_TYPE } from '../../utils/download';

export interface CoverageFilters {
  platform?: Platform;
  divisionCode?: string;
}

export const coverageKeys = {
  all: ['coverage'] as const,
  counties: (platform?: Platform) => [...coverageKeys.all, 'counties', platform] as const,
  gaps: (query: CoverageFilters & { page: number; size: number }) =>
    [...coverageKeys.all, 'gaps', query] as const,
};

export function useCountyCoverage(platform?: Platform) {
  return useQuery({
    queryKey: coverageKeys.counties(platform),
    queryFn: () =>
      unwrap(api.GET('/api/v1/coverage/counties', { params: { query: { platform } } })),
  });
}

export function useCoverageGaps(query: CoverageFilters & { page: number; size: number }) {
  return useQuery({
    queryKey: coverageKeys.gaps(query),
    queryFn: () => unwrap(api.GET('/api/v1/coverage/gaps', { params: { query } })),
  });
}

/** Saves the units that must run an account and run none, filtered as the list is, as an Excel file. */
export async function exportCoverageGaps(filters: CoverageFilters) {
  const { data, response } = await api.GET('/api/v1/coverage/gaps/export', {
    params: { query: filters },
    parseAs: 'blob',
    headers: { Accept: `${XLSX_TYPE}, application/problem+json` },
  });
  if (!data) throw new Error('导出失败');
  saveBlob(data, fileNameOf(response.headers.get('content-disposition'), '应开未开单位.xlsx'));
}
