import { memo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { WithdrawalDayRow } from '@shared/withdrawalSummary';
import { summarizeWithdrawalTimeline } from '@shared/withdrawalSummary';
import { MAX_SCATTER_POINTS, latestPoints, type ContextField, type ContextPoint } from '@shared/trends';
import { ChartPanel } from '../../components/ChartPanel';
import { DataTable } from '../../components/DataTable';
import { AXIS, GRID, TOOLTIP, pointsLabel } from './chartStyle';

const FIELDS: Record<ContextField, { title: string; axis: string; empty: string }> = {
  sleepHours: {
    title: 'Sleep and pain',
    axis: 'Sleep the night before (hours)',
    empty: 'Not enough days with both sleep hours and a pain rating. Fill in sleep in the daily check-in.',
  },
  stress: {
    title: 'Stress and pain',
    axis: 'Stress (0-10)',
    empty: 'Not enough days with both a stress rating and a pain rating. Rate stress in the daily check-in.',
  },
  deskHours: {
    title: 'Desk hours and pain',
    axis: 'Desk or screen time (hours)',
    empty: 'Not enough days with both desk hours and a pain rating. Note desk hours in the daily check-in.',
  },
  mood: {
    title: 'Mood and pain',
    axis: 'Mood (0-10)',
    empty: 'Not enough days with both a mood rating and a pain rating. Rate your mood in the daily check-in.',
  },
  energy: {
    title: 'Energy and pain',
    axis: 'Energy (0-10)',
    empty:
      'Not enough days with both an energy rating and a pain rating. Rate your energy in the daily check-in.',
  },
};

/** What a chart of one of the person's own factors says, like the built-in fields above. */
export function ownChartMeta(name: string, kind: 'yes-no' | 'rating' | 'number', unit: string | null) {
  return {
    title: `${name} and pain`,
    axis:
      kind === 'yes-no'
        ? `${name} (0 no, 1 yes)`
        : kind === 'rating'
          ? `${name} (0-10)`
          : `${name}${unit ? ` (${unit})` : ''}`,
    empty: `Not enough days with both “${name}” and a pain rating. Fill it in with the daily check-in.`,
    scale:
      kind === 'number' ? ('auto' as const) : kind === 'yes-no' ? ('yes-no' as const) : ('rating' as const),
  };
}

type ChartMeta = { title: string; axis: string; empty: string; scale: 'rating' | 'yes-no' | 'auto' };

function metaOf(field: ContextField): ChartMeta {
  const scale = field === 'stress' || field === 'mood' || field === 'energy' ? 'rating' : 'auto';
  return { ...FIELDS[field], scale };
}

function ContextChartChart_({
  field,
  own,
  points,
  summary,
}: {
  field?: ContextField;
  /** One of the person's own factors instead of a built-in field. */
  own?: { factorId: string; name: string; kind: 'yes-no' | 'rating' | 'number'; unit: string | null };
  points: readonly ContextPoint[];
  summary: string;
}) {
  const meta: ChartMeta = own ? ownChartMeta(own.name, own.kind, own.unit) : metaOf(field ?? 'stress');
  return (
    <ChartPanel
      title={meta.title}
      testId={own ? `context-own-${own.factorId}` : `context-${field}`}
      summary={summary}
      emptyMessage={points.length === 0 ? meta.empty : null}
      chart={
        <>
          <ResponsiveContainer width="100%" height={240}>
            <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
              <CartesianGrid {...GRID} />
              <XAxis
                type="number"
                dataKey="value"
                name={meta.axis}
                {...(meta.scale === 'rating'
                  ? { domain: [0, 10], ticks: [0, 2, 4, 6, 8, 10] }
                  : meta.scale === 'yes-no'
                    ? { domain: [-0.5, 1.5], ticks: [0, 1] }
                    : { allowDecimals: false, domain: [0, 'auto'] })}
                {...AXIS}
                label={{ value: meta.axis, position: 'insideBottom', offset: -12, fill: 'var(--muted)' }}
              />
              <YAxis
                type="number"
                dataKey="pain"
                name="Pain"
                domain={[0, 10]}
                ticks={[0, 2, 4, 6, 8, 10]}
                {...AXIS}
                label={{
                  value: 'Pain (0-10)',
                  angle: -90,
                  position: 'insideLeft',
                  fill: 'var(--muted)',
                }}
              />
              <Tooltip {...TOOLTIP} cursor={{ strokeDasharray: '3 3' }} />
              <Scatter
                data={latestPoints(points, MAX_SCATTER_POINTS)}
                fill="var(--accent)"
                fillOpacity={0.6}
                isAnimationActive={false}
              />
            </ScatterChart>
          </ResponsiveContainer>
          <p className="legend-row">Each dot is a day.</p>
          {points.length > MAX_SCATTER_POINTS && (
            <p className="legend-row">
              Drawing the latest {MAX_SCATTER_POINTS} of {points.length} days; the summary and the table use
              all of them.
            </p>
          )}
        </>
      }
      table={() => (
        <DataTable
          caption={`${meta.title} by day`}
          rows={points}
          rowKey={(p) => p.day}
          columns={[
            { header: 'Day', cell: (p) => p.day },
            { header: meta.axis, cell: (p) => pointsLabel(p.value) },
            { header: 'Pain', cell: (p) => pointsLabel(p.pain) },
          ]}
        />
      )}
    />
  );
}

function WithdrawalPainChartChart_({
  title,
  rows,
  testId = 'context-withdrawal',
}: {
  title: string;
  rows: readonly WithdrawalDayRow[];
  testId?: string;
}) {
  const summary = summarizeWithdrawalTimeline(rows);
  return (
    <ChartPanel
      title={title}
      testId={testId}
      summary={summary.text}
      emptyMessage={summary.daysWithData === 0 ? summary.text : null}
      chart={
        <ResponsiveContainer width="100%" height={240}>
          <LineChart data={[...rows]} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
            <CartesianGrid {...GRID} />
            <XAxis
              dataKey="dayNumber"
              {...AXIS}
              label={{ value: 'Withdrawal day', position: 'insideBottom', offset: -12, fill: 'var(--muted)' }}
            />
            <YAxis
              domain={[0, 10]}
              {...AXIS}
              label={{ value: 'Pain (0-10)', angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
            />
            <Tooltip {...TOOLTIP} labelFormatter={(day) => `Day ${String(day)}`} />
            <Line
              dataKey="worstEpisode"
              name="Worst episode"
              stroke="var(--danger)"
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="checkInPain"
              name="Check-in pain"
              stroke="var(--accent)"
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      }
      table={() => (
        <DataTable
          caption={title}
          rows={rows}
          rowKey={(r) => r.day}
          columns={[
            { header: 'Day', cell: (r) => r.dayNumber },
            { header: 'Date', cell: (r) => r.day },
            { header: 'Worst episode', cell: (r) => pointsLabel(r.worstEpisode) },
            { header: 'Check-in pain', cell: (r) => pointsLabel(r.checkInPain) },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const ContextChart = memo(ContextChartChart_);

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const WithdrawalPainChart = memo(WithdrawalPainChartChart_);
