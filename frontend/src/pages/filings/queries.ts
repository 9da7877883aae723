import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import { fileNameOf, saveBlob, XLSX_TYPE } from '../../utils/download';
import type {
  FilingDecisionRequest,
  FilingResponse,
  FilingStatus,
  FilingType,
} from '../../api/types';

export interface FilingFilters {
  type?: FilingType;
  status?: FilingStatus;
  accountId?: number;
  deadline?: NonNullable<FilingResponse['deadlineState']>;
  /** Only filings whose competent authority is the caller's organization (the approval queue). */
  decidableByMe?: boolean;
}

export const filingKeys = {
  all: ['filings'] as const,
  list: (query: FilingQuery) => [...filingKeys.all, 'list', query] as const,
  detail: (id: number) => [...filingKeys.all, 'detail', id] as const,
};

export interface FilingQuery extends FilingFilters {
  page: number;
  size: number;
  sort?: string;
}

export function useFilings(query: FilingQuery) {
  return useQuery({
    queryKey: filingKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/filings', { params: { query } })),
  });
}

export function useFiling(id: number | undefined) {
  return useQuery({
    queryKey: filingKeys.detail(id ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/filings/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined && Number.isFinite(id),
  });
}

/** 审核: 通过, or 退回 with a reason. */
export function decideFiling(id: number, body: FilingDecisionRequest) {
  return unwrap(api.POST('/api/v1/filings/{id}/decisions', { params: { path: { id } }, body }));
}

/** Saves the filing's 《政务新媒体备案登记表》 (Art 15) as PDF or Excel. */
export async function downloadRegistrationForm(id: number, format: 'PDF' | 'XLSX') {
  const { data, response } = await api.GET('/api/v1/filings/{id}/registration-form', {
    params: { path: { id }, query: { format } },
    parseAs: 'blob',
    headers: {
      Accept: `${format === 'PDF' ? 'application/pdf' : XLSX_TYPE}, application/problem+json`,
    },
  });
  if (!data) throw new Error('下载失败');
  const fallback = `政务新媒体备案登记表-${id}.${format === 'PDF' ? 'pdf' : 'xlsx'}`;
  saveBlob(data, fileNameOf(response.headers.get('content-disposition'), fallback));
}
