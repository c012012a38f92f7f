import { describe, expect, it } from 'vitest';
import { RUNNING_HEADER_NAME_LENGTH, runningHeader, type ReportHeader } from '../../../../src/shared/report';

const HEADER: ReportHeader = {
  patientName: 'Sam Taylor',
  clinicianName: 'Alex Reed',
  range: { from: '2026-10-23', to: '2026-11-21' },
  days: 30,
  rangeWords: '23 October to 21 November 2026',
  generatedOn: '2026-11-21',
  generatedOnWords: '21 November 2026',
  disclaimer: 'Self-reported by the patient, not a diagnosis.',
};

const tail = ' · 23 October to 21 November 2026 · self-reported, not a diagnosis';

describe('the running header', () => {
  it('keeps a name of up to its length whole', () => {
    const name = 'a'.repeat(RUNNING_HEADER_NAME_LENGTH);
    expect(runningHeader({ ...HEADER, patientName: name })).toBe(`Pain journal report for ${name}${tail}`);
  });

  it('shortens a longer name with an ellipsis, so it cannot run off the top of the page', () => {
    const name = 'b'.repeat(200);
    expect(runningHeader({ ...HEADER, patientName: name })).toBe(
      `Pain journal report for ${'b'.repeat(RUNNING_HEADER_NAME_LENGTH - 1)}…${tail}`,
    );
  });

  it('never cuts a letter from its accent, nor leaves a space before the ellipsis', () => {
    const accented = 'e\u0301'.repeat(RUNNING_HEADER_NAME_LENGTH + 5); // é as e plus a combining accent
    expect(runningHeader({ ...HEADER, patientName: accented })).toBe(
      `Pain journal report for ${'e\u0301'.repeat(RUNNING_HEADER_NAME_LENGTH - 1)}…${tail}`,
    );
    const spaced = `${'c'.repeat(RUNNING_HEADER_NAME_LENGTH - 2)} ${'d'.repeat(20)}`;
    expect(runningHeader({ ...HEADER, patientName: spaced })).toBe(
      `Pain journal report for ${'c'.repeat(RUNNING_HEADER_NAME_LENGTH - 2)}…${tail}`,
    );
  });
});
