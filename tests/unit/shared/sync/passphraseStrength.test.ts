import { describe, expect, it } from 'vitest';
import { ratePassphrase } from '@shared/sync/passphraseStrength';

describe('passphrase strength', () => {
  it.each([
    ['', 'weak'],
    ['short1!', 'weak'],
    ['password123456', 'weak'],
    ['Password2024!', 'weak'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['abcdefghijklmn', 'weak'],
    ['1234567890123', 'weak'],
    ['backpain backpain', 'weak'],
    ['blue kettle morning', 'fair'],
    ['Tr0ub4dor&3x', 'fair'],
    ['correct horse battery staple', 'strong'],
    ['Orchard-Lantern-7-Quietly', 'strong'],
    ['minha senha é bem comprida e boa', 'strong'],
  ] as const)('rates %j as %s', (passphrase, strength) => {
    expect(ratePassphrase(passphrase).strength).toBe(strength);
  });

  it('explains in one plain sentence what to do', () => {
    expect(ratePassphrase('short').message).toBe(
      'This is short. Use at least 10 characters; a few unrelated words work well.',
    );
    expect(ratePassphrase('correct horse battery staple').message).toMatch(/cannot be reset/);
    expect(ratePassphrase('blue kettle morning').message).toMatch(/another word/);
  });
});
