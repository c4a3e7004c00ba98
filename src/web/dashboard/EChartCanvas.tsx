import type { EChartsOption } from 'echarts';
import { useEffect, useRef } from 'react';
import { echarts } from './echartsCore';

/** An ECharts chart that follows its option and its container's size. */
export function EChartCanvas({ option, height }: { option: EChartsOption; height: number }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const instance = echarts.init(container.current);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={container} style={{ width: '100%', height }} />;
}
