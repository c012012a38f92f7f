/**
 * How strong a sync passphrase looks, in words. A deliberately small rule (length, variety, a short list of the
 * most guessed passwords, repeats and runs) rather than a library such as zxcvbn: that one ships several
 * hundred kilobytes of word lists into the window for one hint, while scrypt already makes every guess cost
 * about a second, so the hint only has to steer people away from short and obvious choices and towards a few
 * unrelated words.
 */

export type PassphraseStrength = 'weak' | 'fair' | 'strong';

export interface PassphraseRating {
  strength: PassphraseStrength;
  /** One plain sentence to show under the field. */
  message: string;
}

/** The passwords guessed first, and words someone might pick for this journal. Compared without case. */
const COMMON = [
  'password',
  'passwort',
  'passphrase',
  'qwerty',
  'azerty',
  'letmein',
  'welcome',
  'iloveyou',
  'admin',
  'monkey',
  'dragon',
  'football',
  'sunshine',
  'princess',
  'abc123',
  '123456',
  'backpain',
  'upperback',
  'journal',
  'mybackhurts',
];

export const MIN_PASSPHRASE_LENGTH = 10;

function characterClasses(passphrase: string): number {
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}\s]/u, /\s/u];
  return classes.filter((pattern) => pattern.test(passphrase)).length;
}

/** True when the text is one character repeated, or a run like 'abcdef' or '987654', or a short piece repeated. */
function isPattern(text: string): boolean {
  const points = [...text.toLowerCase()].map((character) => character.codePointAt(0) ?? 0);
  if (points.length < 2) return true;
  const steps = new Set(points.slice(1).map((point, index) => point - (points[index] ?? 0)));
  if (steps.size === 1) {
    const [step] = [...steps];
    if (step !== undefined && Math.abs(step) <= 1) return true;
  }
  const plain = text.toLowerCase();
  for (let length = 1; length <= plain.length / 2; length++) {
    if (plain.length % length === 0 && plain.slice(0, length).repeat(plain.length / length) === plain)
      return true;
  }
  return false;
}

function words(passphrase: string): string[] {
  return passphrase.split(/[\s\-_.,;:+/]+/u).filter((word) => [...word].length >= 3);
}

export function ratePassphrase(passphrase: string): PassphraseRating {
  const text = passphrase.normalize('NFKC').trim();
  const length = [...text].length;
  if (length === 0) {
    return { strength: 'weak', message: 'Choose a passphrase: a few unrelated words are easy to remember.' };
  }
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      strength: 'weak',
      message: `This is short. Use at least ${MIN_PASSPHRASE_LENGTH} characters; a few unrelated words work well.`,
    };
  }
  const squashed = text.toLowerCase().replace(/[^\p{L}\p{Nd}]/gu, '');
  const withoutCommon = COMMON.reduce((rest, word) => rest.split(word).join(''), squashed);
  const withoutDigits = withoutCommon.replace(/\p{Nd}/gu, '');
  if (isPattern(text) || withoutDigits.length < 4 || (squashed.length > 0 && isPattern(squashed))) {
    return {
      strength: 'weak',
      message: 'This is easy to guess. Try a few unrelated words that mean something only to you.',
    };
  }
  const wordCount = words(text).length;
  const classes = characterClasses(text);
  if ((wordCount >= 4 && length >= 20) || length >= 24 || (length >= 16 && classes >= 3)) {
    return { strength: 'strong', message: 'This looks strong. Keep it somewhere safe: it cannot be reset.' };
  }
  return {
    strength: 'fair',
    message: 'This is fair. Adding another word or two would make it much harder to guess.',
  };
}
