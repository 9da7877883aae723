import { api, unwrap } from '../../api/http';
import type { Role } from '../../api/types';
import { FILING_TYPE_LABELS, FINDING_CATEGORY_LABELS, labelOf } from '../../locales/zh-CN';
import { COMPLAINT_KIND_LABELS } from '../../locales/interaction';

/** One line of a tile: what waits, where it opens, and by when (an ISO date or instant). */
export interface WaitingItem {
  id: number;
  title: string;
  detail?: string;
  href: string;
  due?: string;
}

interface Row {
  id: number;
  [field: string]: unknown;
}

/**
 * A kind of work that waits for someone: the list the API already offers (one call, 5 rows and the total), the
 * roles it waits for, the list page it belongs to (whose menu item shows the count) and how a row reads.
 */
export interface Tile {
  key: string;
  title: string;
  roles: readonly Role[];
  /** the first rows and the total: one call to the list the API already offers */
  load: () => Promise<{ items: Row[]; totalItems: number }>;
  menu: string;
  more: string;
  empty: string;
  item: (row: Row) => WaitingItem;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

const FIRST = { page: 1, size: 5 };

/** A typed page of the API as the tile's untyped rows. */
async function page<T extends { id?: number }>(
  call: Promise<{
    data?: { items?: T[]; totalItems?: number };
    error?: unknown;
    response: Response;
  }>,
): Promise<{ items: Row[]; totalItems: number }> {
  const data = await unwrap(call);
  return {
    items: (data.items ?? []).map((item) => ({ ...item, id: item.id ?? 0 })),
    totalItems: data.totalItems ?? 0,
  };
}

/** The public submissions in one status that wait for one role, the oldest deadline first. */
function submissionTile(
  key: string,
  title: string,
  role: Role,
  status: 'RECEIVED' | 'FORWARDED',
  empty: string,
): Tile {
  return {
    key,
    title,
    roles: [role],
    load: () =>
      page(
        api.GET('/api/v1/complaints', {
          params: { query: { status, sort: 'dueOn,asc', ...FIRST } },
        }),
      ),
    menu: '/interactions',
    more: '/interactions',
    empty,
    item: (row) => ({
      id: row.id,
      title: text(row.title),
      detail: labelOf(COMPLAINT_KIND_LABELS, text(row.kind)),
      href: `/interactions/${row.id}`,
      due: text(row.dueOn) || undefined,
    }),
  };
}

export const TILES: readonly Tile[] = [
  {
    key: 'tickets-to-sign',
    title: '待我审核签发',
    roles: ['REVIEWER', 'DEPUTY_LEADER', 'PRINCIPAL_LEADER'],
    load: () =>
      page(
        api.GET('/api/v1/review-tickets', { params: { query: { awaitingMe: true, ...FIRST } } }),
      ),
    menu: '/reviews',
    more: '/reviews',
    empty: '暂无待审核的稿件。作者提交审核后会出现在这里。',
    item: (row) => ({
      id: row.id,
      title: text(row.title),
      detail: text(row.accountName),
      href: `/reviews/${row.id}`,
      due: text(row.plannedAt) || undefined,
    }),
  },
  {
    key: 'tickets-returned',
    title: '被退回的稿件',
    roles: ['OPERATOR'],
    load: () =>
      page(
        api.GET('/api/v1/review-tickets', { params: { query: { status: 'RETURNED', ...FIRST } } }),
      ),
    menu: '/reviews',
    more: '/reviews',
    empty: '没有被退回的稿件。',
    item: (row) => ({
      id: row.id,
      title: text(row.title),
      detail: text(row.accountName),
      href: `/reviews/${row.id}`,
    }),
  },
  {
    key: 'filings-to-decide',
    title: '待我审核的备案',
    roles: ['SUPERVISOR'],
    load: () =>
      page(
        api.GET('/api/v1/filings', {
          params: { query: { decidableByMe: true, sort: 'provincialDeadline,asc', ...FIRST } },
        }),
      ),
    menu: '/filings',
    more: '/filings',
    empty: '暂无待审核的备案。主办单位报送后会出现在这里。',
    item: (row) => ({
      id: row.id,
      title: text(row.accountName),
      detail: `${labelOf(FILING_TYPE_LABELS, text(row.type))}备案 · ${text(row.hostOrganizationName)}`,
      href: `/filings/${row.id}`,
      due: text(row.provincialDeadline) || undefined,
    }),
  },
  submissionTile(
    'submissions-received',
    '待处理的公众留言',
    'OPERATOR',
    'RECEIVED',
    '暂无待处理的留言。',
  ),
  submissionTile(
    'submissions-forwarded',
    '转来待答复的留言',
    'HANDLER',
    'FORWARDED',
    '暂无转来待答复的留言。',
  ),
  {
    key: 'rectifications-open',
    title: '待整改的问题',
    roles: ['OPERATOR', 'CITY_ADMIN', 'SUPERVISOR'],
    load: () =>
      page(api.GET('/api/v1/rectifications', { params: { query: { status: 'OPEN', ...FIRST } } })),
    menu: '/rectifications',
    more: '/rectifications',
    empty: '暂无待整改的问题。',
    item: (row) => ({
      id: row.id,
      title: text(row.accountName),
      detail: labelOf(FINDING_CATEGORY_LABELS, text(row.category)),
      href: '/rectifications',
      due: text(row.rectificationDeadline) || undefined,
    }),
  },
  {
    key: 'incidents-open',
    title: '处置中的突发事件',
    roles: ['OPERATOR', 'SUPERVISOR', 'CITY_ADMIN'],
    load: () =>
      page(api.GET('/api/v1/incidents', { params: { query: { status: 'OPEN', ...FIRST } } })),
    menu: '/incidents',
    more: '/incidents',
    empty: '暂无处置中的突发事件。',
    item: (row) => ({
      id: row.id,
      title: text(row.title),
      detail: text(row.hostOrganizationName),
      href: `/incidents/${row.id}`,
      due: text(row.responseDueAt) || undefined,
    }),
  },
];

/** The tiles a user with these roles sees (each tile once, whichever of its roles the user has). */
export function tilesFor(roles: readonly string[]): Tile[] {
  return TILES.filter((tile) => tile.roles.some((role) => roles.includes(role)));
}

/** The waiting counts by menu item (a list may hold several tiles' work). */
export function menuCounts(
  tiles: readonly Tile[],
  totals: readonly (number | undefined)[],
): Record<string, number> {
  const counts: Record<string, number> = {};
  tiles.forEach((tile, index) => {
    counts[tile.menu] = (counts[tile.menu] ?? 0) + (totals[index] ?? 0);
  });
  return counts;
}
