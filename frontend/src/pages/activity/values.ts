import type { Overview } from '../../api/types';
import { ACCOUNT_STATUS_LABELS, labelOf, PLATFORM_LABELS } from '../../locales/zh-CN';
import { OVERVIEW_SERIES_LABELS } from '../../locales/supervision';
import { barOption, lineOption, pieOption, type ChartOption } from '../../utils/charts';

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
