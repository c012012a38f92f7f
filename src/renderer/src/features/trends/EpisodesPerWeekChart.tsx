import { memo } from 'react';
import { countTicks } from '@shared/chartLayout';
import { TRIGGER_STACK_ORDER, type WeekBar } from '@shared/trends';
import { labelOfTriggerKind } from '@shared/taxonomy';
import { ChartPanel } from '../../components/ChartPanel';
import { SHORTCUT_LABELS } from '../../shortcuts';
import { DataTable } from '../../components/DataTable';
import { SlotChart } from '../../components/SlotChart';
import { TRIGGER_COLOURS, shortDay } from './chartStyle';

function kindLabel(kind: (typeof TRIGGER_STACK_ORDER)[number]): string {
  return kind === 'none' ? 'Nothing noted' : labelOfTriggerKind(kind);
}

/** "Nov 2026" for the first day of a month. */
function monthLabel(day: string): string {
  return new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

interface EpisodesPerWeekChartProps {
  /** Every week of the range (for the table). */
  bars: readonly WeekBar[];
  /** What is drawn: the same weeks, or one bar a month for a long range. */
  drawn: readonly WeekBar[];
  summary: string;
}

function EpisodesPerWeekChartChart_({ bars, drawn, summary }: EpisodesPerWeekChartProps) {
  const hasData = bars.some((b) => b.total > 0);
  const used = TRIGGER_STACK_ORDER.filter((kind) => bars.some((b) => b.counts[kind] > 0));
  const isMonthly = drawn.length !== bars.length;
  const ticks = countTicks(Math.max(0, ...drawn.map((b) => b.total)));
  const periodLabel = (day: string) => (isMonthly ? monthLabel(day) : shortDay(day));
  return (
    <ChartPanel
      height={300}
      title={
        isMonthly ? 'Episodes per month, by what was going on' : 'Episodes per week, by what was going on'
      }
      testId="weekly-chart"
      summary={summary}
      emptyMessage={
        hasData
          ? null
          : `No episodes in this period. When it hurts, press ${SHORTCUT_LABELS.quickLog} to log it.`
      }
      chart={
        <SlotChart
          count={drawn.length}
          height={260}
          yTicks={ticks}
          yLabel="Episodes"
          xLabel={isMonthly ? 'Month' : 'Week starting'}
          xTickLabel={(index) => periodLabel(drawn[index]?.weekStart ?? '')}
          label={isMonthly ? 'Episodes per month.' : 'Episodes per week.'}
          legend={used.map((kind) => ({ label: kindLabel(kind), colour: TRIGGER_COLOURS[kind] }))}
          tooltip={(index) => {
            const bar = drawn[index];
            if (!bar) return null;
            return (
              <>
                <strong>
                  {isMonthly ? monthLabel(bar.weekStart) : `Week of ${shortDay(bar.weekStart)}`}: {bar.total}{' '}
                  {bar.total === 1 ? 'episode' : 'episodes'}
                </strong>
                <dl>
                  {used
                    .filter((kind) => bar.counts[kind] > 0)
                    .map((kind) => (
                      <div key={kind} style={{ display: 'contents' }}>
                        <dt>{kindLabel(kind)}</dt>
                        <dd>{bar.counts[kind]}</dd>
                      </div>
                    ))}
                </dl>
              </>
            );
          }}
        >
          {(scale) => {
            const width = Math.max(1, Math.min(48, scale.slotWidth * 0.8));
            return drawn.map((bar, index) => {
              let base = 0;
              return (
                <g key={bar.weekStart} className="week-bar" data-total={bar.total}>
                  {used.map((kind) => {
                    const count = bar.counts[kind];
                    if (count === 0) return null;
                    const top = scale.y(base + count);
                    const height = scale.y(base) - top;
                    base += count;
                    return (
                      <rect
                        key={kind}
                        x={scale.x(index) - width / 2}
                        y={top}
                        width={width}
                        height={height}
                        fill={TRIGGER_COLOURS[kind]}
                      />
                    );
                  })}
                </g>
              );
            });
          }}
        </SlotChart>
      }
      table={() => (
        <DataTable
          caption="Episodes per week by what was going on"
          rows={bars}
          rowKey={(b) => b.weekStart}
          columns={[
            { header: 'Week of', cell: (b) => b.weekStart },
            ...used.map((kind) => ({
              header: kindLabel(kind),
              cell: (b: (typeof bars)[number]) => b.counts[kind],
            })),
            { header: 'Total', cell: (b) => b.total },
          ]}
        />
      )}
    />
  );
}

/** Memoised: redrawn only when its own data changes, not when another chart's does. */
export const EpisodesPerWeekChart = memo(EpisodesPerWeekChartChart_);
