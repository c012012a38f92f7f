import { describe, expect, it } from 'vitest';
import { checkInLabels } from '../../../src/shared/checkInLabels';

describe('check-in labels', () => {
  // 2026-11-21 is a Saturday.
  it('asks about pain today only for today', () => {
    expect(checkInLabels('2026-11-21', '2026-11-21').overallPain).toBe('Overall pain today (0-10)');
    expect(checkInLabels('2026-11-20', '2026-11-21').overallPain).toBe('Overall pain yesterday (0-10)');
    expect(checkInLabels('2026-11-16', '2026-11-21').overallPain).toBe('Overall pain on Monday (0-10)');
    expect(checkInLabels('2026-11-01', '2026-11-21').overallPain).toBe('Overall pain that day (0-10)');
    expect(checkInLabels('2026-11-20', '2026-11-21').sleepHours).toBe('Sleep the night before (hours)');
  });
});
