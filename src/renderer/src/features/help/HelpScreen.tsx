import { DEFAULT_QUICK_LOG_SHORTCUT } from '@shared/api';
import { acceleratorLabel } from '@shared/accelerator';
import { FORM_KEYS } from '@shared/formKeys';
import { MENU_KEYS } from '@shared/menuKeys';
import { QUICK_STARTS } from '@shared/quickStart';
import {
  AUTOMATIC_FLAG_THRESHOLDS,
  EMERGENCY_ACTION,
  RED_FLAGS,
  URGENCY_LABELS,
  type RedFlagUrgency,
} from '@shared/taxonomy/redFlags';
import { useSettings } from '../../journal/hooks';
import { isDesktopApp } from '../../platform/desktop';
import { SHORTCUT_LABELS, isMac } from '../../shortcuts';

/** "N now, F 15 min ago, …": the quick log's start letters, from the list the quick log uses. */
const startKeys = QUICK_STARTS.map((choice, index) => (
  <span key={choice.id}>
    {index > 0 && ', '}
    <kbd>{choice.key.toUpperCase()}</kbd> {choice.label}
  </span>
));

/** The desktop menu's keys (the same constants the menu uses), for the table below. */
const MENU_KEY_ROWS: readonly { keys: string; what: string }[] = [
  { keys: MENU_KEYS.newEpisode, what: 'New episode, with every detail' },
  { keys: MENU_KEYS.checkIn, what: 'Today’s daily check-in' },
  { keys: MENU_KEYS.exportReport, what: 'The report for your physiotherapist' },
  { keys: MENU_KEYS.saveBackup, what: 'Save a backup file' },
  { keys: MENU_KEYS.settings, what: 'Settings' },
  { keys: MENU_KEYS.help, what: 'This help' },
].map((row) => ({ ...row, keys: acceleratorLabel(row.keys, isMac) }));

/** The signs the forms ask about, with the urgency their notice gives, so Help lists exactly those. */
function signsOf(urgency: RedFlagUrgency) {
  return (
    <ul aria-label={URGENCY_LABELS[urgency]}>
      {RED_FLAGS.filter((flag) => flag.urgency === urgency).map((flag) => (
        <li key={flag.id}>{flag.label}</li>
      ))}
    </ul>
  );
}

const { severeStreak, risingAverage } = AUTOMATIC_FLAG_THRESHOLDS;

interface HelpScreenProps {
  onOpenSettings: () => void;
}

