import { memo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { verdictOfSeries, type VerdictMeasure } from '@shared/scoring/measureVerdict';
import { meaningfulBand } from '@shared/trends';
import { ChartPanel } from '../../components/ChartPanel';
import { DataTable } from '../../components/DataTable';
import { AXIS, GRID, TOOLTIP, pointsLabel, shortDay } from './chartStyle';

interface MeasureChartProps {
  measure: VerdictMeasure;
  /** Every rating ever taken, in order, so the baseline is the first one. */
  series: readonly { day: string; score: number }[];
  testId: string;
}

function MeasureChartChart_({ measure, series, testId }: MeasureChartProps) {
  const verdict = verdictOfSeries(measure, series);
  const { name, threshold, betterWhen } = verdict;
  const band = meaningfulBand([...series], threshold);
  return (
    <ChartPanel
      height={250}
      title={`${name} over time`}
      testId={testId}
      summary={verdict.sentence}
      emptyMessage={
        series.length === 0 ? `No ${name} ratings yet. Rate it weekly on the Measures page.` : null
      }
      chart={
        <>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={[...series]} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
              <CartesianGrid {...GRID} />
              <XAxis
                dataKey="day"
                tickFormatter={shortDay}
                {...AXIS}
                label={{ value: 'Day rated', position: 'insideBottom', offset: -12, fill: 'var(--muted)' }}
              />
              <YAxis
                domain={[0, 10]}
                {...AXIS}
                // The chart's title names the measure; the full "PEG-3 score (0-10)" did not fit the
                // chart's height and was cut to "PEG-3 scor".
                label={{
                  value: 'Score (0-10)',
                  angle: -90,
                  position: 'insideLeft',
                  fill: 'var(--muted)',
                  fontSize: 12,
                }}
              />
              <Tooltip {...TOOLTIP} labelFormatter={(day) => shortDay(String(day))} />
              {band && (
                <ReferenceArea
                  y1={Math.max(0, band.low)}
                  y2={Math.min(10, band.high)}
                  fill="var(--muted)"
                  fillOpacity={0.12}
                />
              )}
              <Line dataKey="score" name={`${name} score`} stroke="var(--accent)" isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
          <p className="legend-row">
            Shaded: within {threshold} points of your first rating, the usual ups and downs.{' '}
            {betterWhen === 'higher' ? 'Higher is better.' : 'Lower is better.'}
          </p>
        </>
      }
      table={() => (
        <DataTable
          caption={`${name} scores`}
          rows={series}
          rowKey={(p) => p.day}
          columns={[
            { header: 'Day', cell: (p) => p.day },
            { header: 'Score', cell: (p) => pointsLabel(p.score) },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const MeasureChart = memo(MeasureChartChart_);
