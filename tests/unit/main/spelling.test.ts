import type { Session } from 'electron';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { SpellCheckerSession } from '../../../src/main/spelling';
import { applySpellingChoice, isSpellingOn } from '../../../src/main/spelling';

describe('spelling', () => {
  it('asks only for what Electron’s Session has (checked by tsc)', () => {
    expectTypeOf<Session>().toExtend<SpellCheckerSession>();
  });

  it.each([
    ['darwin', true],
    ['win32', false],
    ['linux', false],
  ] as const)('on %s the session’s spell checker is on: %s', (platform, isOn) => {
    const calls: boolean[] = [];
    applySpellingChoice({ setSpellCheckerEnabled: (enable) => calls.push(enable) }, platform);
    expect(calls).toEqual([isOn]);
    expect(isSpellingOn(platform)).toBe(isOn);
  });
});
