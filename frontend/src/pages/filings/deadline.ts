/** Deadline display for filings (Art 15: the authority files into the provincial system in time). */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Calendar days from `today` to `deadline` (both YYYY-MM-DD); negative once past. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round(
    (Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS,
  );
}

export interface DeadlineTag {
  color: string;
  text: string;
}

/**
 * The countdown tag of a filing not yet in the provincial system: red when the API says OVERDUE (undecided) or
 * DELIVERY_OVERDUE (approved, not delivered), orange when DUE_SOON, blue otherwise. Filings delivered or decided
 * otherwise (deadlineState absent) get none.
 */
export function deadlineTag(
  filing: { deadlineState?: string | null; provincialDeadline?: string | null },
  today: string,
): DeadlineTag | undefined {
  const state = filing.deadlineState;
  if (!state || !filing.provincialDeadline) return undefined;
  const days = daysUntil(filing.provincialDeadline, today);
  const text = days > 0 ? `剩 ${days} 天` : days === 0 ? '今日到期' : `已逾期 ${-days} 天`;
  if (state === 'OVERDUE') return { color: 'red', text: days < 0 ? text : '已逾期' };
  if (state === 'DELIVERY_OVERDUE')
    return { color: 'red', text: days < 0 ? `逾期未报送 ${-days} 天` : '逾期未报送' };
  if (state === 'DUE_SOON') return { color: 'orange', text };
  return { color: 'blue', text };
}
