import type { EChartsOption } from 'echarts';
import { lazy, Suspense } from 'react';

// The charting library loads with the first chart shown, after the page's figures, not with the page.
const EChartCanvas = lazy(() => import('./EChartCanvas').then((m) => ({ default: m.EChartCanvas })));

/** A chart of the given option, drawn once ECharts has loaded (its place kept meanwhile). */
export function EChart({ option, height = 320 }: { option: EChartsOption; height?: number }) {
  return (
    <Suspense fallback={<div style={{ width: '100%', height }} />}>
      <EChartCanvas option={option} height={height} />
    </Suspense>
  );
}
