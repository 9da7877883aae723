import dayjs, { type Dayjs } from 'dayjs';
import type { Classification, ContentOrigin, TicketResponse } from '../../api/types';

export interface Values {
  accountId?: number;
  title?: string;
  body?: string;
  origin?: ContentOrigin;
  sourceName?: string;
  /** 转载来源网址 (required for a repost, Art 21) */
  sourceUrl?: string;
  /** 来源原标题: when given, the title must equal it (Art 21) */
  sourceTitle?: string;
  classification?: Classification;
  /** 计划发布时间: set when the ticket is written (the list's 逾期 filter is measured against it). */
  plannedAt?: Dayjs | null;
}

export function text(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined;
}

export function initialOf(ticket: TicketResponse | undefined): Values {
  if (!ticket) return { origin: 'ORIGINAL', classification: 'GENERAL', body: '' };
  return {
    accountId: ticket.accountId,
    title: ticket.title,
    body: ticket.body,
    origin: ticket.origin === 'REPOST' ? 'REPOST' : 'ORIGINAL',
    sourceName: ticket.sourceName,
    sourceUrl: ticket.sourceUrl,
    sourceTitle: ticket.sourceTitle,
    classification: ticket.classification,
    plannedAt: ticket.plannedAt ? dayjs(ticket.plannedAt) : undefined,
  };
}

/** Whether the form holds what the saved ticket already has (no PATCH needed). */
export function unchanged(values: Values, saved: TicketResponse): boolean {
  const initial = initialOf(saved);
  return (
    values.title?.trim() === initial.title &&
    values.body === initial.body &&
    values.classification === initial.classification &&
    (['sourceName', 'sourceUrl', 'sourceTitle'] as const).every(
      (key) =>
        (values.origin === 'REPOST' ? text(values[key]) : undefined) ===
        (initial.origin === 'REPOST' ? text(initial[key]) : undefined),
    )
  );
}

/** The repost fields of a request: only for a repost (Art 21). */
export function repostFields(values: Values) {
  const repost = values.origin === 'REPOST';
  return {
    sourceName: repost ? text(values.sourceName) : undefined,
    sourceUrl: repost ? text(values.sourceUrl) : undefined,
    sourceTitle: repost ? text(values.sourceTitle) : undefined,
  };
}
