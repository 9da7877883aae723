import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import dayjs, { type Dayjs } from 'dayjs';
import type {
  Classification,
  TicketActionRequest,
  TicketResponse,
  TicketStatus,
} from '../../api/types';

/** The filters above the ticket list, as the form holds them. */
export interface TicketFilters {
  status?: TicketStatus;
  accountId?: number;
  classification?: Classification;
  overdue?: boolean;
}

export type TicketTab = 'all' | 'mine';

/** Query parameters of GET /api/v1/review-tickets (all filtering is done by the API). */
export interface TicketQuery extends TicketFilters {
  awaitingMe?: boolean;
  page: number;
  size: number;
}

/**
 * The request of one tab: 我的待审 asks the API for `awaitingMe=true` (the current step's role, the
 * host organization and separation of duties are checked there), never filters on the client.
 * Unset filters and `false` flags are left out of the query string.
 */
export function ticketQuery(
  tab: TicketTab,
  filters: TicketFilters,
  page: number,
  size: number,
): TicketQuery {
  const query: TicketQuery = { page, size };
  if (tab === 'all' && filters.status) query.status = filters.status;
  if (filters.accountId !== undefined) query.accountId = filters.accountId;
  if (filters.classification) query.classification = filters.classification;
  if (filters.overdue) query.overdue = true;
  if (tab === 'mine') query.awaitingMe = true;
  return query;
}

/** Whether a ticket is past its planned publishing time and not yet finished. */
export function isOverdue(ticket: TicketResponse, now: Date = new Date()): boolean {
  return (
    !!ticket.plannedAt &&
    !['PUBLISHED', 'REJECTED', 'WITHDRAWN'].includes(ticket.status) &&
    new Date(ticket.plannedAt).getTime() < now.getTime()
  );
}

export const ticketKeys = {
  all: ['review-tickets'] as const,
  list: (query: TicketQuery) => [...ticketKeys.all, 'list', query] as const,
  detail: (id: number) => [...ticketKeys.all, 'detail', id] as const,
  versions: (id: number) => [...ticketKeys.all, 'versions', id] as const,
};

export function useTickets(query: TicketQuery) {
  return useQuery({
    queryKey: ticketKeys.list(query),
    queryFn: () => unwrap(api.GET('/api/v1/review-tickets', { params: { query } })),
  });
}

export function useTicket(id: number | undefined) {
  return useQuery({
    queryKey: ticketKeys.detail(id ?? 0),
    queryFn: () =>
      unwrap(api.GET('/api/v1/review-tickets/{id}', { params: { path: { id: id ?? 0 } } })),
    enabled: id !== undefined && Number.isFinite(id),
  });
}

export function useTicketVersions(id: number | undefined) {
  return useQuery({
    queryKey: ticketKeys.versions(id ?? 0),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/review-tickets/{id}/versions', { params: { path: { id: id ?? 0 } } }),
      ),
    enabled: id !== undefined && Number.isFinite(id),
  });
}

/**
 * IN_REVIEW and the current step is the user's: they are one of the host's designated signers of the step (Art 17), or,
 * where none is designated, one of their roles may decide it (the API also checks the organization).
 */
export function awaitsMe(
  ticket: TicketResponse,
  roles: readonly string[],
  username: string,
): boolean {
  if (ticket.status !== 'IN_REVIEW') return false;
  if (ticket.nextStepSigners.length) return ticket.nextStepSigners.includes(username);
  return ticket.nextStepRoles.some((role) => roles.includes(role));
}

/** The active accounts a new ticket can be written for (the first 100). */
export function useActiveAccounts(enabled: boolean) {
  return useQuery({
    queryKey: ['accounts', 'list', { status: 'ACTIVE', page: 1, size: 100 }],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/accounts', {
          params: { query: { status: 'ACTIVE', page: 1, size: 100 } },
        }),
      ),
    enabled,
  });
}

export interface DecisionValues {
  decision?: TicketActionRequest['decision'];
  comment?: string;
}

/** 审核 of the current step, on the version read. */
export function decideTicket(ticket: TicketResponse, values: DecisionValues) {
  return unwrap(
    api.POST('/api/v1/review-tickets/{id}/decisions', {
      params: { path: { id: ticket.id } },
      body: {
        decision: values.decision ?? 'APPROVE',
        comment: values.comment?.trim() ? values.comment.trim() : undefined,
        version: ticket.version,
      },
    }),
  );
}

export interface PublishValues {
  url?: string;
  publishedAt?: Dayjs | null;
}

/** 登记发布: where and when the approved content went out. */
export function publishTicket(id: number, values: PublishValues) {
  return unwrap(
    api.POST('/api/v1/review-tickets/{id}/publish', {
      params: { path: { id } },
      body: {
        url: values.url?.trim() ?? '',
        publishedAt: (values.publishedAt ?? dayjs()).toISOString(),
      },
    }),
  );
}

export interface AttestationValues {
  note?: string;
}

/** 保密审查 (Art 28) of a flagged ticket, on the version read. */
export function attestConfidentiality(ticket: TicketResponse, values: AttestationValues) {
  return unwrap(
    api.PUT('/api/v1/review-tickets/{id}/confidentiality-attestation', {
      params: { path: { id: ticket.id } },
      body: { note: values.note?.trim() ?? '', version: ticket.version },
    }),
  );
}
