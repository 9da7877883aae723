import { api, unwrap } from '../../api/http';
import type { TicketResponse } from '../../api/types';
import { repostFields, unchanged, type Values } from './editorValues';

/** Creates the ticket, or updates it when the form changed it; returns the ticket as saved. */
export async function writeTicket(
  ticket: TicketResponse | undefined,
  values: Values,
): Promise<TicketResponse> {
  if (ticket && unchanged(values, ticket)) return ticket;
  if (!ticket) {
    return unwrap(
      api.POST('/api/v1/review-tickets', {
        body: {
          accountId: values.accountId ?? 0,
          title: values.title?.trim() ?? '',
          body: values.body ?? '',
          bodyFormat: 'HTML',
          origin: values.origin ?? 'ORIGINAL',
          ...repostFields(values),
          classification: values.classification ?? 'GENERAL',
          plannedAt: values.plannedAt ? values.plannedAt.toISOString() : undefined,
        },
      }),
    );
  }
  return unwrap(
    api.PATCH('/api/v1/review-tickets/{id}', {
      params: { path: { id: ticket.id } },
      body: {
        title: values.title?.trim(),
        body: values.body,
        ...repostFields(values),
        classification: values.classification,
        version: ticket.version,
      },
    }),
  );
}
