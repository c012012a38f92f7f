import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/shared/report';
import { sectionOf, novemberJournal, novemberOptions } from '../../../fixtures/reportJournal';

describe('context in the report', () => {
  const context = sectionOf(buildReport(novemberJournal(), novemberOptions()), 'context');

  it('averages sleep, stress and desk hours over the days they were recorded, 0 counted, blanks not', () => {
    // Check-ins 1, 2, 3, 4, 21, 22 and 29 November (31 October is outside the range).
    // Sleep 7, 6, 8, 7.5, 5.5 → 34 / 5 = 6.8. Stress 3, 5, 0, 2, 4 → 14 / 5 = 2.8 (14 / 7 = 2 if blanks were 0).
    // Desk 8, 9, 0, 6 → 23 / 4 = 5.75.
    expect(context.checkInDays).toBe(7);
    expect(context.sleepHours).toEqual({ average: 6.8, days: 5 });
    expect(context.stress).toEqual({ average: 2.8, days: 5 });
    expect(context.deskHours).toEqual({ average: 5.75, days: 4 });
  });

  it('counts workout days and episodes with a workout noted', () => {
    // Recorded either way on 1, 2, 4, 21 and 29 November; a workout on the 2nd (rowing) and 21st (running).
    // Episodes with a workout trigger: e1 and e5, of the 6 in the range.
    expect(context.workouts).toEqual({
      daysRecorded: 5,
      workoutDays: 2,
      episodesWithWorkoutTrigger: 2,
      episodes: 6,
    });
  });

  it('places each overlapping withdrawal period in the range, with its day numbers', () => {
    // Alcohol, stopped 20 October (day 1), ended 8 November: in the range 1-8 November, days 13 to 20
    // (20-31 October is 12 days). Nicotine, stopped 15 November and still going: 15-30 November, days 1-16.
    // Caffeine (September) does not overlap.
    expect(context.withdrawal).toEqual([
      {
        periodId: 'w-alcohol',
        substance: 'alcohol',
        label: 'Alcohol',
        quitDay: '2026-10-20',
        endDay: '2026-11-08',
        fromDay: '2026-11-01',
        toDay: '2026-11-08',
        firstDayNumber: 13,
        lastDayNumber: 20,
      },
      {
        periodId: 'w-nicotine',
        substance: 'nicotine',
        label: 'Nicotine or tobacco',
        quitDay: '2026-11-15',
        endDay: null,
        fromDay: '2026-11-15',
        toDay: '2026-11-30',
        firstDayNumber: 1,
        lastDayNumber: 16,
      },
    ]);
  });

  it('has no averages when nothing was recorded', () => {
    const empty = sectionOf(
      buildReport({ episodes: [], checkIns: [], measures: [], withdrawalPeriods: [] }, novemberOptions()),
      'context',
    );
    expect(empty).toEqual({
      checkInDays: 0,
      sleepHours: { average: null, days: 0 },
      stress: { average: null, days: 0 },
      deskHours: { average: null, days: 0 },
      mood: { average: null, days: 0 },
      energy: { average: null, days: 0 },
      own: [],
      workouts: { daysRecorded: 0, workoutDays: 0, episodesWithWorkoutTrigger: 0, episodes: 0 },
      withdrawal: [],
    });
  });
});

describe('mood, energy and own factors in the report context', () => {
  const BACKPACK = '11111111-1111-4111-8111-111111111111';
  const COFFEE = '22222222-2222-4222-8222-222222222222';
  const OLD = '33333333-3333-4333-8333-333333333333';
  const made = '2026-10-01T09:00:00.000Z';
  const base = novemberJournal();
  const values: Record<string, { mood: number | null; energy: number | null; own: Record<string, number> }> =
    {
      '2026-11-01': { mood: 6, energy: 0, own: { [BACKPACK]: 1, [COFFEE]: 2, [OLD]: 1 } },
      '2026-11-02': { mood: 4, energy: null, own: { [BACKPACK]: 0 } },
      '2026-11-03': { mood: null, energy: 5, own: { [BACKPACK]: 1, [COFFEE]: 3 } },
    };
  const journal = {
    ...base,
    checkIns: base.checkIns.map((c) => {
      const v = values[c.day];
      return v ? { ...c, mood: v.mood, energy: v.energy, ownValues: v.own } : c;
    }),
    ownFactors: [
      {
        id: BACKPACK,
        name: 'Carried a backpack',
        kind: 'yes-no' as const,
        unit: null,
        createdAt: made,
        updatedAt: made,
        archivedAt: null,
      },
      {
        id: COFFEE,
        name: 'Coffee',
        kind: 'number' as const,
        unit: 'cups',
        createdAt: made,
        updatedAt: made,
        archivedAt: null,
      },
      {
        id: OLD,
        name: 'Old one',
        kind: 'yes-no' as const,
        unit: null,
        createdAt: made,
        updatedAt: made,
        archivedAt: made,
      },
    ],
  };
  const context = sectionOf(buildReport(journal, novemberOptions()), 'context');

  it('averages mood and energy over the days recorded, a 0 counted and a blank not', () => {
    expect(context.mood).toEqual({ average: 5, days: 2 });
    expect(context.energy).toEqual({ average: 2.5, days: 2 });
  });

  it('lists the active own factors with their days recorded, not the archived one', () => {
    expect(context.own.map((o) => o.name)).toEqual(['Carried a backpack', 'Coffee']);
    expect(context.own[0]).toMatchObject({ yesDays: 2, recorded: { days: 3 } });
    expect(context.own[1]).toMatchObject({
      yesDays: null,
      unit: 'cups',
      recorded: { average: 2.5, days: 2 },
    });
  });
});
