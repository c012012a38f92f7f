import { useId, useState, type ReactNode } from 'react';
import { formatHourOfDay } from '@shared/dates';
import { durationInWords, isQuietHour } from '@shared/reminders/schedule';
import { FOLLOW_UP_MINUTES, type ReminderPreferences, type Settings } from '@shared/settings';
import { isDesktopApp } from '../../platform/desktop';
import { useSettingsChange } from './useSettingsChange';

interface ReminderSettingsProps {
  settings: Settings;
  onSaved: (message: string) => void;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The stretches of desk time to choose from, in minutes (within POSTURE_BREAK_MINUTES). */
const POSTURE_MINUTES = [20, 30, 40, 45, 50, 60, 75, 90, 120];

// The person's own clock style, as every other time in the app.
const hourText = (hour: number) => formatHourOfDay(hour);

function Check(props: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="check-row">
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>{props.children}</label>
    </div>
  );
}

function Choice(props: {
  label: string;
  value: number;
  options: readonly { value: number; text: string }[];
  disabled?: boolean;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.disabled}
        onChange={(event) => props.onChange(Number(event.target.value))}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

const HOUR_OPTIONS = HOURS.map((hour) => ({ value: hour, text: hourText(hour) }));

/** The reminders: evening check-in, weekly measures, posture breaks, and quiet hours over all of them. */
export function ReminderSettings({ settings: saved, onSaved }: ReminderSettingsProps) {
  const { shown: settings, change: changeSettings } = useSettingsChange(saved, onSaved);
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  const reminders = settings.reminders;

  const save = (changes: Partial<Settings>) =>
    changeSettings(
      changes,
      'Reminder settings saved.',
      'That reminder setting couldn’t be saved. Please try again.',
    );
  const change = (next: Partial<ReminderPreferences>) => save({ reminders: { ...reminders, ...next } });

  const isCheckInQuiet = isQuietHour(reminders.quietHours, settings.checkInPromptHour);
  const isWeeklyQuiet = isQuietHour(reminders.quietHours, reminders.weeklyMeasures.hour);

  return (
    <section aria-labelledby="reminders-title" className="measure reminders">
      <h3 id="reminders-title">Reminders</h3>
      <p className="muted">
        {isDesktopApp
          ? 'Reminders come as desktop notifications; clicking one opens the right form.'
          : 'In a browser, reminders appear inside the journal while it is open, or as browser notifications if you allow them.'}
      </p>
      {!isDesktopApp && permission === 'default' && (
        <div className="actions">
          <button
            type="button"
            onClick={() => void Notification.requestPermission().then((answer) => setPermission(answer))}
          >
            Allow browser notifications
          </button>
        </div>
      )}

      <Check checked={reminders.checkIn} onChange={(checkIn) => change({ checkIn })}>
        Remind me when today’s check-in is still empty
      </Check>
      <div className="field-row">
        <Choice
          label="Check-in reminder from"
          value={settings.checkInPromptHour}
          options={HOUR_OPTIONS}
          onChange={(checkInPromptHour) => save({ checkInPromptHour })}
        />
      </div>
      {reminders.checkIn && isCheckInQuiet && (
        <p className="field-error">This time is inside your quiet hours, so the reminder won’t be shown.</p>
      )}

      <Check
        checked={reminders.weeklyMeasures.enabled}
        onChange={(enabled) => change({ weeklyMeasures: { ...reminders.weeklyMeasures, enabled } })}
      >
        Remind me once a week when the PSFS or PEG-3 is due
      </Check>
      <div className="field-row">
        <Choice
          label="Weekly reminder day"
          value={reminders.weeklyMeasures.weekday}
          options={WEEKDAYS.map((name, day) => ({ value: day, text: name }))}
          disabled={!reminders.weeklyMeasures.enabled}
          onChange={(weekday) => change({ weeklyMeasures: { ...reminders.weeklyMeasures, weekday } })}
        />
        <Choice
          label="Weekly reminder time"
          value={reminders.weeklyMeasures.hour}
          options={HOUR_OPTIONS}
          disabled={!reminders.weeklyMeasures.enabled}
          onChange={(hour) => change({ weeklyMeasures: { ...reminders.weeklyMeasures, hour } })}
        />
      </div>
      {reminders.weeklyMeasures.enabled && isWeeklyQuiet && (
        <p className="field-error">
          This time is inside your quiet hours; the reminder will wait until they end.
        </p>
      )}

      <Check
        checked={reminders.postureBreak.enabled}
        onChange={(enabled) => change({ postureBreak: { ...reminders.postureBreak, enabled } })}
      >
        Remind me to take a posture break, with a stretch to try
      </Check>
      <div className="field-row">
        <Choice
          label="After this long at the computer without a break"
          value={reminders.postureBreak.afterMinutes}
          options={POSTURE_MINUTES.map((minutes) => ({ value: minutes, text: durationInWords(minutes) }))}
          disabled={!reminders.postureBreak.enabled}
          onChange={(afterMinutes) => change({ postureBreak: { ...reminders.postureBreak, afterMinutes } })}
        />
      </div>
      <p className="muted">
        {isDesktopApp
          ? 'Five minutes away from the keyboard and mouse counts as a break. Long sitting and hunching over a desk are among the things the sources link with upper back pain.'
          : 'Posture breaks need the desktop app: a browser page cannot tell time at the computer from time away.'}
      </p>

      <Check
        checked={reminders.followUp.enabled}
        onChange={(enabled) => change({ followUp: { ...reminders.followUp, enabled } })}
      >
        After I log pain, ask me a while later how it is
      </Check>
      <div className="field-row">
        <Choice
          label="Ask after"
          value={reminders.followUp.afterMinutes}
          options={FOLLOW_UP_MINUTES.map((minutes) => ({ value: minutes, text: durationInWords(minutes) }))}
          disabled={!reminders.followUp.enabled}
          onChange={(afterMinutes) => change({ followUp: { ...reminders.followUp, afterMinutes } })}
        />
      </div>
      <p className="muted">
        One key answers. Your answers show how your pain eases by itself, so the journal can tell what a
        remedy adds beyond that; they also end an episode when you say it has stopped.
      </p>

      <Check
        checked={reminders.quietHours.enabled}
        onChange={(enabled) => change({ quietHours: { ...reminders.quietHours, enabled } })}
      >
        Quiet hours: no reminders at all
      </Check>
      <div className="field-row">
        <Choice
          label="Quiet hours from"
          value={reminders.quietHours.fromHour}
          options={HOUR_OPTIONS}
          disabled={!reminders.quietHours.enabled}
          onChange={(fromHour) => change({ quietHours: { ...reminders.quietHours, fromHour } })}
        />
        <Choice
          label="Quiet hours until"
          value={reminders.quietHours.toHour}
          options={HOUR_OPTIONS}
          disabled={!reminders.quietHours.enabled}
          onChange={(toHour) => change({ quietHours: { ...reminders.quietHours, toHour } })}
        />
      </div>
    </section>
  );
}
