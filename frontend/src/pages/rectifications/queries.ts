import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { FindingResponse } from '../../api/types';

export interface RectificationQuery {
  status?: FindingResponse['status'];
  page: number;
  size: number;
}

export const rectificationKeys = {
  all: ['rectifications'] as const,
  list: (query: RectificationQuery) => [...rectificationKeys.all, 'list', query] as const,
};

export function useRectifications(query: RectificationQuery) {
  return useQuery({
    queryKey: rectificationKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/rectifications', { params: { query } })),
  });
}

/** 提交整改: the evidence of how the finding was rectified. */
export function completeRectification(id: number, evidence: string) {
  return unwrap(
    api.POST('/api/v1/rectifications/{id}/completion', {
      params: { path: { id } },
      body: { evidence },
    }),
  );
}
