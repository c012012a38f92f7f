import { calendarDayOf } from '@shared/dates';
import { painByWithdrawalDay } from '@shared/scoring/withdrawalDays';
import { labelOfWithdrawalSubstance } from '@shared/taxonomy';
import type { WithdrawalPeriod } from '@shared/withdrawal';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useWithdrawalPeriods } from '../../journal/hooks';
import { useEpisodes } from '../../journal/JournalContext';
import { WithdrawalPainChart } from '../trends/ContextCharts';

interface WithdrawalScreenProps {
  onOpenSettings: () => void;
}

function PeriodTimeline({ period, today }: { period: WithdrawalPeriod; today: string }) {
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  if (!episodes || !checkIns) return null;
  const rows = painByWithdrawalDay({ period, episodes, checkIns, timeZone: TIME_ZONE, today });
  return (
    <WithdrawalPainChart
      title={`${labelOfWithdrawalSubstance(period.substance)}: pain by day since you stopped (${period.quitDay})`}
      rows={rows}
      testId="withdrawal-period"
    />
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
