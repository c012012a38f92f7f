/**
 * Hands the desktop-only preferences (global shortcut, keep in tray) from the settings to the desktop, and
 * remembers what the desktop answered, so Settings can say whether the shortcut is working.
 */
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { DesktopPreferences, DesktopPreferencesResult, SavedDesktopPreferences } from '@shared/api';
import { desktop } from './desktop';

// Asked once: it depends on the desktop the app runs on, not on anything the page does.
let keepInTrayByDefault: Promise<boolean> | undefined;

function askKeepInTrayByDefault(): Promise<boolean> {
  keepInTrayByDefault ??= desktop.getAppInfo().then(
    // Anything but a clear "no" keeps the tray, as the journal always did.
    (info) => info.keepInTrayByDefault !== false,
    () => true,
  );
  return keepInTrayByDefault;
}

/**
 * Whether closing the window keeps the journal in the tray when the person has not chosen (false on Linux
 * desktops whose tray is usually not shown); undefined until the desktop has said.
 */
export function useKeepInTrayByDefault(): boolean | undefined {
  const [value, setValue] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let isCurrent = true;
    void askKeepInTrayByDefault().then((answer) => {
      if (isCurrent) setValue(answer);
    });
    return () => {
      isCurrent = false;
    };
  }, []);
  return value;
}

/** The preferences to hand to the desktop: the saved ones, with the desktop's default where none was chosen. */
export function preferencesInForce(
  saved: SavedDesktopPreferences,
  keepInTrayDefault: boolean,
): DesktopPreferences {
  return { quickLogShortcut: saved.quickLogShortcut, keepInTray: saved.keepInTray ?? keepInTrayDefault };
}

let lastResult: DesktopPreferencesResult | null = null;
const listeners = new Set<() => void>();

function publish(result: DesktopPreferencesResult): void {
  lastResult = result;
  for (const listener of listeners) listener();
}

async function ask(preferences: DesktopPreferences): Promise<DesktopPreferencesResult> {
  try {
    return await desktop.applyDesktopPreferences(preferences);
  } catch (error) {
    console.error('Could not apply the desktop preferences', error);
    return { shortcut: { status: 'refused', message: 'The shortcut couldn’t be set up. Please try again.' } };
  }
}

/** Applies the saved preferences and records the answer; resolves with it (never rejects). */
export async function applyDesktopPreferences(
  preferences: DesktopPreferences,
): Promise<DesktopPreferencesResult> {
  const result = await ask(preferences);
  publish(result);
  return result;
}

/**
 * Tries preferences the person is choosing. Only an accepted shortcut is recorded: after a refusal the
 * desktop keeps the previous shortcut, so what Settings says about it stays true.
 */
export async function tryDesktopPreferences(
  preferences: DesktopPreferences,
): Promise<DesktopPreferencesResult> {
  const result = await ask(preferences);
  if (result.shortcut.status !== 'refused' && result.shortcut.status !== 'invalid') publish(result);
  return result;
}

/** The desktop's last answer about the preferences, or null before the first. */
export function useDesktopPreferencesResult(): DesktopPreferencesResult | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => lastResult,
  );
}

/**
 * Keeps the desktop in step with the saved preferences: at start, and after every change (a restore can
 * bring another shortcut). `onProblem` hears, in the person's words, when the saved shortcut was not taken.
 */
export function useApplyDesktopPreferences(
  preferences: SavedDesktopPreferences | undefined,
  onProblem: (message: string) => void,
): void {
  const keepInTrayDefault = useKeepInTrayByDefault();
  const shortcut = preferences?.quickLogShortcut;
  const keepInTray =
    preferences === undefined || keepInTrayDefault === undefined
      ? undefined
      : (preferences.keepInTray ?? keepInTrayDefault);
  const onProblemRef = useRef(onProblem);
  useEffect(() => {
    onProblemRef.current = onProblem;
  }, [onProblem]);
  useEffect(() => {
    if (shortcut === undefined || keepInTray === undefined) return;
    void applyDesktopPreferences({ quickLogShortcut: shortcut, keepInTray }).then(({ shortcut: result }) => {
      if (result.status === 'refused' || result.status === 'invalid') {
        onProblemRef.current(`Your quick-log shortcut isn’t working. ${result.message}`);
      }
    });
  }, [shortcut, keepInTray]);
}
