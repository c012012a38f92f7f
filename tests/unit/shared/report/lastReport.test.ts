import { describe, expect, it } from 'vitest';
import {
  lastReportAfter,
  lastReportEndOf,
  lastReportSentence,
  nextReportRange,
  nextReportWords,
  reportEpisodeEnd,
} from '../../../../src/shared/report';
import { DEFAULT_REPORT_PREFERENCES, reportPreferencesSchema } from '../../../../src/shared/settings';
import { episode } from '../../../fixtures/builders';

describe('recording the last report', () => {
  const today = '2026-11-21';
  const before = { lastReportDay: '2026-11-10', lastReportEnd: '2026-11-09' };
  const range = { from: '2026-11-10', to: '2026-11-18' };

  it('records the day made and the To only when a PDF was saved or the person says it printed', () => {
    const made = { lastReportDay: today, lastReportEnd: '2026-11-18' };
    expect(lastReportAfter('pdf-saved', before, range, today)).toEqual(made);
    expect(
      lastReportAfter('print-confirmed', { lastReportDay: null, lastReportEnd: null }, range, today),
    ).toEqual(made);
    expect(lastReportAfter('pdf-not-saved', before, range, today)).toBe(before);
    expect(lastReportAfter('print-not-confirmed', before, range, today)).toBe(before);
  });

  it('starts the next report the day after the last one’s To, not the day it was made', () => {
    // Data ending 24 March, reported on 3 December with To 24 March: 25 March to 3 December is next.
    const last = lastReportAfter(
      'print-confirmed',
      { lastReportDay: null, lastReportEnd: null },
      {
        from: '2026-02-23',
        to: '2026-03-24',
      },
      '2026-12-03',
    );
    expect(nextReportRange(last, '2026-12-03')).toEqual({ from: '2026-03-25', to: '2026-12-03' });
  });

  it('reads journals from before the To was kept: the day made stands in for it', () => {
    const old = { lastReportDay: '2026-10-31', lastReportEnd: null };
    expect(lastReportEndOf(old)).toBe('2026-10-31');
    expect(nextReportRange(old, today)).toEqual({ from: '2026-11-01', to: today });
    // The stored row without the field still parses, with the field null.
    const { lastReportEnd: _dropped, ...withoutEnd } = DEFAULT_REPORT_PREFERENCES;
    expect(reportPreferencesSchema.parse({ ...withoutEnd, lastReportDay: '2026-10-31' })).toMatchObject(old);
  });
});

