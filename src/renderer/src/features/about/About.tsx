import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/api';
import { desktop, isDesktopApp } from '../../platform/desktop';
import { SHORTCUT_LABELS, isMac } from '../../shortcuts';

interface AboutProps {
  isStoragePersistent: boolean | null;
}

const NHS_BACK_PAIN = 'https://www.nhs.uk/conditions/back-pain/';

export function About({ isStoragePersistent }: AboutProps) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [linkRefused, setLinkRefused] = useState(false);

  useEffect(() => {
    let isCurrent = true;
    void desktop.getAppInfo().then((result) => {
      if (isCurrent) setInfo(result);
    });
    return () => {
      isCurrent = false;
    };
  }, []);

  return (
    <section aria-labelledby="about-title" className="about">
      <h2 id="about-title">About this journal</h2>
      <h3>Your data stays with you</h3>
      <p>
        Everything you log is kept on this computer only. Nothing is sent anywhere: there is no account, no
        cloud and no tracking.
      </p>
      <p data-testid="spelling-note">
        {!isDesktopApp
          ? 'In a browser, spelling is checked the way your browser’s own settings say: its basic checker works on this computer, but an “enhanced” spell check that you may have turned on sends what you type to the browser’s maker.'
          : isMac
            ? 'Spelling is checked by your Mac’s own spell checker, on this computer.'
            : 'Spell checking is off. On Windows and Linux it would first download dictionaries from Google, and this journal doesn’t go online.'}
      </p>
      <dl>
        <dt>Version</dt>
        <dd data-testid="app-version">{info?.version ?? '…'}</dd>
        <dt>Where your journal is kept</dt>
        <dd data-testid="data-location">{info?.dataLocation ?? '…'}</dd>
        <dt>Protected from automatic clean-up</dt>
        <dd>
          {isStoragePersistent === null
            ? '…'
            : isStoragePersistent
              ? 'Yes'
              : 'Not confirmed. Save a backup now and then (Settings › Backup) to be safe.'}
        </dd>
      </dl>
      <h3>Keyboard</h3>
      <ul>
        <li>
          <kbd>{SHORTCUT_LABELS.quickLog}</kbd> log pain from anywhere in the app
        </li>
        <li>
          <kbd>0</kbd>–<kbd>9</kbd> choose the pain level (<kbd>1</kbd> then <kbd>0</kbd> for 10)
        </li>
        <li>
          <kbd>{SHORTCUT_LABELS.save}</kbd> save
        </li>
        <li>
          <kbd>Esc</kbd> close without saving
        </li>
      </ul>
      <h3>This is a journal, not a diagnosis</h3>
      <p>
        It helps you and your physiotherapist see patterns in your own records. If your pain is severe,
        getting worse, or comes with numbness, weakness, chest pain or trouble breathing, please seek medical
        care.{' '}
        <button
          type="button"
          className="link"
          onClick={() => {
            void desktop.openExternal(NHS_BACK_PAIN).then((opened) => setLinkRefused(!opened)); // eng-disable OPEN_EXTERNAL_JS_CHECK constant allow-listed https URL, checked again in main
          }}
        >
          NHS advice on back pain (opens in your browser)
        </button>
      </p>
      {linkRefused && <p role="alert">That link could not be opened.</p>}
    </section>
  );
}
