import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';

/** The option of a chart drawn by components/EChart (only the registered parts). */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** A pie of labelled counts (zero slices left out). */
export function pieOption(name: string, slices: { name: string; value: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        name,
        type: 'pie',
        radius: ['35%', '65%'],
        data: slices.filter((slice) => slice.value > 0),
      },
    ],
  };
}

/** A bar chart of labelled counts, in the given order. */
export function barOption(name: string, bars: { name: string; value: number }[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 32 },
    xAxis: { type: 'category', data: bars.map((bar) => bar.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name, type: 'bar', data: bars.map((bar) => bar.value), barMaxWidth: 40 }],
  };
}

/** Lines over categories (e.g. weeks), one per named series. */
export function lineOption(
  categories: string[],
  lines: { name: string; values: number[] }[],
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: categories, boundaryGap: false },
    yAxis: { type: 'value', minInterval: 1 },
    series: lines.map((line) => ({ name: line.name, type: 'line', data: line.values })),
  };
}
