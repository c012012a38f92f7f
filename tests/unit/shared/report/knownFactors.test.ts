/** A report ending on the day the app's Insights answer was worked out quotes it: the same factors section. */
import { describe, expect, it } from 'vitest';
import { analyzeJournal } from '../../../../src/shared/analysis';
import { reportFactors } from '../../../../src/shared/report/factors';
import { BASE_SCENARIO, syntheticJournalForInsights } from '../../../fixtures/insightsJournal';

describe('the report with the app’s Insights answer', () => {
  const { checkIns, episodes } = syntheticJournalForInsights(
    { ...BASE_SCENARIO, days: 200, workoutNextDayEffect: 2 },
    4,
  );
  const today = checkIns[checkIns.length - 1]?.day ?? '2026-07-01';
  const answer = analyzeJournal({
    episodes,
    checkIns,
    timeZone: 'Europe/London',
    today,
    ownFactors: [],
    waterUnit: 'litres',
  });
  const input = {
    episodes,
    checkIns,
    timeZone: 'Europe/London',
    ownFactors: [],
    waterUnit: 'litres' as const,
  };

  it('gives the section it would work out itself for a range ending that day', () => {
    const range = { from: '2026-05-01', to: today };
    const own = reportFactors({ ...input, range });
    expect(own.contributing.length + own.easing.length).toBeGreaterThan(0);
    expect(reportFactors({ ...input, range, known: { to: today, answer } })).toEqual(own);
  });

  it('works the findings out itself for a range ending on another day', () => {
    const range = { from: '2026-03-01', to: '2026-04-30' };
    const wrong = { ...answer, checkInDays: -1 };
    expect(reportFactors({ ...input, range, known: { to: today, answer: wrong } })).toEqual(
      reportFactors({ ...input, range }),
    );
  });
});
