import { memo } from 'react';
import type { ReactElement } from 'react';
import { labelOfRegion } from '@shared/taxonomy';
import type { BodyRegionId } from '@shared/taxonomy/regions';
import { shadeLevel, type RegionStat } from '@shared/trends';
import { ChartPanel } from '../../components/ChartPanel';
import { pointsLabel } from './chartStyle';

/** A simple upper back seen from behind: one shape per region, left on the person's left (viewer's left). */
const SHAPES: Record<BodyRegionId, (props: { fill: string; opacity: number }) => ReactElement> = {
  neck: (p) => <rect x={128} y={10} width={44} height={40} rx={10} {...fillOf(p)} />,
  'upper-trapezius-left': (p) => <path d="M128 45 L70 70 L80 90 L130 75 Z" {...fillOf(p)} />,
  'upper-trapezius-right': (p) => <path d="M172 45 L230 70 L220 90 L170 75 Z" {...fillOf(p)} />,
  'shoulder-left': (p) => <ellipse cx={50} cy={85} rx={26} ry={20} {...fillOf(p)} />,
  'shoulder-right': (p) => <ellipse cx={250} cy={85} rx={26} ry={20} {...fillOf(p)} />,
  'shoulder-blade-left': (p) => <path d="M85 95 L135 95 L130 160 L95 150 Z" {...fillOf(p)} />,
  'shoulder-blade-right': (p) => <path d="M215 95 L165 95 L170 160 L205 150 Z" {...fillOf(p)} />,
  'between-shoulder-blades': (p) => <rect x={138} y={90} width={24} height={75} rx={4} {...fillOf(p)} />,
  'thoracic-spine': (p) => <rect x={140} y={170} width={20} height={70} rx={4} {...fillOf(p)} />,
  'ribs-left': (p) => <path d="M80 165 L132 170 L132 235 L90 225 Z" {...fillOf(p)} />,
  'ribs-right': (p) => <path d="M220 165 L168 170 L168 235 L210 225 Z" {...fillOf(p)} />,
  'arm-left': (p) => <rect x={22} y={110} width={30} height={120} rx={12} {...fillOf(p)} />,
  'arm-right': (p) => <rect x={248} y={110} width={30} height={120} rx={12} {...fillOf(p)} />,
  chest: (p) => <rect x={110} y={248} width={80} height={26} rx={8} {...fillOf(p)} />,
};

function fillOf({ fill, opacity }: { fill: string; opacity: number }) {
  return { fill, fillOpacity: opacity };
}

const OPACITY = [0.05, 0.25, 0.45, 0.7, 0.95] as const;

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
          <svg
            className="body-map"
            viewBox="0 0 300 285"
            role="img"
            aria-label="Map of the upper back, seen from behind"
          >
            {stats.map((stat) => {
              const level = shadeLevel(stat, most);
              const Shape = SHAPES[stat.region];
              return (
                <g key={stat.region} data-testid="region" data-level={level}>
                  <title>
                    {`${labelOfRegion(stat.region)}: ${stat.episodes} ${stat.episodes === 1 ? 'episode' : 'episodes'}${stat.averageIntensity === null ? '' : `, average pain ${pointsLabel(stat.averageIntensity)}, worst ${stat.worst ?? '–'}`}`}
                  </title>
                  <Shape fill="var(--danger)" opacity={OPACITY[level]} />
                </g>
              );
            })}
          </svg>
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
