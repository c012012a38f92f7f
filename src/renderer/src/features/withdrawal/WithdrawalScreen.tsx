import { useId, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { calendarDayOf } from '@shared/dates';
import { painByWithdrawalDay } from '@shared/scoring/withdrawalDays';
import { labelOfWithdrawalSubstance } from '@shared/taxonomy';
import type { WithdrawalPeriod } from '@shared/withdrawal';
import { summarizeWithdrawalTimeline } from '@shared/withdrawalSummary';
import { NOT_RECORDED } from '@shared/checkInDisplay';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useWithdrawalPeriods } from '../../journal/hooks';
import { useEpisodes } from '../../journal/JournalContext';

interface WithdrawalScreenProps {
  onOpenSettings: () => void;
}

function PeriodTimeline({ period, today }: { period: WithdrawalPeriod; today: string }) {
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  if (!episodes || !checkIns) return null;
  const rows = painByWithdrawalDay({ period, episodes, checkIns, timeZone: TIME_ZONE, today });
  const summary = summarizeWithdrawalTimeline(rows);
  const name = labelOfWithdrawalSubstance(period.substance);
  return (
    <section aria-labelledby={titleId} className="measure" data-testid="withdrawal-period">
      <h3 id={titleId}>
        {name}: pain by day since you stopped ({period.quitDay})
      </h3>
      <p id={summaryId} data-testid="withdrawal-summary">
        {summary.text}
      </p>
      {!showTable && rows.length > 0 && (
        <figure className="chart" aria-describedby={summaryId}>
          <ResponsiveContainer width="100%" height={260}>
            <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
              <XAxis
                dataKey="dayNumber"
                stroke="var(--muted)"
                label={{
                  value: 'Withdrawal day',
                  position: 'insideBottom',
                  offset: -12,
                  fill: 'var(--muted)',
                }}
              />
              <YAxis
                domain={[0, 10]}
                ticks={[0, 2, 4, 6, 8, 10]}
                stroke="var(--muted)"
                label={{ value: 'Pain (0-10)', angle: -90, position: 'insideLeft', fill: 'var(--muted)' }}
              />
              <Tooltip
                contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
                labelFormatter={(day) => `Day ${String(day)}`}
              />
              <Legend verticalAlign="top" />
              <Line
                type="monotone"
                dataKey="worstEpisode"
                name="Worst episode"
                stroke="var(--danger)"
                connectNulls
                dot
                isAnimationActive={false}
              />
              <Line
                type="monotone"
                dataKey="checkInPain"
                name="Check-in pain"
                stroke="var(--accent)"
                connectNulls
                dot
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </figure>
      )}
      {showTable && (
        <div className="table-scroll">
          <table className="data-table" data-testid="withdrawal-table">
            <caption className="visually-hidden">{name}: pain by withdrawal day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Date</th>
                <th scope="col">Worst episode</th>
                <th scope="col">Check-in pain</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.day}>
                  <th scope="row">{row.dayNumber}</th>
                  <td>{row.day}</td>
                  <td className={row.worstEpisode === null ? 'not-recorded' : undefined}>
                    {row.worstEpisode ?? 'No episode'}
                  </td>
                  <td className={row.checkInPain === null ? 'not-recorded' : undefined}>
                    {row.checkInPain ?? NOT_RECORDED}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" onClick={() => setShowTable((s) => !s)} aria-pressed={showTable}>
        Show as table
      </button>
    </section>
  );
}

/** Whether pain eases as the days since stopping pass, one timeline per withdrawal period. */
export function WithdrawalScreen({ onOpenSettings }: WithdrawalScreenProps) {
  const periods = useWithdrawalPeriods();
  const now = useNow();
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  if (!periods) return <p className="loading">Opening…</p>;
  return (
    <section aria-labelledby="withdrawal-title">
      <h2 id="withdrawal-title">Withdrawal timeline</h2>
      {periods.length === 0 ? (
        <div className="empty-state">
          <p>
            If you have stopped alcohol, nicotine, opioids or another substance, add the day you stopped in
            Settings. This page then shows your pain day by day since then, so you can see whether it eases as
            the days pass.
          </p>
          <button type="button" className="primary" onClick={onOpenSettings}>
            Add a withdrawal period
          </button>
        </div>
      ) : (
        periods.map((period) => <PeriodTimeline key={period.id} period={period} today={today} />)
      )}
    </section>
  );
}
