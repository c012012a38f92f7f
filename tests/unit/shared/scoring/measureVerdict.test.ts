import { describe, expect, it } from 'vitest';
import {
  measureVerdict,
  peg3Score,
  psfsActivityVerdict,
  psfsScore,
  verdictOfSeries,
} from '../../../../src/shared/scoring';
import { peg3, psfs } from './helpers';

describe('measureVerdict', () => {
  it('calls a PEG-3 fall of 2.3 a meaningful improvement, with the days and ratings it rests on', () => {
    // (7 + 6 + 6) / 3 = 6.333… then (4 + 4 + 4) / 3 = 4: 2.3 points lower, and lower is better.
    const verdict = verdictOfSeries('peg3', [
      { day: '2026-11-01', score: peg3Score(peg3('2026-11-01', 7, 6, 6)) },
      { day: '2026-11-08', score: 5 },
      { day: '2026-11-15', score: peg3Score(peg3('2026-11-15', 4, 4, 4)) },
    ]);
    expect(verdict).toMatchObject({
      name: 'PEG-3',
      threshold: 2,
      verdict: 'meaningful-improvement',
      entries: 3,
      days: 14,
    });
    expect(verdict.change).toBeCloseTo(-7 / 3, 9);
    expect(verdict.sentence).toBe(
      'PEG-3: 6.3 on 1 November 2026 (first rating) and 4 on 15 November 2026 (latest), 3 ratings over 14 days: ' +
        '2.3 points better, at least the 2-point change that usually matters to people.',
    );
  });

  it('counts a change of exactly 2 as meaningful, even when the means are thirds', () => {
    // PSFS 3,3,4 (10/3) then 5,5,6 (16/3): floating point alone gives 1.9999999999999996.
    const verdict = measureVerdict({
      measure: 'psfs',
      baseline: { day: '2026-11-01', score: psfsScore(psfs('2026-11-01', { a: 3, b: 3, c: 4 })) },
      latest: { day: '2026-11-29', score: psfsScore(psfs('2026-11-29', { a: 5, b: 5, c: 6 })) },
      entries: 2,
    });
    expect(verdict.change).toBe(2);
    expect(verdict.verdict).toBe('meaningful-improvement');
    expect(verdict.sentence).toContain('2 points better, at least the 2-point change');
  });

  it('calls a change just under 2 the usual ups and downs', () => {
    // PSFS mean 2 then 3.8: +1.8.
    const psfsVerdict = measureVerdict({
      measure: 'psfs',
      baseline: { day: '2026-11-01', score: 2 },
      latest: { day: '2026-11-29', score: 3.8 },
      entries: 2,
    });
    expect(psfsVerdict.verdict).toBe('usual-ups-and-downs');
    expect(psfsVerdict.sentence).toBe(
      'PSFS: 2 on 1 November 2026 (first rating) and 3.8 on 29 November 2026 (latest), 2 ratings over 28 days: ' +
        '1.8 points better, less than the 2-point change that usually matters to people, so within the usual ups and downs.',
    );
    // PEG-3 6 then 4.333…: 1.7 lower.
    const pegVerdict = verdictOfSeries('peg3', [
      { day: '2026-11-01', score: 6 },
      { day: '2026-11-08', score: 13 / 3 },
    ]);
    expect(pegVerdict.verdict).toBe('usual-ups-and-downs');
  });

  it('judges the change as it is shown, so "2 points" never reads as less than 2', () => {
    // PSFS 4 activities then 5 would give means 1/20 apart: 3 → 4.95 shows as 2 points.
    const verdict = verdictOfSeries('psfs', [
      { day: '2026-11-01', score: 3 },
      { day: '2026-11-08', score: 4.95 },
    ]);
    expect(verdict.verdict).toBe('meaningful-improvement');
    expect(verdict.sentence).toContain('2 points better, at least');
    const under = verdictOfSeries('psfs', [
      { day: '2026-11-01', score: 3 },
      { day: '2026-11-08', score: 4.9 },
    ]);
    expect(under.verdict).toBe('usual-ups-and-downs');
    expect(under.sentence).toContain('1.9 points better, less than');
  });

  it('calls a meaningful change the wrong way a worsening, for both directions of better', () => {
    const pegWorse = verdictOfSeries('peg3', [
      { day: '2026-11-01', score: 4 },
      { day: '2026-11-08', score: 19 / 3 },
    ]);
    expect(pegWorse.verdict).toBe('meaningful-worsening');
    expect(pegWorse.sentence).toContain('2.3 points worse, at least the 2-point change');
    const psfsWorse = verdictOfSeries('psfs', [
      { day: '2026-11-01', score: 6 },
      { day: '2026-11-02', score: 4 },
    ]);
    expect(psfsWorse).toMatchObject({ verdict: 'meaningful-worsening', change: -2, days: 1 });
    expect(psfsWorse.sentence).toContain('2 ratings over 1 day: 2 points worse');
  });

  it('says about the same when the scores match, and when two ratings share a day', () => {
    const verdict = verdictOfSeries('peg3', [
      { day: '2026-11-01', score: 5 },
      { day: '2026-11-01', score: 5.01 },
    ]);
    expect(verdict.verdict).toBe('usual-ups-and-downs');
    expect(verdict.sentence).toContain(
      '2 ratings on the same day: about the same, within the usual ups and downs.',
    );
  });

  it('gives no verdict with no baseline', () => {
    const verdict = verdictOfSeries('psfs', []);
    expect(verdict).toMatchObject({
      verdict: 'not-enough-ratings',
      change: null,
      baseline: null,
      entries: 0,
      days: null,
    });
    expect(verdict.sentence).toBe('No PSFS ratings yet, so there is no change to compare.');
  });

  it('gives no verdict with one rating', () => {
    const verdict = verdictOfSeries('peg3', [{ day: '2026-11-10', score: 6 }]);
    expect(verdict).toMatchObject({ verdict: 'not-enough-ratings', change: null, entries: 1 });
    expect(verdict.sentence).toBe(
      'One PEG-3 rating so far: 6 on 10 November 2026. Rate it again in a week to see whether it changes.',
    );
  });

  it('never speaks of a diagnosis or a cause', () => {
    const sentences = [
      verdictOfSeries('peg3', [
        { day: '2026-11-01', score: 8 },
        { day: '2026-11-08', score: 2 },
      ]).sentence,
      verdictOfSeries('psfs', [
        { day: '2026-11-01', score: 8 },
        { day: '2026-11-08', score: 2 },
      ]).sentence,
    ];
    for (const sentence of sentences) expect(sentence).not.toMatch(/diagnos|caus|clinical|significan/i);
  });
});

describe('psfsActivityVerdict', () => {
  it('needs 3 points for a single activity', () => {
    expect(psfsActivityVerdict(2, 5)).toBe('meaningful-improvement');
    expect(psfsActivityVerdict(3, 5)).toBe('usual-ups-and-downs');
    expect(psfsActivityVerdict(6, 3)).toBe('meaningful-worsening');
  });
});
