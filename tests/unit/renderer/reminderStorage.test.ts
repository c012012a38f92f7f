import { describe, expect, it, vi } from 'vitest';
import {
  LAST_SHOWN_KEY,
  readLastShown,
  writeLastShown,
} from '../../../src/renderer/src/features/reminders/lastShown';

/** A Storage stand-in holding one text per key, as localStorage does. */
function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
    items,
  };
}

describe('when each reminder was last shown (this device’s localStorage)', () => {
  it('reads back what was written', () => {
    const storage = memoryStorage();
    writeLastShown(storage, {
      'check-in': '2026-11-21T19:00:00.000Z',
      'posture-break': '2026-11-21T10:50:00.000Z',
    });
    expect(readLastShown(storage)).toEqual({
      'check-in': '2026-11-21T19:00:00.000Z',
      'posture-break': '2026-11-21T10:50:00.000Z',
    });
  });

  it.each([
    ['nothing stored', undefined],
    ['not JSON', '{oops'],
    ['JSON that is not an object', '"2026-11-21"'],
    ['null', 'null'],
  ])('starts afresh when %s', (_case, stored) => {
    const storage = memoryStorage(stored === undefined ? {} : { [LAST_SHOWN_KEY]: stored });
    expect(readLastShown(storage)).toEqual({});
  });

  it('keeps only the known kinds with text values', () => {
    const storage = memoryStorage({
      [LAST_SHOWN_KEY]: JSON.stringify({
        'check-in': '2026-11-21T19:00:00.000Z',
        'weekly-measures': 42,
        unknown: '2026-11-21T19:00:00.000Z',
        __proto__: { 'posture-break': 'x' },
      }),
    });
    expect(readLastShown(storage)).toEqual({ 'check-in': '2026-11-21T19:00:00.000Z' });
  });

  it('survives storage that refuses to write (full or blocked), saying so in the console', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(() => writeLastShown(full, { 'check-in': '2026-11-21T19:00:00.000Z' })).not.toThrow();
    expect(error).toHaveBeenCalledWith(
      'Could not remember when a reminder was shown',
      expect.any(DOMException),
    );
    error.mockRestore();
  });
});
