import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/http';
import type { TicketResponse, TicketStatus } from '../../api/types';

export interface TicketFilters {
  status?: TicketStatus;
  accountId?: number;
}

export const ticketKeys = {
  all: ['review-tickets'] as const,
  list: (filters: TicketFilters, page: number, size: number) =>
    [...ticketKeys.all, 'list', { ...filters, page, size }] as const,
  detail: (id: number) => [...ticketKeys.all, 'detail', id] as const,
  versions: (id: number) => [...ticketKeys.all, 'versions', id] as const,
};

export function useTickets(filters: TicketFilters, page: number, size: number) {
  return useQuery({
    queryKey: ticketKeys.list(filters, page, size),
    queryFn: () =>
      unwrap(api.GET('/api/v1/review-tickets', { params: { query: { ...filters, page, size } } })),
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

/** IN_REVIEW and the current step may be decided by one of the user's roles. */
export function awaitsMe(ticket: TicketResponse, roles: readonly string[]): boolean {
  return ticket.status === 'IN_REVIEW' && ticket.nextStepRoles.some((role) => roles.includes(role));
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
