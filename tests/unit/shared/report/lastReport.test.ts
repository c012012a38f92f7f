import { describe, expect, it } from 'vitest';
import { lastReportDayAfter, lastReportSentence, reportEpisodeEnd } from '../../../../src/shared/report';
import { episode } from '../../../fixtures/builders';

describe('recording the last report', () => {
  const today = '2026-11-21';

  it('records today only when a PDF was saved or the person says it printed', () => {
    expect(lastReportDayAfter('pdf-saved', '2026-11-10', today)).toBe(today);
    expect(lastReportDayAfter('print-confirmed', null, today)).toBe(today);
    expect(lastReportDayAfter('pdf-not-saved', '2026-11-10', today)).toBe('2026-11-10');
    expect(lastReportDayAfter('print-not-confirmed', '2026-11-10', today)).toBe('2026-11-10');
    expect(lastReportDayAfter('print-not-confirmed', null, today)).toBeNull();
  });
});

describe('the sentence beside the report days', () => {
  const today = '2026-11-21';
  const locale = 'en-GB';

  it('names the From day offered: the day after the last report', () => {
    expect(lastReportSentence({ lastReportDay: '2026-11-10', from: '2026-11-11', today, locale })).toBe(
      'Your last report was on 10 Nov; this one starts on 11 Nov, the day after.',
    );
  });

  it('follows a From day the person changed, without contradicting it', () => {
    expect(lastReportSentence({ lastReportDay: '2026-11-10', from: '2026-11-15', today, locale })).toBe(
      'Your last report was on 10 Nov; this one starts on 15 Nov.',
    );
    expect(lastReportSentence({ lastReportDay: '2026-11-10', from: '2026-11-01', today, locale })).toBe(
      'Your last report was on 10 Nov; this one starts on 1 Nov, so it also covers days before that report.',
    );
  });

  it('says when the last report was today, and the 30 days offered then', () => {
    expect(lastReportSentence({ lastReportDay: today, from: '2026-10-23', today, locale })).toBe(
      'Your last report was on 21 Nov (today); this one starts on 23 Oct, so it also covers days before that report.',
    );
  });

  it('says when there is no earlier report, with the year only for another year', () => {
    expect(lastReportSentence({ lastReportDay: null, from: '2026-10-23', today, locale })).toBe(
      'No earlier report is recorded; this one starts on 23 Oct (the last 30 days).',
    );
    expect(lastReportSentence({ lastReportDay: null, from: '2025-12-30', today, locale })).toBe(
      'No earlier report is recorded; this one starts on 30 Dec 2025.',
    );
  });

  it('writes the days as the locale does', () => {
    expect(
      lastReportSentence({ lastReportDay: '2026-11-10', from: '2026-11-11', today, locale: 'en-US' }),
    ).toBe('Your last report was on Nov 10; this one starts on Nov 11, the day after.');
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
