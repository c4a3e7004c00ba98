import type { EChartsOption } from 'echarts';

const RED = '#b71c1c';

/** Horizontal bars, largest on top. */
export function barOption(rows: { label: string; count: number }[]): EChartsOption {
  const shown = [...rows].reverse();
  return {
    grid: { left: 160, right: 24, top: 8, bottom: 24 },
    tooltip: {},
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: shown.map((r) => r.label) },
    series: [{ type: 'bar', data: shown.map((r) => r.count), itemStyle: { color: RED } }],
  };
}

/** A trend over years (or any ordered labels). */
export function lineOption(rows: { label: string; count: number }[]): EChartsOption {
  return {
    grid: { left: 48, right: 24, top: 16, bottom: 32 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', data: rows.map((r) => r.count), itemStyle: { color: RED }, areaStyle: { opacity: 0.15 } }],
  };
}

/** Shares of a whole. */
export function pieOption(rows: { label: string; count: number }[]): EChartsOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['35%', '65%'], data: rows.map((r) => ({ name: r.label, value: r.count })) }],
  };
}

/** Stacked bars of task standings, one bar per agency or province. */
export function stackedOption(
  labels: string[],
  stacks: { name: string; color: string; values: number[] }[],
): EChartsOption {
  return {
    grid: { left: 200, right: 24, top: 32, bottom: 24 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels },
    series: stacks.map((s) => ({
      name: s.name,
      type: 'bar',
      stack: 'all',
      data: s.values,
      itemStyle: { color: s.color },
    })),
  };
}
