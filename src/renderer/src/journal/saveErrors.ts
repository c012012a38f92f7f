/** Turns a failed save into words for the person, who still has everything they typed on screen. */
export function describeSaveError(error: unknown): string {
  if (isQuotaError(error)) {
    return 'Your computer has run out of space for the journal, so this wasn’t saved. Free some disk space, then press Save again: what you entered is still here.';
  }
  return 'This couldn’t be saved just now. What you entered is still here; please try Save again. If it keeps happening, restart the app.';
}

/** Chromium reports a full disk as QuotaExceededError, sometimes wrapped in an AbortError. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth += 1) {
    const name = 'name' in current ? current.name : undefined;
    if (name === 'QuotaExceededError') return true;
    current = 'inner' in current ? current.inner : 'cause' in current ? current.cause : undefined;
  }
  return false;
}