/** The in-app help: what each part of the journal is for, and every key that gets there. */
export function HelpScreen({ onOpenSettings }: HelpScreenProps) {
  const globalShortcut = useSettings()?.desktop.quickLogShortcut ?? DEFAULT_QUICK_LOG_SHORTCUT;
  return (
    <section aria-labelledby="help-title" className="help">
      <h2 id="help-title">Help</h2>
      <p>
        The journal’s screens are listed down the left side of a wide window, grouped by what you come to do,
        with <strong>Log pain</strong> at the top; in a narrower window they sit in rows across the top.
      </p>

      <h3>Logging pain in a few seconds</h3>
      <p>
        Press <kbd>{SHORTCUT_LABELS.quickLog}</kbd> or choose <strong>Log pain</strong>, type how strong the
        pain is (<kbd>0</kbd>–<kbd>9</kbd>, or <kbd>1</kbd> then <kbd>0</kbd> for 10) and press{' '}
        <kbd>{SHORTCUT_LABELS.save}</kbd>. If it started earlier, press a letter: {startKeys}. The rest is
        optional, under <strong>Where, what kind…</strong>: where it hurts (click the places on the figure:
        the back is seen from behind, so your left is on the left, and the small front view beside it is the
        chest), what it feels like, what was going on, what you tried (and how it went) and any warning signs.{' '}
        <strong>More details…</strong> opens the full form without losing anything. In either form, Alt with a
        letter jumps to a part of it (the letter is shown beside each part, and listed under Keys below), and
        in a list such as the type of workout, typing the first letter of a choice picks it.
      </p>
      {isDesktopApp && (
        <p>
          From any other app,{' '}
          {globalShortcut === '' ? (
            'set a shortcut in Settings and press it,'
          ) : (
            <>
              press <kbd>{acceleratorLabel(globalShortcut, isMac)}</kbd> (you can change it in Settings)
            </>
          )}{' '}
          or choose <strong>Log pain</strong> from the journal’s icon in the tray or menu bar. A small window
          opens on top of your work; it closes by itself once the entry is saved, and <kbd>Esc</kbd> closes it
          without saving. On Linux with Wayland, your desktop may ask you once to allow the shortcut; it works
          from then on.
        </p>
      )}
      {isDesktopApp && (
        <p>
          Closing the journal’s window keeps it running in the tray, so the shortcut and reminders keep
          working (you can turn this off in Settings). Some Linux desktops hide tray icons unless an
          “AppIndicator” extension is installed: if you can’t see the icon, start the journal again and its
          window comes back.
        </p>
      )}

      <h3>Daily check-in and weekly measures</h3>
      <p>
        The check-in takes about a minute: your pain, sleep, stress, mood, energy, water, desk hours, movement
        and the rest of the day, pain or no pain. Anything you want to keep an eye on yourself, such as
        carrying a backpack or cups of coffee, you can add in Settings under{' '}
        <strong>Factors of your own</strong>; it then appears in the check-in. Every question is optional, and
        a blank is never taken as a no. Once a week, the PSFS and PEG-3 questions show you and your
        physiotherapist how things are changing.
      </p>

      <h3>“How is it now?”</h3>
      <p>
        A while after you log pain (an hour, unless you choose otherwise), the journal asks how it is, at the
        top of the screen, as a notification, or in the quick-log window. Press a number, or S if it has
        stopped: that ends the episode, and the answer also rates whatever you tried. Your answers on days you
        tried nothing show how your pain eases by itself, so the journal can tell what a remedy adds beyond
        that.
      </p>

      <h3>Reminders</h3>
      <p>
        The journal can remind you about a missing check-in in the evening, about the weekly measures, and, if
        you ask for it, to take a posture break after a long stretch at the computer, with a stretch to try.
        Nothing is shown during your quiet hours. Choose all of this in{' '}
        <button type="button" className="link" onClick={onOpenSettings}>
          Settings
        </button>
        .
      </p>

      <h3>Trends and insights</h3>
      <p>
        Trends draws your pain, episodes and check-ins over time. Insights compares your better and worse
        days: a factor shown there goes with more or less pain in your own records, with an honest range of
        how sure that is. Your mood, energy and factors of your own are compared in the same way as the rest.
        A pattern is not proof that one thing leads to another, and the journal never gives a diagnosis.{' '}
        <strong>How this works</strong>, on the Insights screen, explains how the comparison is made and how
        many days it needs.
      </p>

      <h3>The report and your data</h3>
      <p>
        Report builds a summary for your physiotherapist, to print or save as a PDF. Everything stays on this
        computer: save a backup file now and then (Settings → Backup), and keep it somewhere safe.
      </p>

      <h3>When to get help</h3>
      <p>
        Most back pain is not serious, but some signs mean it should be checked. When you log pain, a row near
        the end, “Anything else with this pain?”, lists them: tick any you notice and the journal says what to
        do and how soon. What you ticked stays on the episode in your history and is listed in your report.
      </p>
      <p>
        <strong>{URGENCY_LABELS.emergency}</strong> if the pain comes with any of these:
      </p>
      {signsOf('emergency')}
      <p>{EMERGENCY_ACTION}</p>
      <p>
        <strong>{URGENCY_LABELS.soon}</strong> if you notice any of these: they are worth getting checked, and
        the notice says how soon (for some, the same day).
      </p>
      {signsOf('soon')}
      <p>
        The journal also tells you itself, on the Journal screen, when your pain has been{' '}
        {severeStreak.minPain} or more out of 10 on {severeStreak.minDays} or more days in a row, or your
        average pain has risen over the last {risingAverage.weeks} weeks.
      </p>

      <h3>Keys</h3>
      <table className="help-keys">
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>
              <kbd>{SHORTCUT_LABELS.quickLog}</kbd>
            </td>
            <td>Log pain, from anywhere in the journal</td>
          </tr>
          <tr>
            <td>
              <kbd>{SHORTCUT_LABELS.save}</kbd>
            </td>
            <td>Save the form you are in</td>
          </tr>
          <tr>
            <td>
              {QUICK_STARTS.map((choice) => (
                <kbd key={choice.id}>{choice.key.toUpperCase()}</kbd>
              ))}
            </td>
            <td>In Log pain: when it started ({QUICK_STARTS.map((choice) => choice.label).join(', ')})</td>
          </tr>
          {FORM_KEYS.map((key) => (
            <tr key={key.id}>
              <td>
                <kbd>{acceleratorLabel(key.accelerator, isMac)}</kbd>
              </td>
              <td>{key.what}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>←</kbd> <kbd>→</kbd> <kbd>Space</kbd>
            </td>
            <td>
              In a row of choices, such as what it feels like: move along the row, and Space or{' '}
              <kbd>Enter</kbd> ticks or unticks a choice. Each row is one stop for <kbd>Tab</kbd>.
            </td>
          </tr>
          <tr>
            <td>
              <kbd>0</kbd>–<kbd>9</kbd> <kbd>S</kbd>
            </td>
            <td>
              In “How is it now?”: the pain now (<kbd>1</kbd> then <kbd>0</kbd> for 10), or S if it has
              stopped
            </td>
          </tr>
          <tr>
            <td>
              <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> <kbd>Space</kbd>
            </td>
            <td>
              On the body figure in “Where”: move to the next region that way (the back is seen from behind,
              so your left is on the left; the chest is to the right of your right shoulder), and Space or{' '}
              <kbd>Enter</kbd> ticks or unticks it. The figure is one stop for <kbd>Tab</kbd>.
            </td>
          </tr>
          <tr>
            <td>
              <kbd>Esc</kbd>
            </td>
            <td>Close a form (you are asked first if something was entered)</td>
          </tr>
          {isDesktopApp &&
            MENU_KEY_ROWS.map((row) => (
              <tr key={row.keys}>
                <td>
                  <kbd>{row.keys}</kbd>
                </td>
                <td>{row.what}</td>
              </tr>
            ))}
          <tr>
            <td>
              <kbd>Tab</kbd>
            </td>
            <td>Move between buttons and fields; every part of the journal works by keyboard</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