describe('the notice after a report, the sentence beside the days and the From agree', () => {
  const today = '2026-12-03';
  const locale = 'en-GB';

  it('for a report ending before today: next starts the day after its To', () => {
    const printed = { from: '2026-02-23', to: '2026-03-24' };
    expect(nextReportWords(printed, today, locale)).toBe(
      'This report covers up to 24 Mar, so the next one will start on 25 Mar.',
    );
    const last = lastReportAfter('pdf-saved', { lastReportDay: null, lastReportEnd: null }, printed, today);
    const { from } = nextReportRange(last, today);
    expect(from).toBe('2026-03-25');
    expect(lastReportSentence({ last, from, today, locale })).toBe(
      'Your last report, made on 3 Dec (today), covered up to 24 Mar; this one starts on 25 Mar, the day after.',
    );
  });

  it('for a report ending today: tomorrow is next, so today shows the last 30 days and says why', () => {
    const printed = { from: '2026-11-04', to: today };
    expect(nextReportWords(printed, today, locale)).toBe(
      'This report covers up to today, so the next one will start tomorrow (one made later today shows the last 30 days).',
    );
    const last = lastReportAfter(
      'print-confirmed',
      { lastReportDay: null, lastReportEnd: null },
      printed,
      today,
    );
    const { from } = nextReportRange(last, today);
    expect(from).toBe('2026-11-04');
    expect(lastReportSentence({ last, from, today, locale })).toBe(
      'Your last report covered up to 3 Dec (today); nothing since is new yet, so this one shows the last 30 days, from 4 Nov.',
    );
    // The next day, it starts on that tomorrow.
    expect(nextReportRange(last, '2026-12-04').from).toBe('2026-12-04');
    expect(lastReportSentence({ last, from: '2026-12-04', today: '2026-12-04', locale })).toBe(
      'Your last report covered up to 3 Dec; this one starts on 4 Dec, the day after.',
    );
  });

  it('follows a From day the person changed, without contradicting it', () => {
    const last = { lastReportDay: '2026-11-10', lastReportEnd: '2026-11-10' };
    const on = (from: string) => lastReportSentence({ last, from, today: '2026-11-21', locale });
    expect(on('2026-11-15')).toBe(
      'Your last report covered up to 10 Nov; this one starts on 15 Nov, so 11 Nov to 14 Nov are in neither.',
    );
    expect(on('2026-11-12')).toBe(
      'Your last report covered up to 10 Nov; this one starts on 12 Nov, so 11 Nov is in neither.',
    );
    expect(on('2026-11-01')).toBe(
      'Your last report covered up to 10 Nov; this one starts on 1 Nov, so it also covers days that report did.',
    );
  });

  it('offers the last 30 days when the last report ended over a year ago, and says so', () => {
    const last = { lastReportDay: '2025-06-01', lastReportEnd: '2025-06-01' };
    const { from } = nextReportRange(last, today);
    expect(from).toBe('2026-11-04');
    expect(lastReportSentence({ last, from, today, locale })).toBe(
      'Your last report covered up to 1 Jun 2025; that is over a year ago, so this one shows the last 30 days, from 4 Nov.',
    );
  });

  it('says when there is no earlier report, with the year only for another year', () => {
    const none = { lastReportDay: null, lastReportEnd: null };
    expect(lastReportSentence({ last: none, from: '2026-11-04', today, locale })).toBe(
      'No earlier report is recorded; this one starts on 4 Nov (the last 30 days).',
    );
    expect(lastReportSentence({ last: none, from: '2025-12-30', today, locale })).toBe(
      'No earlier report is recorded; this one starts on 30 Dec 2025.',
    );
  });

  it('writes the days as the locale does', () => {
    const last = { lastReportDay: '2026-11-10', lastReportEnd: '2026-11-10' };
    expect(lastReportSentence({ last, from: '2026-11-11', today, locale: 'en-US' })).toBe(
      'Your last report covered up to Nov 10; this one starts on Nov 11, the day after.',
    );
  });
});

describe('an episode without an end, in the report', () => {
  const madeAt = new Date('2026-11-30T20:00:00.000Z');

  it('is "no end yet" only if it started in the 24 hours before the report was made', () => {
    expect(reportEpisodeEnd(episode('2026-11-30T18:00:00.000Z', 5), madeAt)).toEqual({ state: 'no-end-yet' });
    // The evening before: another day, but under 24 hours ago.
    expect(reportEpisodeEnd(episode('2026-11-29T20:00:01.000Z', 5), madeAt)).toEqual({ state: 'no-end-yet' });
  });

  it('is "end not recorded" from 24 hours on, however long ago', () => {
    expect(reportEpisodeEnd(episode('2026-11-29T20:00:00.000Z', 5), madeAt)).toEqual({
      state: 'not-recorded',
    });
    expect(reportEpisodeEnd(episode('2026-10-02T09:00:00.000Z', 5), madeAt)).toEqual({
      state: 'not-recorded',
    });
  });

  it('keeps a recorded end, and never calls a future start "no end yet"', () => {
    expect(
      reportEpisodeEnd(
        episode('2026-10-02T09:00:00.000Z', 5, { endedAt: '2026-10-02T09:45:00.000Z' }),
        madeAt,
      ),
    ).toEqual({ state: 'ended', minutes: 45 });
    expect(reportEpisodeEnd(episode('2026-12-01T09:00:00.000Z', 5), madeAt)).toEqual({
      state: 'not-recorded',
    });
  });
});
