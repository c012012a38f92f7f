import { memo } from 'react';
import type { DayPoint } from '@shared/trends';
import { ChartPanel } from '../../components/ChartPanel';
import { DataTable } from '../../components/DataTable';
import { SlotChart, linePath, type LegendEntry } from '../../components/SlotChart';
import { pointsLabel, shortDay } from './chartStyle';

/** Beyond this many points, dots would crowd the line; only the lines are drawn. */
const MAX_DOTS = 120;
const PAIN_TICKS = [0, 2, 4, 6, 8, 10];
const FLAG_COLOUR = '#c77700';
const WITHDRAWAL_COLOUR = '#CC79A7';

function noted(point: DayPoint): string {
  return [point.redFlag ? 'Warning sign' : null, point.withdrawalStart ? 'Stopped a substance' : null]
    .filter(Boolean)
    .join(', ');
}

interface PainOverTimeChartProps {
  /** Every day of the range (for the table). */
  points: readonly DayPoint[];
  /** What is drawn: the same days, or one point a week for a long range. */
  drawn: readonly DayPoint[];
  summary: string;
}

function PainOverTimeChartChart_({ points, drawn: data, summary }: PainOverTimeChartProps) {
  const hasData = points.some((p) => p.worst !== null);
  const isWeekly = data.length !== points.length;
  const showDots = data.length <= MAX_DOTS;
  const legend: LegendEntry[] = [
    { label: isWeekly ? 'Worst that week' : 'Daily worst', colour: 'var(--danger)', line: true },
    { label: isWeekly ? 'Weekly average' : 'Day’s pain', colour: 'var(--accent)', line: true },
    { label: '7-day average', colour: 'var(--text)', line: true },
  ];
  if (data.some((p) => p.redFlag)) legend.push({ label: 'Warning sign noted', colour: FLAG_COLOUR });
  if (data.some((p) => p.withdrawalStart))
    legend.push({ label: 'Stopped a substance', colour: WITHDRAWAL_COLOUR, line: true });
  return (
    <ChartPanel
      height={340}
      title={isWeekly ? 'Pain over time (by week)' : 'Pain over time'}
      testId="pain-chart"
      summary={summary}
      emptyMessage={
        hasData
          ? null
          : 'No pain ratings in this period yet. Log episodes or fill in daily check-ins to see your pain over time.'
      }
      chart={
        <SlotChart
          count={data.length}
          height={300}
          yTicks={PAIN_TICKS}
          yLabel="Pain (0-10)"
          xLabel={isWeekly ? 'Week starting' : 'Day'}
          xTickLabel={(index) => shortDay(data[index]?.day ?? '')}
          label={isWeekly ? 'Pain over time, by week.' : 'Pain over time, by day.'}
          legend={legend}
          tooltip={(index) => {
            const point = data[index];
            if (!point) return null;
            return (
              <>
                <strong>{isWeekly ? `Week of ${shortDay(point.day)}` : shortDay(point.day)}</strong>
                <dl>
                  <dt>{isWeekly ? 'Worst that week' : 'Worst'}</dt>
                  <dd>{pointsLabel(point.worst)}</dd>
                  <dt>{isWeekly ? 'Weekly average' : 'Day’s pain'}</dt>
                  <dd>{pointsLabel(point.average)}</dd>
                  <dt>7-day average</dt>
                  <dd>{pointsLabel(point.rolling7)}</dd>
                </dl>
                {noted(point) && <div>{noted(point)}</div>}
              </>
            );
          }}
        >
          {(scale) => (
            <>
              {data.map((point, index) =>
                point.withdrawalStart ? (
                  <g key={`stopped-${point.day}`} className="withdrawal-marker">
                    <line
                      x1={scale.x(index)}
                      x2={scale.x(index)}
                      y1={scale.plot.top}
                      y2={scale.plot.top + scale.plot.height}
                      stroke={WITHDRAWAL_COLOUR}
                      strokeDasharray="4 2"
                    />
                    <text className="chart-tick" x={scale.x(index) + 4} y={scale.plot.top + 10}>
                      Stopped
                    </text>
                  </g>
                ) : null,
              )}
              <g className="series-worst" stroke="var(--danger)" fill="var(--danger)">
                <path
                  d={linePath(
                    data.map((p) => p.worst),
                    scale,
                  )}
                  fill="none"
                  strokeWidth={1.5}
                />
                {showDots &&
                  data.map((point, index) =>
                    point.worst === null ? null : (
                      <circle
                        key={point.day}
                        className="dot"
                        cx={scale.x(index)}
                        cy={scale.y(point.worst)}
                        r={3}
                      />
                    ),
                  )}
              </g>
              <g className="series-average" stroke="var(--accent)" fill="var(--accent)">
                <path
                  d={linePath(
                    data.map((p) => p.average),
                    scale,
                  )}
                  fill="none"
                  strokeWidth={1.5}
                />
                {showDots &&
                  data.map((point, index) =>
                    point.average === null ? null : (
                      <circle
                        key={point.day}
                        className="dot"
                        cx={scale.x(index)}
                        cy={scale.y(point.average)}
                        r={2}
                      />
                    ),
                  )}
              </g>
              <path
                className="series-rolling"
                d={linePath(
                  data.map((p) => p.rolling7),
                  scale,
                  true,
                )}
                fill="none"
                stroke="var(--text)"
                strokeWidth={2.5}
              />
              {data.map((point, index) =>
                point.redFlag && point.worst !== null ? (
                  <g key={`flag-${point.day}`} className="flag-marker">
                    <circle
                      cx={scale.x(index)}
                      cy={scale.y(point.worst)}
                      r={7}
                      fill={FLAG_COLOUR}
                      stroke="var(--surface)"
                    />
                    <text
                      x={scale.x(index)}
                      y={scale.y(point.worst) + 4}
                      textAnchor="middle"
                      fontSize={11}
                      fontWeight={700}
                      fill="#fff"
                    >
                      !
                    </text>
                  </g>
                ) : null,
              )}
            </>
          )}
        </SlotChart>
      }
      // The table holds what the chart draws: days, or weeks when the chart is by week.
      table={() => (
        <DataTable
          caption={
            isWeekly
              ? 'Pain by week: the worst rating of each week, and the averages of its days'
              : 'Pain by day. Day’s pain is your check-in’s overall pain when you gave one, otherwise the average of the day’s episodes'
          }
          rows={isWeekly ? data : points}
          rowKey={(p) => p.day}
          columns={[
            { header: isWeekly ? 'Week starting' : 'Day', cell: (p) => p.day },
            { header: isWeekly ? 'Worst that week' : 'Worst', cell: (p) => pointsLabel(p.worst) },
            { header: isWeekly ? 'Weekly average' : 'Day’s pain', cell: (p) => pointsLabel(p.average) },
            { header: 'Check-in', cell: (p) => pointsLabel(p.checkInPain) },
            { header: 'Episodes’ average', cell: (p) => pointsLabel(p.episodeAverage) },
            { header: '7-day average', cell: (p) => pointsLabel(p.rolling7) },
            { header: 'Noted', cell: noted },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const PainOverTimeChart = memo(PainOverTimeChartChart_);
