import { describe, expect, it } from 'vitest';
import { buildReport, describeTrigger } from '../../../../src/shared/report';
import { triggerWords } from '../../../../src/shared/episodeWords';
import { withFollowUpAnswer } from '../../../../src/shared/followUps';
import { episode, nextId } from '../../../fixtures/builders';
import {
  sectionOf,
  novemberEpisodes,
  novemberJournal,
  novemberOptions,
} from '../../../fixtures/reportJournal';

describe('the appendix of the report', () => {
  const appendix = sectionOf(buildReport(novemberJournal(), novemberOptions()), 'appendix');

  it('lists every episode of the range oldest first, without deleted ones', () => {
    const e = novemberEpisodes;
    expect(appendix.episodes.map((row) => row.id)).toEqual([
      e.e1.id,
      e.e2.id,
      e.e3.id,
      e.e4.id,
      e.e5.id,
      e.e6.id,
    ]);
    expect(appendix.episodes.map((row) => `${row.day} ${row.time}`)).toEqual([
      '2026-11-02 07:30',
      '2026-11-03 13:00',
      '2026-11-05 19:00',
      '2026-11-10 02:00',
      '2026-11-22 10:00',
      '2026-11-25 16:00',
    ]);
  });

  it('writes each start time as the person’s locale does', () => {
    const american = sectionOf(
      buildReport(novemberJournal(), novemberOptions({ locale: 'en-US' })),
      'appendix',
    );
    expect(american.episodes.map((row) => row.time)).toEqual(
      ['7:30 AM', '1:00 PM', '7:00 PM', '2:00 AM', '10:00 AM', '4:00 PM'].map((time) =>
        expect.stringMatching(new RegExp(`^${time.replace(' ', '\\s')}$`)),
      ),
    );
  });

  it('spells each episode out in the app’s words', () => {
    expect(appendix.episodes[0]).toEqual({
      id: novemberEpisodes.e1.id,
      day: '2026-11-02',
      time: '07:30',
      durationMinutes: 45,
      duration: '45 min',
      followUp: null,
      intensity: 6,
      regions: ['Between the shoulder blades', 'Neck'],
      qualities: ['Dull ache', 'Stiff or tight'],
      triggers: ['Workout or hard exercise (Rowing or rows, effort 8/10)'],
      triggerParts: [{ label: 'Workout or hard exercise', details: 'Rowing or rows, effort 8/10', note: '' }],
      remedies: [{ label: 'Heat', painBefore: 6, painAfter: 3, minutesAfter: 60, relief: '6 → 3 after 1 h' }],
      redFlags: [],
      notes: '',
    });
    expect(appendix.episodes[1]).toMatchObject({
      duration: '1 h 30 min',
      triggers: ['Posture or position (Sitting at a desk or computer, 9 h at a desk, long meeting)'],
    });
    expect(appendix.episodes[2]).toMatchObject({
      redFlags: ['Numbness or tingling in arms, hands or feet'],
      notes: 'Tingling in my left hand.',
    });
    expect(appendix.episodes[3]?.triggers).toEqual(['Stress or anxiety (level 8/10)']);
    // e5 (22 November) has no end, and the report is made on 30 November.
    expect(appendix.episodes[4]).toMatchObject({
      durationMinutes: null,
      duration: 'end not recorded',
      triggers: ['Workout or hard exercise'],
    });
    expect(appendix.episodes[5]?.remedies).toEqual([
      {
        label: 'Medication prescribed to you: my usual tablet, 1 tablet',
        painBefore: null,
        painAfter: null,
        minutesAfter: null,
        relief: null,
      },
    ]);
  });

  it('says "no end yet" only for an episode that started in the 24 hours before the report was made', () => {
    // The report is made on 30 November at 20:00.
    const today = episode('2026-11-30T18:00:00.000Z', 5);
    const lastNight = episode('2026-11-29T21:00:00.000Z', 5);
    const earlier = episode('2026-11-29T18:00:00.000Z', 5);
    const rows = sectionOf(
      buildReport(
        { episodes: [today, lastNight, earlier], checkIns: [], measures: [], withdrawalPeriods: [] },
        novemberOptions(),
      ),
      'appendix',
    ).episodes;
    expect(rows.map((row) => row.duration)).toEqual(['end not recorded', 'no end yet', 'no end yet']);
  });

  it('never says "no end yet" in a report of an earlier period made weeks later', () => {
    // The last evening of the period, with no end, in a report made two weeks after it.
    const lastEvening = episode('2026-11-30T23:00:00.000Z', 5);
    const rows = sectionOf(
      buildReport(
        { episodes: [lastEvening], checkIns: [], measures: [], withdrawalPeriods: [] },
        novemberOptions({ now: new Date('2026-12-14T10:00:00.000Z') }),
      ),
      'appendix',
    ).episodes;
    expect(rows.map((row) => row.duration)).toEqual(['end not recorded']);
  });

  it('shows the follow-up briefly', () => {
    const logged = episode('2026-11-10T14:00:00.000Z', 6);
    const stopped = withFollowUpAnswer(logged, {
      pain: 0,
      stopped: true,
      at: '2026-11-10T15:05:00.000Z',
      answeredAt: '2026-11-10T15:05:00.000Z',
    });
    const easing = withFollowUpAnswer(episode('2026-11-11T14:00:00.000Z', 6), {
      pain: 3,
      stopped: false,
      at: '2026-11-11T15:00:00.000Z',
      answeredAt: '2026-11-11T15:00:00.000Z',
    });
    const rows = sectionOf(
      buildReport(
        { episodes: [stopped, easing], checkIns: [], measures: [], withdrawalPeriods: [] },
        novemberOptions(),
      ),
      'appendix',
    ).episodes;
    expect(rows.map(({ duration, followUp }) => ({ duration, followUp }))).toEqual([
      { duration: '1 h 5 min', followUp: 'Stopped by 15:05' },
      { duration: 'end not recorded', followUp: 'Later: 3/10 at 15:00' },
    ]);
  });

  it('describes a withdrawal trigger with its substance and day', () => {
    expect(
      describeTrigger({ id: nextId(), note: '', kind: 'withdrawal', substance: 'alcohol', dayNumber: 3 }),
    ).toBe('Stopping a substance (withdrawal) (Alcohol, day 3)');
  });

  it("gives a trigger in parts, the journal's words apart from the typed note, read as the whole sentence", () => {
    const posture = {
      id: nextId(),
      note: 'deadline week',
      kind: 'posture' as const,
      deskHours: 6,
      position: 'desk-sitting' as const,
    };
    const parts = triggerWords(posture);
    expect(parts.note).toBe('deadline week');
    expect(parts.details).toMatch(/6 h at a desk$/);
    expect(describeTrigger(posture)).toBe(`${parts.label} (${parts.details}, deadline week)`);
    expect(triggerWords({ id: nextId(), note: '', kind: 'dehydration' })).toEqual({
      label: describeTrigger({ id: nextId(), note: '', kind: 'dehydration' }),
      details: '',
      note: '',
    });
  });

  it('lists every check-in of the range oldest first, "Not recorded" never shown as 0', () => {
    expect(appendix.checkIns.map((row) => row.day)).toEqual([
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-21',
      '2026-11-22',
      '2026-11-29',
    ]);
    expect(appendix.checkIns[2]).toMatchObject({
      pain: 'Not recorded',
      sleep: 'Not recorded',
      stress: '5/10',
      desk: 'Not recorded',
    });
    expect(appendix.checkIns[3]).toMatchObject({
      pain: '3/10',
      sleep: '8 h',
      stress: '0/10',
      desk: '0 h',
      workout: 'No workout',
    });
    expect(appendix.checkIns[1]?.workout).toBe('Rowing or rows, effort 8/10');
    // 1.5 litres in glasses (the default) and in litres.
    expect(appendix.checkIns[5]?.water).toBe('6 glasses');
    const inLitres = sectionOf(
      buildReport(novemberJournal(), novemberOptions({ waterUnit: 'litres' })),
      'appendix',
    );
    expect(inLitres.checkIns[5]?.water).toBe('1.5 L');
  });
});
