import { describe, expect, it } from 'vitest';
import { CHECK_IN_CSV_COLUMNS, checkInsToCsv } from '../../../../src/shared/csv/checkInsCsv';
import { parseCsv } from '../../../../src/shared/csv/parse';
import { checkIn } from '../../../fixtures/builders';

describe('checkInsToCsv', () => {
  it('writes one row a day, oldest first, with "not recorded" as an empty cell and 0 as 0', () => {
    const csv = checkInsToCsv([
      checkIn('2026-11-21', { overallPain: 0, stress: 7, notes: '=cmd, "quoted"' }),
      checkIn('2026-11-20', { sleepHours: 6.5, workout: 'none' }),
    ]);
    const parsed = parseCsv(csv);
    expect(parsed.headers).toEqual(CHECK_IN_CSV_COLUMNS.map((c) => c.name));
    expect(parsed.rows.map((row) => row.slice(0, 8))).toEqual([
      ['2026-11-20', '', '6.5', '', '', '', '', 'none'],
      ['2026-11-21', '0', '', '', '', '7', '', ''],
    ]);
    // The notes cell round-trips through the formula guard and quoting.
    expect(parsed.rows[1]?.[11]).toBe('=cmd, "quoted"');
    expect(csv).toContain(`"'=cmd, ""quoted"""`);
  });
});
