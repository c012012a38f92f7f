import { describe, expect, it } from 'vitest';
import { describeFollowUp } from '../../../../src/shared/followUps';

const STARTED = { startedAt: '2026-11-02T14:00:00.000Z' };
const LONDON = { timeZone: 'Europe/London', locale: 'en-GB' };

describe('the follow-up in a few words', () => {
  it('says when the pain had stopped', () => {
    expect(
      describeFollowUp({ at: '2026-11-02T15:05:00.000Z', pain: 0, stopped: true }, STARTED, LONDON),
    ).toBe('Stopped by 15:05');
  });

  it('gives the later pain and its time', () => {
    expect(
      describeFollowUp({ at: '2026-11-02T15:05:00.000Z', pain: 3, stopped: false }, STARTED, LONDON),
    ).toBe('Later: 3/10 at 15:05');
  });

  it('names the day when the answer is about a later day than the start', () => {
    expect(
      describeFollowUp({ at: '2026-11-03T09:00:00.000Z', pain: 2, stopped: false }, STARTED, LONDON),
    ).toBe('Later: 2/10 at 09:00 on 3 November');
  });

  it('writes the time in the person’s zone and locale', () => {
    // 15:05 UTC is 10:05 in New York (EST); en-US writes it "10:05 AM".
    const text = describeFollowUp({ at: '2026-11-02T15:05:00.000Z', pain: 0, stopped: true }, STARTED, {
      timeZone: 'America/New_York',
      locale: 'en-US',
    });
    expect(text).toMatch(/^Stopped by 10:05\sAM$/);
  });
});
