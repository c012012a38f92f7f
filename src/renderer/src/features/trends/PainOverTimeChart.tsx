import { memo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { DayPoint } from '@shared/trends';
import { MAX_DAILY_POINTS, describePainSeries, weeklyPainPoints } from '@shared/trends';
import { ChartPanel } from '../../components/ChartPanel';
import { AXIS, GRID, TOOLTIP, pointsLabel, shortDay } from './chartStyle';

/** Beyond this many days, dots would crowd the line; only the lines are drawn. */
const MAX_DOTS = 120;

function PainOverTimeChartChart_({ points }: { points: readonly DayPoint[] }) {
  const hasData = points.some((p) => p.worst !== null);
  const isWeekly = points.length > MAX_DAILY_POINTS;
  const data = isWeekly ? weeklyPainPoints(points) : points;
  const showDots = data.length <= MAX_DOTS;
  const flags = data.filter((p) => p.redFlag && p.worst !== null).map((p) => ({ day: p.day, flag: p.worst }));
  return (
    <ChartPanel
      height={320}
      title={isWeekly ? 'Pain over time (by week)' : 'Pain over time'}
      testId="pain-chart"
      summary={describePainSeries(points)}
      emptyMessage={
        hasData
          ? null
          : 'No pain ratings in this period yet. Log episodes or fill in daily check-ins to see your pain over time.'
      }
      chart={
        <ResponsiveContainer width="100%" height={300}>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
            <CartesianGrid {...GRID} />
            <XAxis
              dataKey="day"
              tickFormatter={shortDay}
              minTickGap={24}
              {...AXIS}
              label={{
                value: isWeekly ? 'Week starting' : 'Day',
                position: 'insideBottom',
                offset: -12,
                fill: 'var(--muted)',
              }}
            />
            <YAxis
              domain={[0, 10]}
              ticks={[0, 2, 4, 6, 8, 10]}
              {...AXIS}
              label={{ value: 'Pain (0-10)', angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
            />
            <Tooltip {...TOOLTIP} labelFormatter={(day) => shortDay(String(day))} />
            <Legend verticalAlign="top" />
            <Line
              type="linear"
              dataKey="worst"
              name={isWeekly ? 'Worst that week' : 'Daily worst'}
              stroke="var(--danger)"
              dot={showDots ? { r: 3 } : false}
              isAnimationActive={false}
              className="series-worst"
            />
            <Line
              type="linear"
              dataKey="average"
              name={isWeekly ? 'Weekly average' : 'Daily average'}
              stroke="var(--accent)"
              dot={showDots ? { r: 2 } : false}
              isAnimationActive={false}
              className="series-average"
            />
            <Line
              type="monotone"
              dataKey="rolling7"
              name="7-day average"
              stroke="var(--text)"
              strokeWidth={2.5}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
            {flags.map((flag) => (
              <ReferenceDot
                key={flag.day}
                x={flag.day}
                y={flag.flag ?? 0}
                r={7}
                fill="#c77700"
                stroke="var(--surface)"
                className="flag-marker"
                label={{ value: '!', position: 'top', fill: '#c77700', fontWeight: 700 }}
              />
            ))}
            {points
              .filter((p) => p.withdrawalStart)
              .map((p) => (
                <ReferenceLine
                  key={p.day}
                  x={p.day}
                  stroke="#CC79A7"
                  strokeDasharray="4 2"
                  label={{ value: 'Stopped', position: 'top', fill: 'var(--muted)', fontSize: 11 }}
                />
              ))}
          </ComposedChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Pain by day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Worst</th>
              <th scope="col">Average</th>
              <th scope="col">7-day average</th>
              <th scope="col">Noted</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.day}>
                <th scope="row">{p.day}</th>
                <td>{pointsLabel(p.worst)}</td>
                <td>{pointsLabel(p.average)}</td>
                <td>{pointsLabel(p.rolling7)}</td>
                <td>
                  {[p.redFlag ? 'Warning sign' : null, p.withdrawalStart ? 'Stopped a substance' : null]
                    .filter(Boolean)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const PainOverTimeChart = memo(PainOverTimeChartChart_);
