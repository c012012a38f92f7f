import { describe, expect, it } from 'vitest';
import {
  REPORT_DISCLAIMER,
  buildReport,
  defaultReportRange,
  formatRangeWords,
} from '../../../../src/shared/report';
import { novemberJournal, novemberOptions } from '../../../fixtures/reportJournal';

describe('defaultReportRange', () => {
  const today = '2026-11-30';

  it('runs from the day after the last report to today', () => {
    expect(defaultReportRange('2026-11-01', today)).toEqual({ from: '2026-11-02', to: today });
  });

  it('covers just today when the last report was yesterday', () => {
    expect(defaultReportRange('2026-11-29', today)).toEqual({ from: today, to: today });
  });

  it('still goes back to the last report when that makes exactly 365 days', () => {
    // 1 December 2025 to 30 November 2026: 31 days of December + 334 days of 2026 up to 30 November = 365.
    expect(defaultReportRange('2025-11-30', today)).toEqual({ from: '2025-12-01', to: today });
  });

  it('falls back to the last 30 days when the last report was more than 365 days ago', () => {
    // From 30 November 2025 it would be 366 days; 30 days ending 30 November start on the 1st.
    expect(defaultReportRange('2025-11-29', today)).toEqual({ from: '2026-11-01', to: today });
    expect(defaultReportRange('2019-05-05', today)).toEqual({ from: '2026-11-01', to: today });
  });

  it('falls back to the last 30 days with no earlier report, or one made today or in the future', () => {
    expect(defaultReportRange(null, today)).toEqual({ from: '2026-11-01', to: today });
    expect(defaultReportRange(today, today)).toEqual({ from: '2026-11-01', to: today });
    expect(defaultReportRange('2026-12-10', today)).toEqual({ from: '2026-11-01', to: today });
  });

  it('counts the 30 days across a short month', () => {
    // 1 March 2026 back 29 days: 28 days of February take it to 1 February, one more to 31 January.
    expect(defaultReportRange(null, '2026-03-01')).toEqual({ from: '2026-01-31', to: '2026-03-01' });
  });
});

describe('formatRangeWords', () => {
  it('names the month and year once when the range lies in one month', () => {
    expect(formatRangeWords({ from: '2026-11-01', to: '2026-11-30' })).toBe('1 to 30 November 2026');
  });

  it('names both months across a month end, and both years across a year end', () => {
    expect(formatRangeWords({ from: '2026-11-28', to: '2026-12-04' })).toBe('28 November to 4 December 2026');
    expect(formatRangeWords({ from: '2026-12-30', to: '2027-01-05' })).toBe(
      '30 December 2026 to 5 January 2027',
    );
  });

  it('names a single day once', () => {
    expect(formatRangeWords({ from: '2026-03-05', to: '2026-03-05' })).toBe('5 March 2026');
  });
});

describe('the report header', () => {
  it('holds the names, the range in words and days, the day it was made and the disclaimer', () => {
    const { header } = buildReport(novemberJournal(), novemberOptions());
    expect(header).toEqual({
      patientName: 'Alex Morgan',
      clinicianName: 'Sam Lee',
      range: { from: '2026-11-01', to: '2026-11-30' },
      days: 30,
      rangeWords: '1 to 30 November 2026',
      generatedOn: '2026-11-30',
      generatedOnWords: '30 November 2026',
      disclaimer: 'Self-reported by the patient, not a diagnosis.',
    });
    expect(REPORT_DISCLAIMER).toBe('Self-reported by the patient, not a diagnosis.');
  });

  it('dates the report by the local day of "now" in the chosen zone', () => {
    // 30 November 20:00 UTC is 1 December 05:00 in Tokyo (UTC+9).
    const { header } = buildReport(novemberJournal(), novemberOptions({ timeZone: 'Asia/Tokyo' }));
    expect(header.generatedOn).toBe('2026-12-01');
    expect(header.generatedOnWords).toBe('1 December 2026');
  });

  it('puts a backwards range in order', () => {
    const { header } = buildReport(
      novemberJournal(),
      novemberOptions({ range: { from: '2026-11-30', to: '2026-11-01' } }),
    );
    expect(header.range).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(header.days).toBe(30);
  });
});
