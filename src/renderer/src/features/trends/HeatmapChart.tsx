import { memo } from 'react';
import type { HeatCell } from '@shared/trends';
import { ChartPanel } from '../../components/ChartPanel';
import { DataTable } from '../../components/DataTable';
import { pointsLabel } from './chartStyle';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CELL = 22;
const LEFT = 40;
const TOP = 18;

function HeatmapChartChart_({ cells, summary }: { cells: readonly HeatCell[]; summary: string }) {
  const most = Math.max(0, ...cells.map((c) => c.episodes));
  return (
    <ChartPanel
      height={240}
      title="When it hurts: episode starts by hour and weekday"
      testId="heatmap-chart"
      summary={summary}
      emptyMessage={
        most === 0
          ? 'No episodes in this period. Logging them as they start shows when in the day and week pain tends to come.'
          : null
      }
      chart={
        <>
          <svg
            className="heatmap"
            viewBox={`0 0 ${LEFT + 24 * CELL} ${TOP + 7 * CELL + 24}`}
            role="img"
            aria-label="Heatmap of episode starts by hour of day and weekday"
          >
            {Array.from({ length: 24 }, (_, hour) =>
              hour % 3 === 0 ? (
                <text
                  key={hour}
                  x={LEFT + hour * CELL + CELL / 2}
                  y={12}
                  fontSize={10}
                  textAnchor="middle"
                  fill="var(--muted)"
                >
                  {hour}
                </text>
              ) : null,
            )}
            {WEEKDAYS.map((name, weekday) => (
              <text
                key={name}
                x={LEFT - 6}
                y={TOP + weekday * CELL + CELL * 0.7}
                fontSize={11}
                textAnchor="end"
                fill="var(--muted)"
              >
                {name}
              </text>
            ))}
            {cells.map((cell) => (
              <rect
                key={`${cell.weekday}-${cell.hour}`}
                data-testid="heat-cell"
                x={LEFT + cell.hour * CELL + 1}
                y={TOP + cell.weekday * CELL + 1}
                width={CELL - 2}
                height={CELL - 2}
                rx={3}
                fill="var(--danger)"
                fillOpacity={cell.episodes === 0 ? 0.04 : 0.15 + 0.85 * (cell.episodes / most)}
              >
                <title>
                  {`${WEEKDAYS[cell.weekday]} ${cell.hour}:00–${cell.hour}:59: ${cell.episodes} ${cell.episodes === 1 ? 'episode' : 'episodes'}${cell.averageIntensity === null ? '' : `, average pain ${pointsLabel(cell.averageIntensity)}`}`}
                </title>
              </rect>
            ))}
            <text
              x={LEFT + 12 * CELL}
              y={TOP + 7 * CELL + 18}
              fontSize={11}
              textAnchor="middle"
              fill="var(--muted)"
            >
              Hour of the day (local time)
            </text>
          </svg>
          <p className="legend-row">
            Darker squares: more episodes started then. Point at a square for its numbers.
          </p>
        </>
      }
      table={() => (
        <DataTable
          caption="Episode starts by weekday and hour (hours with none are left out)"
          rows={cells.filter((c) => c.episodes > 0)}
          rowKey={(c) => `${c.weekday}-${c.hour}`}
          columns={[
            { header: 'Weekday', cell: (c) => WEEKDAYS[c.weekday] },
            { header: 'Hour', cell: (c) => `${c.hour}:00` },
            { header: 'Episodes', cell: (c) => c.episodes },
            { header: 'Average pain', cell: (c) => pointsLabel(c.averageIntensity) },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const HeatmapChart = memo(HeatmapChartChart_);
