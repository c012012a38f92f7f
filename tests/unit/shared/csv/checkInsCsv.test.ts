import { describe, expect, it } from 'vitest';
import { CHECK_IN_CSV_COLUMNS, checkInsToCsv } from '../../../../src/shared/csv/checkInsCsv';
import { parseCsv } from '../../../../src/shared/csv/parse';
import { checkIn } from '../../../fixtures/builders';

describe('checkInsToCsv', () => {
  it('writes when each check-in was saved and changed in the person’s time zone, with its offset', () => {
    const saved = (zone: string) =>
      parseCsv(
        checkInsToCsv(
          [
            checkIn('2026-06-24', {
              createdAt: '2026-06-24T20:05:00.000Z',
              updatedAt: '2026-11-24T21:05:00.000Z',
            }),
          ],
          [],
          zone,
        ),
      );
    const { headers, rows } = saved('Europe/London');
    const at = (name: string) => rows[0]?.[headers.indexOf(name)];
    expect([at('created_at'), at('updated_at')]).toEqual([
      '2026-06-24T21:05:00+01:00',
      '2026-11-24T21:05:00+00:00',
    ]);
    const auckland = saved('Pacific/Auckland');
    expect(auckland.rows[0]?.[auckland.headers.indexOf('created_at')]).toBe('2026-06-25T08:05:00+12:00');
    const losAngeles = saved('America/Los_Angeles');
    expect(losAngeles.rows[0]?.[losAngeles.headers.indexOf('updated_at')]).toBe('2026-11-24T13:05:00-08:00');
  });

  it('writes one row a day, oldest first, with "not recorded" as an empty cell and 0 as 0', () => {
    const csv = checkInsToCsv(
      [
        checkIn('2026-11-21', { overallPain: 0, stress: 7, notes: '=cmd, "quoted"' }),
        checkIn('2026-11-20', { sleepHours: 6.5, workout: 'none' }),
      ],
      [],
      'Europe/London',
    );
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

  it('adds mood, energy and one column per factor of your own, archived ones too', () => {
    const factor = (
      id: string,
      name: string,
      kind: 'yes-no' | 'number',
      unit: string | null,
      createdAt: string,
    ) => ({
      id,
      name,
      kind,
      unit,
      createdAt,
      updatedAt: createdAt,
      archivedAt: null,
    });
    const coffee = factor(
      '0a0a0a0a-0000-4000-8000-0000000000c1',
      'Cups of coffee',
      'number',
      'cups',
      '2026-11-01T08:00:00.000Z',
    );
    const backpack = {
      ...factor(
        '0a0a0a0a-0000-4000-8000-0000000000c2',
        'Carried a backpack',
        'yes-no',
        null,
        '2026-11-02T08:00:00.000Z',
      ),
      archivedAt: '2026-11-10T08:00:00.000Z',
    };
    const csv = checkInsToCsv(
      [
        checkIn('2026-11-20', { mood: 0, energy: 8, ownValues: { [coffee.id]: 2.5, [backpack.id]: 1 } }),
        checkIn('2026-11-21', { ownValues: { [backpack.id]: 0 } }),
      ],
      [backpack, coffee],
      'Europe/London',
    );
    const parsed = parseCsv(csv);
    expect(parsed.headers.slice(-4)).toEqual([
      'mood',
      'energy',
      'Cups of coffee (cups)',
      'Carried a backpack',
    ]);
    expect(parsed.rows.map((row) => row.slice(-4))).toEqual([
      ['0', '8', '2.5', 'yes'],
      ['', '', '', 'no'],
    ]);
  });
});
