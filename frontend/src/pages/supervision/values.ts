import type { Dayjs } from 'dayjs';
import type { MeasureRequest, MeasureType, Overview } from '../../api/types';
import { ACCOUNT_STATUS_LABELS, labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { OVERVIEW_SERIES_LABELS } from '../../locales/supervision';
import { barOption, lineOption, pieOption, type ChartOption } from '../../utils/charts';
import { toIsoDate } from '../../utils/dates';

export const QUARTER_PATTERN = /^\d{4}-Q[1-4]$/;

/** The quarter ('2026-Q4') a date (YYYY-MM-DD) falls in. */
export function quarterOf(date: string): string {
  const [year, month] = date.split('-').map(Number);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** The three charts of 监管总览: accounts by status, by platform, and the weekly trend. */
export function overviewCharts(overview: Overview): {
  byStatus: ChartOption;
  byPlatform: ChartOption;
  trend: ChartOption;
} {
  const counted = (counts: Overview['byStatus'], labels: Record<string, string>) =>
    counts.map((count) => ({ name: labelOf(labels, count.key), value: count.count }));
  const weeks = overview.trend;
  return {
    byStatus: barOption('账号数', counted(overview.byStatus, ACCOUNT_STATUS_LABELS)),
    byPlatform: pieOption('账号数', counted(overview.byPlatform, PLATFORM_LABELS)),
    trend: lineOption(
      weeks.map((week) => week.weekStarting.slice(5)),
      (Object.keys(OVERVIEW_SERIES_LABELS) as (keyof typeof OVERVIEW_SERIES_LABELS)[]).map(
        (key) => ({ name: OVERVIEW_SERIES_LABELS[key], values: weeks.map((week) => week[key]) }),
      ),
    ),
  };
}

/** Share of compliant live accounts, as a whole percent (— for none). */
export function compliantShare(compliant: number, live: number): string {
  return live > 0 ? `${Math.round((compliant * 100) / live)}%` : '—';
}

/** The Chinese half of a bilingual API text ('中文… / English…'). */
export function chinesePart(text: string): string {
  return text.split(' / ')[0].trim();
}

/** The 记录处理措施 form as it holds its values. */
export interface MeasureValues {
  type: MeasureType;
  target: 'ACCOUNT' | 'ORGANIZATION';
  accountId?: number;
  organizationId?: number;
  basis: string;
  documentNumber?: string;
  decidedOn: Dayjs;
  announcementStartsOn?: Dayjs | null;
}

/** The createMeasure body: only the chosen target; the announcement date only for 责令关闭. */
export function measureBody(values: MeasureValues): MeasureRequest {
  const body: MeasureRequest = {
    type: values.type,
    basis: values.basis.trim(),
    decidedOn: toIsoDate(values.decidedOn) ?? '',
  };
  if (values.target === 'ORGANIZATION') body.organizationId = values.organizationId;
  else body.accountId = values.accountId;
  const documentNumber = values.documentNumber?.trim();
  if (documentNumber) body.documentNumber = documentNumber;
  if (values.type === 'ORDERED_CLOSURE' && values.announcementStartsOn)
    body.announcementStartsOn = toIsoDate(values.announcementStartsOn);
  return body;
}
