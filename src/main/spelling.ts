/**
 * Spelling, kept on this computer. On macOS Electron uses the system's own spell checker, which works
 * offline. On Windows and Linux Chromium's checker downloads Hunspell dictionaries from a Google server the
 * first time it runs, and the journal never contacts a server, so spelling is off there.
 */
export function isSpellingOn(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

/** The part of a Session that turns the built-in spell checker on or off. */
export interface SpellCheckerSession {
  setSpellCheckerEnabled(enable: boolean): void;
}

/**
 * Turns the session's spell checker off where it would download dictionaries, as well as each window's
 * `spellcheck` preference: the session keeps its own setting, which also covers any page made later.
 */
export function applySpellingChoice(session: SpellCheckerSession, platform: NodeJS.Platform): void {
  session.setSpellCheckerEnabled(isSpellingOn(platform));
}
