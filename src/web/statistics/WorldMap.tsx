import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { alpha2OfNumeric } from '../../domain/reference/countries';
import type { Counts } from '../../domain/statistics/statisticsSchemas';
import { EChart } from '../dashboard/EChart';

/**
 * The world's countries (Natural Earth 1:110m, from the world-atlas package) as an ECharts map whose
 * regions are named by ISO alpha-2 code, loaded once, on first use.
 */
function useWorldMap() {
  return useQuery({
    queryKey: ['reference', 'world-map'],
    staleTime: Infinity,
    queryFn: async () => {
      const [{ default: topology }, { feature }, { echarts }] = await Promise.all([
        import('world-atlas/countries-110m.json'),
        import('topojson-client'),
        import('../dashboard/echartsCore'),
      ]);
      // The package's JSON is typed loosely; topojson-client's types want its own Topology.
      const atlas = topology as unknown as Parameters<typeof feature>[0];
      const world = feature(atlas, atlas.objects.countries!) as unknown as {
        features: { id?: string; properties: { name: string } }[];
      };
      for (const f of world.features) f.properties.name = (f.id && alpha2OfNumeric(f.id)) || f.properties.name;
      echarts.registerMap('world', world as never);
      return true;
    },
  });
}

/** Persons by country of residence on the world map, darker for more. */
export function WorldMap({ counts, countryName }: { counts: Counts; countryName: (code: string | null) => string }) {
  const map = useWorldMap();
  const option = useMemo((): EChartsOption => {
    const max = Math.max(1, ...counts.map((c) => c.count));
    return {
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = p as { name: string; value?: number };
          return `${countryName(item.name)}: ${Number.isFinite(item.value) ? item.value : 0}`;
        },
      },
      visualMap: { min: 0, max, left: 'left', bottom: 0, inRange: { color: ['#fde0dc', '#b71c1c'] }, calculable: true },
      series: [
        {
          type: 'map',
          map: 'world',
          roam: true,
          emphasis: { label: { show: false } },
          data: counts.filter((c) => c.code).map((c) => ({ name: c.code!, value: c.count })),
        },
      ],
    };
  }, [counts, countryName]);
  if (!map.data) return <Spin />;
  return <EChart option={option} height={460} />;
}
