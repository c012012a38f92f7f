import { memo } from 'react';
import { labelOfRegion } from '@shared/taxonomy';
import { shadeLevel, type RegionStat } from '@shared/trends';
import { BodyMapFigure } from '../../components/BodyMapFigure';
import { ChartPanel } from '../../components/ChartPanel';
import { pointsLabel } from './chartStyle';

function BodyMapChartChart_({ stats, summary }: { stats: readonly RegionStat[]; summary: string }) {
  const most = Math.max(0, ...stats.map((s) => s.episodes));
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
            Seen from behind: your left is on the left. Darker: more often and worse. The chest band is for
            pain felt at the front.
          </p>
        </>
      }
      table={() => (
        <table className="data-table">
          <caption className="visually-hidden">Episodes by region</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Episodes</th>
              <th scope="col">Average pain</th>
              <th scope="col">Worst</th>
            </tr>
          </thead>
          <tbody>
            {stats.map((s) => (
              <tr key={s.region}>
                <th scope="row">{labelOfRegion(s.region)}</th>
                <td>{s.episodes}</td>
                <td>{pointsLabel(s.averageIntensity)}</td>
                <td>{s.worst ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const BodyMapChart = memo(BodyMapChartChart_);
