import { memo } from 'react';
import { labelOfRegion } from '@shared/taxonomy';
import { maxRegionEpisodes, shadeLevel, type RegionStat } from '@shared/trends';
import { BodyMapFigure } from '../../components/BodyMapFigure';
import { ChartPanel } from '../../components/ChartPanel';
import { DataTable } from '../../components/DataTable';
import { pointsLabel } from './chartStyle';

function BodyMapChartChart_({ stats, summary }: { stats: readonly RegionStat[]; summary: string }) {
  const most = maxRegionEpisodes(stats);
  return (
    <ChartPanel
      height={330}
      title="Where it hurts"
      testId="body-map-chart"
      summary={summary}
      emptyMessage={
        most === 0 ? 'No regions noted in this period. Tick where it hurts when you log an episode.' : null
      }
      chart={
        <>
          <BodyMapFigure
            className="body-map"
            regions={stats.map((stat) => ({
              region: stat.region,
              level: shadeLevel(stat, most),
              title: `${labelOfRegion(stat.region)}: ${stat.episodes} ${stat.episodes === 1 ? 'episode' : 'episodes'}${stat.averageIntensity === null ? '' : `, average pain ${pointsLabel(stat.averageIntensity)}, worst ${stat.worst ?? '–'}`}`,
            }))}
          />
          <p className="legend-row">
            Seen from behind: your left is on the left. Darker: more often and worse. The small front view is
            for pain felt in the chest.
          </p>
        </>
      }
      table={() => (
        <DataTable
          caption="Episodes by region"
          rows={stats}
          rowKey={(s) => s.region}
          columns={[
            { header: 'Region', cell: (s) => labelOfRegion(s.region) },
            { header: 'Episodes', cell: (s) => s.episodes },
            { header: 'Average pain', cell: (s) => pointsLabel(s.averageIntensity) },
            { header: 'Worst', cell: (s) => s.worst ?? '–' },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const BodyMapChart = memo(BodyMapChartChart_);
