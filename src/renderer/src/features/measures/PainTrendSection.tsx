import { useState } from 'react';
import type { CheckIn } from '@shared/checkIns';
import { addCalendarDays } from '@shared/dates';
import { describePainChange, formatScore } from '@shared/measureText';
import type { Episode } from '@shared/model';
import { painSummary } from '@shared/scoring/painTrend';
import { TIME_ZONE } from '../../clock';

const RANGES = [
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last year' },
] as const;

interface PainTrendSectionProps {
  episodes: readonly Episode[];
  checkIns: readonly CheckIn[];
  today: string;
  now: Date;
}

function show(value: number | null): string {
  return value === null ? 'No ratings' : formatScore(value);
}

export function PainTrendSection({ episodes, checkIns, today, now }: PainTrendSectionProps) {
  const [days, setDays] = useState<number>(30);
  const summary = painSummary({
    episodes,
    checkIns,
    timeZone: TIME_ZONE,
    from: addCalendarDays(today, -(days - 1)),
    to: today,
    now,
  });
  return (
    <section aria-labelledby="nrs-title" className="measure">
      <h3 id="nrs-title">Pain ratings (0-10)</h3>
      <div className="day-picker" role="group" aria-label="Period">
        {RANGES.map((range) => (
          <button
            key={range.days}
            type="button"
            aria-pressed={days === range.days}
            onClick={() => setDays(range.days)}
          >
            {range.label}
          </button>
        ))}
      </div>
      <dl className="stat-row" data-testid="pain-summary">
        <div>
          <dt>Current</dt>
          <dd>{show(summary.current)}</dd>
        </div>
        <div>
          <dt>Average</dt>
          <dd>{show(summary.average)}</dd>
        </div>
        <div>
          <dt>Worst</dt>
          <dd>{show(summary.worst)}</dd>
        </div>
        <div>
          <dt>Least</dt>
          <dd>{show(summary.least)}</dd>
        </div>
      </dl>
      <p className="muted">
        From {summary.daysWithData} {summary.daysWithData === 1 ? 'day' : 'days'} with a pain rating (episodes
        and check-ins).
      </p>
      <p data-testid="pain-change">
        {summary.change
          ? describePainChange(summary.change)
          : 'Not enough ratings yet to compare the start and end of this period: rate your pain on a few days in each part.'}
      </p>
    </section>
  );
}
