import { describe, expect, it } from 'vitest';
import { analyzeRelief } from '../../../../src/shared/analysis/remedies';
import { fitReliefModel, remedyRows, type ReliefRow } from '../../../../src/shared/analysis/reliefModel';
import { fitRobust } from '../../../../src/shared/analysis/robustFit';
import {
  RELIEF_WINDOW_SENTENCE,
  leftOutSentence,
  naturalCourseSentence,
  remedySentence,
} from '../../../../src/shared/analysis/wording';
import type { Episode, FollowUp, RemedyTried } from '../../../../src/shared/model';
import { episode, nextId } from '../../../fixtures/builders';

function use(kind: RemedyTried['kind'], before: number | null, after: number | null, minutes: number | null) {
  return {
    id: nextId(),
    kind,
    medicationName: null,
    dose: null,
    painBefore: before,
    painAfter: after,
    minutesAfter: minutes,
  };
}

function followUp(before: number, pain: number, minutesAfter: number): FollowUp {
  return {
    at: '2026-11-01T10:00:00.000Z',
    pain,
    stopped: pain === 0,
    painBefore: before,
    minutesAfter,
    answeredAt: '2026-11-01T10:00:00.000Z',
  };
}

const day = (i: number) => `2026-10-${String((i % 28) + 1).padStart(2, '0')}T09:00:00.000Z`;

/** Episodes where nothing was tried, each answered after `minutes`: [before, after] pairs. */
function nothingTried(pairs: readonly [number, number][], minutes = 60): Episode[] {
  return pairs.map(([before, after], i) =>
    episode(day(i), before, { followUp: followUp(before, after, minutes) }),
  );
}

describe('which ratings count, said openly', () => {
  it('states the window and why in one sentence', () => {
    expect(RELIEF_WINDOW_SENTENCE).toBe(
      'Pain is compared 15 minutes to 4 hours after: sooner, a remedy has barely had time; later, the day has moved on.',
    );
  });

  it('keeps every use and groups those left out by why, with counts and timings', () => {
    const remedies = [
      ...Array.from({ length: 11 }, () => use('heat', 6, 5, 10)),
      use('heat', 6, 5, 5),
      use('heat', 6, 4, 360),
      use('heat', 6, 4, 390),
      use('heat', 6, null, null),
      use('heat', null, 3, 60),
      use('heat', 6, 3, 60),
    ];
    const [heat] = analyzeRelief([episode(day(0), 6, { remedies })]).remedies;
    expect(heat).toMatchObject({ logged: 17, uses: 1, ratedAnyTime: 15, moreUsesNeeded: 4 });
    expect(leftOutSentence(heat?.leftOut ?? [])).toBe(
      'Left out: 12 rated after 5 to 10 minutes, too soon to count; 2 rated after 6 to 6.5 hours, too late to count; 1 without a pain rating before; 1 not rated afterwards.',
    );
    expect(heat && remedySentence(heat)).toBe(
      'Heat: rate your pain before and 15 minutes to 4 hours after on 4 more uses to see how much it helps (1 counted so far). Left out: 12 rated after 5 to 10 minutes, too soon to count; 2 rated after 6 to 6.5 hours, too late to count; 1 without a pain rating before; 1 not rated afterwards.',
    );
  });

  it('describes how pain went when nothing was tried, and what is still needed', () => {
    const episodes = [
      ...nothingTried([
        [6, 5],
        [5, 5],
        [4, 2],
      ]),
      ...nothingTried([[5, 4]], 300),
    ];
    const { natural } = analyzeRelief(episodes);
    expect(natural).toMatchObject({ followUps: 3, moreNeeded: 7 });
    expect(naturalCourseSentence(natural)).toBe(
      'When nothing was tried, pain was on average 1 point lower at the follow-up (3 follow-ups). 7 more follow-ups from episodes where nothing was tried are needed before remedies are compared with it. Follow-ups left out: 1 rated after 5 hours, too late to count.',
    );
    expect(naturalCourseSentence(analyzeRelief([]).natural)).toBe(
      'No answered follow-ups yet from episodes where nothing was tried: 10 are needed to tell what a remedy adds beyond pain easing by itself.',
    );
  });
});

describe('the comparison rows', () => {
  it('makes one row with both remedies when one answer rated them both', () => {
    const shared = episode(day(0), 7, { remedies: [use('heat', 7, 4, 90), use('walking', 7, 4, 90)] });
    const apart = episode(day(1), 7, { remedies: [use('heat', 7, 5, 30), use('walking', 7, 3, 120)] });
    expect(remedyRows([shared, apart])).toEqual([
      { before: 7, minutes: 90, change: 3, remedies: ['heat', 'walking'] },
      // Rated apart: two ratings, each taken after both were tried.
      { before: 7, minutes: 30, change: 2, remedies: ['heat', 'walking'] },
      { before: 7, minutes: 120, change: 4, remedies: ['heat', 'walking'] },
    ]);
  });
});

