import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClock, formatHlc, isHlc, parseHlc } from '../../../../src/shared/sync/hlc';

const HOUR = 3_600_000;

function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item ${index}`);
  return item;
}
const T0 = Date.UTC(2026, 4, 1, 9, 0, 0);

describe('clock readings as strings', () => {
  it('writes the documented fixed-width form', () => {
    expect(formatHlc({ wall: T0, counter: 7, deviceId: 'a1b2' })).toBe(`${T0}-000007-a1b2`);
    expect(formatHlc({ wall: 5, counter: 0, deviceId: 'x' })).toBe('0000000000005-000000-x');
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9_999_999_999_999 }),
        fc.integer({ min: 0, max: 999_999 }),
        fc.stringMatching(/^[A-Za-z0-9]{1,64}$/),
        (wall, counter, deviceId) => {
          expect(parseHlc(formatHlc({ wall, counter, deviceId }))).toEqual({ wall, counter, deviceId });
        },
      ),
    );
  });

  it('sorts as strings in the same order as (time, counter, computer)', () => {
    const parts = fc.record({
      wall: fc.integer({ min: 0, max: 9_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: 999_999 }),
      deviceId: fc.stringMatching(/^[a-f0-9]{1,8}$/),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const byParts =
          a.wall !== b.wall
            ? a.wall - b.wall
            : a.counter !== b.counter
              ? a.counter - b.counter
              : a.deviceId < b.deviceId
                ? -1
                : a.deviceId > b.deviceId
                  ? 1
                  : 0;
        const x = formatHlc(a);
        const y = formatHlc(b);
        const byString = x < y ? -1 : x > y ? 1 : 0;
        expect(byString).toBe(Math.sign(byParts));
      }),
    );
  });

  it.each([
    '',
    '123-000001-a',
    `${T0}-1-a`,
    `${T0}-000001-`,
    `${T0}-000001-has space`,
    `${T0}-000001-a-b`,
    ` ${T0}-000001-a`,
    `${T0}-00000x-a`,
  ])('refuses the malformed reading %j with a clear message', (text) => {
    expect(isHlc(text)).toBe(false);
    expect(() => parseHlc(text)).toThrow(/not a clock reading/);
  });

  it('refuses parts that do not fit the form', () => {
    expect(() => formatHlc({ wall: -1, counter: 0, deviceId: 'a' })).toThrow(/time/);
    expect(() => formatHlc({ wall: 1e13, counter: 0, deviceId: 'a' })).toThrow(/time/);
    expect(() => formatHlc({ wall: 1, counter: 1_000_000, deviceId: 'a' })).toThrow(/counter/);
    expect(() => formatHlc({ wall: 1, counter: 0, deviceId: 'a-b' })).toThrow(/id/);
  });
});

describe('a computer\u2019s clock', () => {
  it('follows the wall clock when it moves forward', () => {
    let t = T0;
    const clock = createClock('laptop', () => t);
    expect(clock.tick()).toBe(`${T0}-000000-laptop`);
    t += 1000;
    expect(clock.tick()).toBe(`${T0 + 1000}-000000-laptop`);
  });

  it('counts up instead of going back when the wall clock stands still or jumps back', () => {
    let t = T0;
    const clock = createClock('laptop', () => t);
    clock.tick();
    expect(clock.tick()).toBe(`${T0}-000001-laptop`);
    t -= 2 * HOUR;
    expect(clock.tick()).toBe(`${T0}-000002-laptop`);
  });

  it('hours behind, still makes readings newer than the one it received', () => {
    const desktop = createClock('desktop', () => T0);
    const laptop = createClock('laptop', () => T0 - 5 * HOUR);
    const fromDesktop = desktop.tick();
    const received = laptop.receive(fromDesktop);
    expect(received > fromDesktop).toBe(true);
    const nextEdit = laptop.tick();
    expect(nextEdit > fromDesktop).toBe(true);
    expect(parseHlc(nextEdit).wall).toBe(T0);
  });

  it('continues after the last reading of a previous run even if the clock was set back', () => {
    const before = createClock('laptop', () => T0);
    before.tick();
    const saved = before.last();
    const after = createClock('laptop', () => T0 - HOUR, saved);
    expect(after.tick() > (saved ?? '')).toBe(true);
    expect(createClock('laptop', () => T0).last()).toBeNull();
  });

  it('keeps working when the wall clock is broken', () => {
    const clock = createClock('laptop', () => Number.NaN);
    const a = clock.tick();
    expect(clock.tick() > a).toBe(true);
  });

  it('refuses a malformed incoming reading and an unusable computer id', () => {
    const clock = createClock('laptop', () => T0);
    expect(() => clock.receive('yesterday')).toThrow(/not a clock reading/);
    expect(() => createClock('my laptop', () => T0)).toThrow(/id/);
  });

  it('with skewed and jumping clocks, every reading is newer than all it issued or received', () => {
    const step = fc.record({
      device: fc.integer({ min: 0, max: 2 }),
      advance: fc.integer({ min: 0, max: 10 * 60_000 }),
      jitter: fc.integer({ min: -HOUR, max: HOUR }),
      from: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -6 * HOUR, max: 6 * HOUR }), { minLength: 3, maxLength: 3 }),
        fc.array(step, { maxLength: 80 }),
        (offsets, steps) => {
          let trueTime = T0;
          let jitter = 0;
          const clocks = offsets.map((offset, i) => createClock(`d${i}`, () => trueTime + offset + jitter));
          const newestSeen = ['', '', ''];
          for (const s of steps) {
            trueTime += s.advance;
            jitter = s.jitter;
            const clock = at(clocks, s.device);
            const incoming = s.from === null ? null : at(clocks, s.from).last();
            const reading = incoming === null ? clock.tick() : clock.receive(incoming);
            expect(reading > at(newestSeen, s.device)).toBe(true);
            if (incoming !== null) expect(reading > incoming).toBe(true);
            newestSeen[s.device] = reading;
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
