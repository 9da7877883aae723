import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type {
  Classification,
  RebuttalResponse,
  RebuttalStatus,
  TicketResponse,
} from '../../api/types';

export interface RebuttalQuery {
  status?: RebuttalStatus;
  q?: string;
  page: number;
  size: number;
}

export const rebuttalKeys = {
  all: ['rumour-rebuttals'] as const,
  list: (query: RebuttalQuery) => [...rebuttalKeys.all, 'list', query] as const,
  detail: (id: number) => [...rebuttalKeys.all, 'detail', id] as const,
};

export function useRebuttals(query: RebuttalQuery) {
  return useQuery({
    queryKey: rebuttalKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/rumour-rebuttals', { params: { query } })),
  });
}

export function useRebuttal(id: number | undefined) {
  return useQuery({
    queryKey: rebuttalKeys.detail(id ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/rumour-rebuttals/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined && Number.isFinite(id),
  });
}

/** 送审: opens the rebuttal's review ticket. */
export function sendForReview(rebuttal: RebuttalResponse, classification: Classification) {
  return unwrap(
    api.POST('/api/v1/rumour-rebuttals/{id}/review', {
      params: { path: { id: rebuttal.id } },
      body: { classification, version: rebuttal.version },
    }),
  );
}

/** 提交审核单, unchanged; `acknowledgeWarnings` once the user confirmed the check's warnings. */
export function submitTicket(ticket: TicketResponse, acknowledgeWarnings: boolean) {
  return unwrap(
    api.POST('/api/v1/review-tickets/{id}/submit', {
      params: { path: { id: ticket.id } },
      body: { acknowledgeWarnings, version: ticket.version },
    }),
  );
}