describe('robust fit', () => {
  it('gives the HC3 standard error of a two-group difference in closed form', () => {
    // With an intercept and one indicator, HC3 var = s1²/(n1 − 1) + s0²/(n0 − 1).
    const treated = [3, 2, 3, 2, 3];
    const untreated = [1, 0, 1, 0, 1, 0, 1, 0, 1, 0];
    const y = [...treated, ...untreated];
    const fit = fitRobust(y, [y.map(() => 1), y.map((_, i) => (i < treated.length ? 1 : 0))]);
    const coefficient = fit?.coefficients[1];
    // s1² = 0.3, s0² = 2.5/9.
    expect(coefficient?.estimate).toBeCloseTo(2.1, 12);
    expect(coefficient?.se).toBeCloseTo(Math.sqrt(0.3 / 4 + 2.5 / 9 / 9), 12);
    expect(coefficient?.df).toBe(13);
    // t(0.975, 13) = 2.160369.
    expect(coefficient?.ciLow).toBeCloseTo(2.1 - 2.160369 * Math.sqrt(0.3 / 4 + 2.5 / 81), 5);
  });

  it('leaves out a column that repeats another and names it', () => {
    const x = [1, 0, 1, 0, 1, 1];
    const fit = fitRobust([3, 1, 2, 0, 3, 2], [x.map(() => 1), x, x]);
    expect(fit?.coefficients[2]).toBeNull();
    expect(fit?.dropped).toEqual([{ index: 2, partners: [1] }]);
  });
});

describe('relief beyond natural easing', () => {
  // Pain eases by itself by half a point per point above 3 (more from higher pain), over any time.
  const eased = (before: number) => Math.round(before - 0.5 * (before - 3));
  const baseline = nothingTried(
    [3, 4, 5, 6, 7, 5, 4, 6, 3, 5, 7, 6].map((b) => [b, eased(b)] as [number, number]),
  );

  it('does not credit a remedy used at high pain with the easing high pain has anyway', () => {
    // Heat is used only from pain 7-9 and adds nothing: its plain relief is about 2.5 points.
    const heat = [7, 8, 9, 8, 7, 9, 8].map((b, i) =>
      episode(day(i + 12), b, { remedies: [use('heat', b, eased(b), 60)] }),
    );
    const [relief] = analyzeRelief([...baseline, ...heat]).remedies;
    expect(relief?.mean).toBeGreaterThan(2);
    expect(relief?.beyond?.estimate).toBeCloseTo(0, 0);
    expect(relief?.beyond?.ciLow).toBeLessThan(0);
    expect(relief?.followUpsNeeded).toBe(0);
  });

  it('finds what a remedy adds at a similar starting pain', () => {
    const heat = [7, 8, 9, 8, 7, 9, 8, 6].map((b, i) =>
      episode(day(i + 12), b, { remedies: [use('heat', b, eased(b) - 2 - (i % 2), 60)] }),
    );
    const [relief] = analyzeRelief([...baseline, ...heat]).remedies;
    expect(relief?.beyond?.estimate).toBeGreaterThan(2);
    expect(relief?.beyond?.ciLow).toBeGreaterThan(1);
    expect(relief && remedySentence(relief)).toMatch(
      /^Heat: about 2\.\d points more relief than when you tried nothing \(95% range [\d.]+ to [\d.]+\), from 8 rated uses and 12 follow-ups without anything, at a similar starting pain and time\. Before that comparison, pain was on average/,
    );
  });

  it('names two remedies always used together instead of splitting their relief', () => {
    const together = [6, 7, 8, 7, 6, 8].map((b, i) =>
      episode(day(i + 12), b, {
        remedies: [use('heat', b, b - 3, 60), use('massage', b, b - 3, 60)],
      }),
    );
    const remedies = analyzeRelief([...baseline, ...together]).remedies;
    expect(remedies.map((r) => [r.remedy, r.beyond, r.tangledWith])).toEqual([
      ['heat', null, ['massage']],
      ['massage', null, ['heat']],
    ]);
    expect(remedies[0] && remedySentence(remedies[0])).toMatch(
      /^Heat: used together with Massage too often to tell what each adds; pain was on average 3 points lower afterwards/,
    );
  });

  it('still compares a remedy often used alone when a rarer one only comes with it', () => {
    const rows: ReliefRow[] = [
      ...[0, 1, 0, 1, 0, 1, 0, 1, 0, 1].map((change) => ({ before: 5, minutes: 60, change, remedies: [] })),
      ...[3, 2, 3, 2, 3, 2].map((change) => ({
        before: 5,
        minutes: 60,
        change,
        remedies: ['heat' as const],
      })),
      ...[4, 3, 4].map((change) => ({
        before: 5,
        minutes: 60,
        change,
        remedies: ['heat' as const, 'massage' as const],
      })),
    ];
    const model = fitReliefModel(rows);
    expect(model.tangled.get('massage')).toEqual(['heat']);
    expect(model.tangled.has('heat')).toBe(false);
    expect(model.beyond.get('heat')?.estimate).toBeCloseTo(2, 10);
  });
});
