import { useId, useState } from 'react';
import { NOT_RECORDED, describeCheckIn, ownFactorCell } from '@shared/checkInDisplay';
import { addCalendarDays, calendarDayOf, formatDayHeading, formatShortDate } from '@shared/dates';
import { activeOwnFactors } from '@shared/ownFactors';
import { defaultCheckInDay } from '@shared/scoring/checkInDay';
import { TIME_ZONE, useNow } from '../../clock';
import { backUpIfDue } from '../../journal/automaticBackups';
import { useCheckIns, useOwnFactors, useSettings, useWithdrawalPeriods } from '../../journal/hooks';
import { useJournal } from '../../journal/JournalContext';
import { CheckInForm } from './CheckInForm';

interface CheckInScreenProps {
  /** A day to open, e.g. from the end-of-day prompt. */
  initialDay?: string;
  onSaved: (message: string) => void;
}

/** Check-ins shown below the form. */
const RECENT_COUNT = 14;

export function CheckInScreen({ initialDay, onSaved }: CheckInScreenProps) {
  const db = useJournal();
  const now = useNow();
  const checkIns = useCheckIns();
  const settings = useSettings();
  const periods = useWithdrawalPeriods();
  const ownFactors = activeOwnFactors(useOwnFactors() ?? []);
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  const yesterday = addCalendarDays(today, -1);
  const [chosenDay, setChosenDay] = useState<string | null>(initialDay ?? null);
  const dayInputId = useId();

  if (!checkIns || !settings || !periods) return <p className="loading">Opening your check-ins…</p>;

  const byDay = new Map(checkIns.map((c) => [c.day, c]));
  const day = chosenDay ?? defaultCheckInDay(now, TIME_ZONE, (d) => byDay.has(d));
  const saved = byDay.get(day);

  return (
    <section aria-labelledby="check-in-title">
      <h2 id="check-in-title">Daily check-in</h2>
      <p>
        A minute a day, pain or no pain: this is what lets the journal see which habits go with better or
        worse days.
      </p>
      <div className="day-picker" role="group" aria-label="Which day">
        <button type="button" aria-pressed={day === today} onClick={() => setChosenDay(today)}>
          Today
        </button>
        <button type="button" aria-pressed={day === yesterday} onClick={() => setChosenDay(yesterday)}>
          Yesterday
        </button>
        <label htmlFor={dayInputId}>Day</label>
        <input
          id={dayInputId}
          type="date"
          value={day}
          max={today}
          onChange={(event) => {
            if (event.target.value) setChosenDay(event.target.value);
          }}
        />
      </div>
      <h3>
        {formatDayHeading(day)}
        <span className="muted"> · {saved ? 'saved, you can change it' : 'not filled in yet'}</span>
      </h3>
      <CheckInForm
        key={day}
        day={day}
        today={today}
        saved={saved}
        settings={settings}
        periods={periods}
        onSaved={(checkIn) => {
          onSaved(`Check-in for ${formatDayHeading(checkIn.day)} saved.`);
          void backUpIfDue(db, 'entry-saved');
        }}
      />
      <h3>Recent check-ins</h3>
      {checkIns.length === 0 ? (
        <p>No check-ins yet. Your first one takes about a minute.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="check-in-table">
            <caption className="visually-hidden">Your most recent check-ins</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Pain</th>
                <th scope="col">Sleep</th>
                <th scope="col">Water</th>
                <th scope="col">Stress</th>
                <th scope="col">Mood</th>
                <th scope="col">Energy</th>
                <th scope="col">Desk</th>
                <th scope="col">Workout</th>
                <th scope="col">Withdrawal</th>
                {ownFactors.map((factor) => (
                  <th key={factor.id} scope="col">
                    {factor.name}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {checkIns.slice(0, RECENT_COUNT).map((checkIn) => {
                const row = describeCheckIn(checkIn, settings.waterUnit);
                return (
                  <tr key={checkIn.day}>
                    <th scope="row" className="nowrap">
                      <time dateTime={checkIn.day}>{formatShortDate(checkIn.day)}</time>
                    </th>
                    {[
                      row.pain,
                      row.sleep,
                      row.water,
                      row.stress,
                      row.mood,
                      row.energy,
                      row.desk,
                      row.workout,
                      row.withdrawal,
                      ...ownFactors.map((factor) => ownFactorCell(factor, checkIn)),
                    ].map((value, index) => (
                      <td key={index} className={value === NOT_RECORDED ? 'not-recorded' : undefined}>
                        {value}
                      </td>
                    ))}
                    <td>
                      <button
                        type="button"
                        onClick={() => setChosenDay(checkIn.day)}
                        aria-label={`Edit check-in for ${formatShortDate(checkIn.day)}`}
                      >
                        Edit
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
