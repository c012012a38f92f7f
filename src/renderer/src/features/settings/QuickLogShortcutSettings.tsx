import { useId, useState } from 'react';
import { DEFAULT_QUICK_LOG_SHORTCUT } from '@shared/api';
import { acceleratorFromKeyEvent, acceleratorLabel, validateAccelerator } from '@shared/accelerator';
import type { Settings } from '@shared/settings';
import { FieldError } from '../../components/FieldError';
import { useJournal } from '../../journal/JournalContext';
import { saveSettings } from '../../journal/settings';
import {
  applyDesktopPreferences,
  preferencesInForce,
  tryDesktopPreferences,
  useDesktopPreferencesResult,
  useKeepInTrayByDefault,
} from '../../platform/desktopPreferences';
import { isMac } from '../../shortcuts';
import { useSettingsChange } from './useSettingsChange';

interface QuickLogShortcutSettingsProps {
  settings: Settings;
  onSaved: (message: string) => void;
}

const label = (accelerator: string) => acceleratorLabel(accelerator, isMac);

/**
 * The global quick-log shortcut and "keep in the tray". A new shortcut is recorded by pressing it, tried
 * with the system first, and saved only if the system accepted it; a refusal is explained and the keys
 * pressed stay in the field.
 */
export function QuickLogShortcutSettings({ settings, onSaved }: QuickLogShortcutSettingsProps) {
  const db = useJournal();
  const { shown, change: changeSettings } = useSettingsChange(settings, onSaved);
  const saved = shown.desktop;
  // Until the person chooses, the desktop's default (off where the tray is usually not shown).
  const preferences = preferencesInForce(saved, useKeepInTrayByDefault() ?? true);
  const result = useDesktopPreferencesResult();
  const recorderId = useId();
  const errorId = useId();
  const hintId = useId();
  const trayId = useId();
  const [isRecording, setIsRecording] = useState(false);
  const [recorded, setRecorded] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [isWorking, setIsWorking] = useState(false);

  const current = preferences.quickLogShortcut;
  const status = result?.shortcut;

  /** Tries the shortcut with the desktop; saves it only when the system took it. */
  const use = async (accelerator: string) => {
    if (accelerator !== '') {
      const checked = validateAccelerator(accelerator);
      if (!checked.ok) {
        setProblem(checked.message);
        return;
      }
      accelerator = checked.accelerator;
    }
    setIsWorking(true);
    try {
      const answer = await tryDesktopPreferences({ ...preferences, quickLogShortcut: accelerator });
      if (answer.shortcut.status === 'refused' || answer.shortcut.status === 'invalid') {
        setProblem(answer.shortcut.message);
        return;
      }
      await saveSettings(db, { desktop: { ...saved, quickLogShortcut: accelerator } });
      setProblem(undefined);
      setIsRecording(false);
      setRecorded('');
      onSaved(
        accelerator === '' ? 'The quick-log shortcut is off.' : `Shortcut saved: ${label(accelerator)}.`,
      );
    } catch (error) {
      console.error('Saving the shortcut failed', error);
      setProblem('The shortcut couldn’t be saved. Please try again.');
      // The desktop already took the new keys; put back the saved ones so both agree again.
      void applyDesktopPreferences(preferences);
    } finally {
      setIsWorking(false);
    }
  };

  const setKeepInTray = (keepInTray: boolean) =>
    changeSettings(
      { desktop: { ...saved, keepInTray } },
      keepInTray
        ? 'Closing the window now keeps the journal in the tray.'
        : 'Closing the window now quits the journal.',
      'That setting couldn’t be saved. Please try again.',
    );

  return (
    <section aria-labelledby={`${recorderId}-title`} className="measure">
      <h3 id={`${recorderId}-title`}>Logging from any app</h3>
      <p>
        {current === '' ? (
          'The quick-log shortcut is off.'
        ) : (
          <>
            Press <kbd data-testid="current-shortcut">{label(current)}</kbd> in any app to open a small window
            for logging pain.
          </>
        )}{' '}
        {status?.status === 'registered' &&
          status.accelerator === current &&
          // Through Wayland's shortcut portal the desktop may still ask the person, and never tells the app.
          (status.mayNeedDesktopApproval === true
            ? 'Your desktop may ask you once to allow it, and it works once you have. The journal can’t check this itself: press it in another app to try it.'
            : 'It is working.')}
      </p>
      {(status?.status === 'refused' || status?.status === 'invalid') &&
        !isRecording &&
        problem === undefined && (
          <p className="field-error" role="alert">
            {status.message}
          </p>
        )}
      {/* A refusal of "Use Ctrl+Alt+P" or "Turn off", outside the recorder (which shows its own). */}
      {!isRecording && problem !== undefined && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {isRecording ? (
        <div className="field">
          <label htmlFor={recorderId}>New shortcut: hold the keys together</label>
          <input
            id={recorderId}
            type="text"
            readOnly
            autoFocus
            value={recorded === '' ? '' : label(recorded)}
            placeholder="For example Ctrl+Alt+P"
            aria-describedby={`${hintId} ${problem ? errorId : ''}`.trim()}
            aria-invalid={problem !== undefined}
            onKeyDown={(event) => {
              // Tab still moves on, and Escape still leaves, so the field never traps the keyboard.
              const isPlain = !event.ctrlKey && !event.metaKey && !event.altKey;
              if (isPlain && (event.key === 'Tab' || event.key === 'Escape')) {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  setIsRecording(false);
                  setProblem(undefined);
                }
                return;
              }
              event.preventDefault();
              const accelerator = acceleratorFromKeyEvent(event, isMac);
              if (accelerator !== null) {
                setRecorded(accelerator);
                setProblem(undefined);
              }
            }}
          />
          <p id={hintId} className="muted">
            Use Ctrl, Alt{isMac ? ' (Option) or Cmd' : ''} with a letter, number or function key. Esc cancels.
          </p>
          <FieldError id={errorId} message={problem} />
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={isWorking || recorded === ''}
              onClick={() => void use(recorded)}
            >
              Use this shortcut
            </button>
            <button
              type="button"
              onClick={() => {
                setIsRecording(false);
                setProblem(undefined);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setProblem(undefined);
              setIsRecording(true);
            }}
            disabled={isWorking}
          >
            Change shortcut…
          </button>
          {current !== DEFAULT_QUICK_LOG_SHORTCUT && (
            <button type="button" onClick={() => void use(DEFAULT_QUICK_LOG_SHORTCUT)} disabled={isWorking}>
              Use {label(DEFAULT_QUICK_LOG_SHORTCUT)}
            </button>
          )}
          {current !== '' && (
            <button type="button" onClick={() => void use('')} disabled={isWorking}>
              Turn the shortcut off
            </button>
          )}
        </div>
      )}
      <div className="check-row">
        <input
          id={trayId}
          type="checkbox"
          aria-describedby={`${trayId}-hint`}
          checked={preferences.keepInTray}
          onChange={(event) => setKeepInTray(event.target.checked)}
        />
        <label htmlFor={trayId}>
          Keep the journal in the tray when I close its window, so the shortcut and reminders keep working
        </label>
      </div>
      <p id={`${trayId}-hint`} className="muted">
        Some Linux desktops, GNOME among them, show tray icons only with an “AppIndicator” extension. If you
        can’t see the journal’s icon, leave this off, or start the journal again to bring its window back.
      </p>
    </section>
  );
}
