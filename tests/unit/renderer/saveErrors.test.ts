import { describe, expect, it } from 'vitest';
import { describeSaveError, isQuotaError } from '../../../src/renderer/src/journal/saveErrors';

function named(name: string, inner?: unknown) {
  return Object.assign(new Error(name), { name, inner });
}

describe('save errors', () => {
  it('recognises a full disk, also when wrapped in an AbortError', () => {
    expect(isQuotaError(named('QuotaExceededError'))).toBe(true);
    expect(isQuotaError(named('AbortError', named('QuotaExceededError')))).toBe(true);
    expect(isQuotaError(named('AbortError'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('tells the person what happened and that their entry is still there', () => {
    expect(describeSaveError(named('QuotaExceededError'))).toMatch(/run out of space.*still here/);
    expect(describeSaveError(new Error('boom'))).toMatch(/couldn’t be saved.*still here/);
  });
});
