import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RemedyRelief } from '@shared/analysis';
import { labelOfRemedy } from '@shared/taxonomy';
import { ChartPanel } from '../../components/ChartPanel';
import { DataTable } from '../../components/DataTable';
import { AXIS, GRID, TOOLTIP, pointsLabel } from './chartStyle';

function WhatHelpsChartChart_({ reliefs, summary }: { reliefs: readonly RemedyRelief[]; summary: string }) {
  const rated = reliefs.filter((r) => r.median !== null && r.ciLow !== null && r.ciHigh !== null);
  const data = rated.map((r) => {
    const median = r.median ?? 0;
    return {
      name: labelOfRemedy(r.remedy),
      median,
      // The bar shows the median; the whisker the 95% range of the mean around it.
      range: [Math.max(0, median - (r.ciLow ?? median)), Math.max(0, (r.ciHigh ?? median) - median)],
      uses: r.uses,
    };
  });
  return (
    <ChartPanel
      title="What helps: relief after each remedy"
      testId="helps-chart"
      summary={summary}
      emptyMessage={
        rated.length === 0
          ? 'No remedy has 5 rated uses in this period yet. When you try something, add your pain before and 30 to 180 minutes after.'
          : null
      }
      chart={
        <ResponsiveContainer width="100%" height={Math.max(160, 44 * data.length + 60)}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 24, left: 24 }}>
            <CartesianGrid {...GRID} />
            <XAxis
              type="number"
              {...AXIS}
              label={{
                value: 'Points less pain afterwards (median, 95% range)',
                position: 'insideBottom',
                offset: -12,
                fill: 'var(--muted)',
              }}
            />
            <YAxis type="category" dataKey="name" width={150} {...AXIS} />
            <Tooltip {...TOOLTIP} formatter={(value) => [`${String(value)} points (median)`, 'Relief']} />
            <Bar dataKey="median" name="Median relief" fill="var(--accent)" isAnimationActive={false}>
              <ErrorBar dataKey="range" width={6} stroke="var(--text)" direction="x" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
      table={() => (
        <DataTable
          caption="Relief after each remedy"
          rows={rated}
          rowKey={(r) => r.remedy}
          columns={[
            { header: 'Remedy', cell: (r) => labelOfRemedy(r.remedy) },
            { header: 'Rated uses', cell: (r) => r.uses },
            { header: 'Median relief', cell: (r) => pointsLabel(r.median) },
            { header: 'Mean relief', cell: (r) => pointsLabel(r.mean) },
            { header: '95% range', cell: (r) => `${pointsLabel(r.ciLow)} to ${pointsLabel(r.ciHigh)}` },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const WhatHelpsChart = memo(WhatHelpsChartChart_);
