import type { TicketResponse } from '../../api/types';
import { isOverdue, ticketQuery } from './queries';

describe('ticketQuery', () => {
  it('sends the filters of 全部审核单 as query parameters and leaves unset ones out', () => {
    expect(ticketQuery('all', {}, 1, 20)).toEqual({ page: 1, size: 20 });
    expect(
      ticketQuery(
        'all',
        { status: 'IN_REVIEW', accountId: 7, classification: 'IMPORTANT', overdue: true },
        3,
        50,
      ),
    ).toEqual({
      status: 'IN_REVIEW',
      accountId: 7,
      classification: 'IMPORTANT',
      overdue: true,
      page: 3,
      size: 50,
    });
    expect(ticketQuery('all', { overdue: false }, 1, 20)).not.toHaveProperty('overdue');
  });

  it('asks the API for 我的待审 with awaitingMe=true, keeping the other filters and the page', () => {
    expect(ticketQuery('mine', {}, 2, 20)).toEqual({ awaitingMe: true, page: 2, size: 20 });
    // the state is the API's business there (only tickets under review await a decision)
    expect(
      ticketQuery('mine', { status: 'DRAFT', classification: 'MAJOR', overdue: true }, 1, 20),
    ).toEqual({ awaitingMe: true, classification: 'MAJOR', overdue: true, page: 1, size: 20 });
  });
});

describe('isOverdue', () => {
  const now = new Date('2026-11-28T08:00:00Z');
  const ticket = (status: TicketResponse['status'], plannedAt?: string) =>
    ({ status, plannedAt }) as TicketResponse;

  it('flags unfinished tickets past their planned publishing time', () => {
    expect(isOverdue(ticket('IN_REVIEW', '2026-11-28T07:59:00Z'), now)).toBe(true);
    expect(isOverdue(ticket('APPROVED', '2026-11-27T00:00:00Z'), now)).toBe(true);
    expect(isOverdue(ticket('IN_REVIEW', '2026-11-28T09:00:00Z'), now)).toBe(false);
    expect(isOverdue(ticket('IN_REVIEW'), now)).toBe(false);
    expect(isOverdue(ticket('PUBLISHED', '2026-11-27T00:00:00Z'), now)).toBe(false);
    expect(isOverdue(ticket('WITHDRAWN', '2026-11-27T00:00:00Z'), now)).toBe(false);
  });
});
