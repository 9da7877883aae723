export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

/** The quarter ('2026-Q4') a date (YYYY-MM-DD) falls in. */
export function quarterOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The Chinese half of a bilingual API text ('中文… / English…'). */
export function chinesePart(text: string): string {
  return text.split(' / ')[0].trim();
}
