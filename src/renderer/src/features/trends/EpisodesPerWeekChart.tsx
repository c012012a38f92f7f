import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  MAX_WEEKLY_BARS,
  TRIGGER_STACK_ORDER,
  describeWeekly,
  monthlyBars,
  type WeekBar,
} from '@shared/trends';
import { labelOfTriggerKind } from '@shared/taxonomy';
import { ChartPanel } from '../../components/ChartPanel';
import { AXIS, GRID, TOOLTIP, TRIGGER_COLOURS, shortDay } from './chartStyle';

function kindLabel(kind: (typeof TRIGGER_STACK_ORDER)[number]): string {
  return kind === 'none' ? 'Nothing noted' : labelOfTriggerKind(kind);
}

function EpisodesPerWeekChartChart_({ bars }: { bars: readonly WeekBar[] }) {
  const hasData = bars.some((b) => b.total > 0);
  const used = TRIGGER_STACK_ORDER.filter((kind) => bars.some((b) => b.counts[kind] > 0));
  const isMonthly = bars.length > MAX_WEEKLY_BARS;
  const drawn = isMonthly ? monthlyBars(bars) : bars;
  const data = drawn.map((b) => ({ week: b.weekStart, ...b.counts }));
  return (
    <ChartPanel
      title={
        isMonthly ? 'Episodes per month, by what was going on' : 'Episodes per week, by what was going on'
      }
      testId="weekly-chart"
      summary={describeWeekly(bars)}
      emptyMessage={
        hasData ? null : 'No episodes in this period. When it hurts, press Ctrl+Shift+L to log it.'
      }
      chart={
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
            <CartesianGrid {...GRID} />
            <XAxis
              dataKey="week"
              tickFormatter={shortDay}
              minTickGap={16}
              {...AXIS}
              label={{
                value: isMonthly ? 'Month' : 'Week starting',
                position: 'insideBottom',
                offset: -12,
                fill: 'var(--muted)',
              }}
            />
            <YAxis
              allowDecimals={false}
              {...AXIS}
              label={{ value: 'Episodes', angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
            />
            <Tooltip
              {...TOOLTIP}
              labelFormatter={(week) => `${isMonthly ? 'Month of' : 'Week of'} ${shortDay(String(week))}`}
            />
            <Legend verticalAlign="top" />
            {used.map((kind) => (
              <Bar
                key={kind}
                dataKey={kind}
                name={kindLabel(kind)}
                stackId="episodes"
                fill={TRIGGER_COLOURS[kind]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Episodes per week by what was going on</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {used.map((kind) => (
                <th key={kind} scope="col">
                  {kindLabel(kind)}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b) => (
              <tr key={b.weekStart}>
                <th scope="row">{b.weekStart}</th>
                {used.map((kind) => (
                  <td key={kind}>{b.counts[kind]}</td>
                ))}
                <td>{b.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const EpisodesPerWeekChart = memo(EpisodesPerWeekChartChart_);
