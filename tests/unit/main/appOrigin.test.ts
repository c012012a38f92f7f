import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME } from '@shared/appOrigin';

// IndexedDB belongs to an origin: if this ever changes, every user's journal is orphaned.
describe('the app origin', () => {
  it('is app://bundle, exactly and forever', () => {
    expect(APP_SCHEME).toBe('app');
    expect(APP_HOST).toBe('bundle');
    expect(APP_ORIGIN).toBe('app://bundle');
    expect(APP_ENTRY_URL).toBe('app://bundle/index.html');
  });
});
