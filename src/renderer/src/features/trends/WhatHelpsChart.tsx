import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RemedyRelief } from '@shared/analysis';
import { MIN_USES } from '@shared/analysis/remedies';
import { RELIEF_WINDOW_WORDS } from '@shared/analysis/wording';
import { helpsBars } from '@shared/trends/helpsBars';
import { ChartPanel } from '../../components/ChartPanel';
import { DataTable } from '../../components/DataTable';
import { AXIS, GRID, TOOLTIP, pointsLabel } from './chartStyle';

function WhatHelpsChartChart_({ reliefs, summary }: { reliefs: readonly RemedyRelief[]; summary: string }) {
  const { measure, axisLabel, bars } = helpsBars(reliefs);
  const compared = measure === 'beyond-easing';
  const data = bars.map((bar) => ({
    name: bar.name,
    value: bar.value,
    // The whisker is the 95% range around the bar's end (recharts wants the distances either side).
    range: [Math.max(0, bar.value - bar.low), Math.max(0, bar.high - bar.value)],
    uses: bar.uses,
  }));
  return (
    <ChartPanel
      title={
        compared ? 'What helps: relief beyond pain easing by itself' : 'What helps: relief after each remedy'
      }
      testId="helps-chart"
      summary={summary}
      emptyMessage={
        bars.length === 0
          ? `No remedy has ${MIN_USES} rated uses in this period yet. When you try something, answer the follow-up that asks how it is, or add your pain before and ${RELIEF_WINDOW_WORDS} after.`
          : null
      }
      chart={
        <ResponsiveContainer width="100%" height={Math.max(160, 44 * data.length + 60)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 24 }}>
            <CartesianGrid {...GRID} />
            <XAxis
              type="number"
              {...AXIS}
              label={{ value: axisLabel, position: 'insideBottom', offset: -12, fill: 'var(--muted)' }}
            />
            <YAxis type="category" dataKey="name" width={150} {...AXIS} />
            <Tooltip
              {...TOOLTIP}
              formatter={(value) => [
                `${String(value)} points${compared ? ' more than by itself' : ' (median)'}`,
                'Relief',
              ]}
            />
            <Bar
              dataKey="value"
              name={compared ? 'Relief beyond easing by itself' : 'Median relief'}
              fill="var(--accent)"
              isAnimationActive={false}
            >
              <ErrorBar dataKey="range" width={6} stroke="var(--text)" direction="x" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={() => (
        <DataTable
          caption={compared ? 'Relief beyond pain easing by itself' : 'Relief after each remedy'}
          rows={bars}
          rowKey={(bar) => bar.remedy}
          columns={[
            { header: 'Remedy', cell: (bar) => bar.name },
            { header: 'Rated uses', cell: (bar) => bar.uses },
            {
              header: compared ? 'More relief than by itself' : 'Median relief',
              cell: (bar) => pointsLabel(bar.value),
            },
            { header: '95% range', cell: (bar) => `${pointsLabel(bar.low)} to ${pointsLabel(bar.high)}` },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const WhatHelpsChart = memo(WhatHelpsChartChart_);
