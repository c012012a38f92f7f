import { useState } from 'react';
import { formatDayHeading } from '@shared/dates';
import {
  PSFS_MAX_ACTIVITIES,
  PSFS_MIN_ACTIVITIES,
  type Measure,
  type PsfsActivity,
  type PsfsMeasure,
} from '@shared/measures';
import { formatScore, formatScoreChange } from '@shared/measureText';
import { isMeasureDue, nextDueDay } from '@shared/scoring/due';
import { PSFS_ACTIVITY_POINTS, psfsActivityVerdict, verdictOfSeries } from '@shared/scoring/measureVerdict';
import { latestMeasure, psfsBaseline, psfsChange, psfsScore } from '@shared/scoring/psfs';
import { psfsSeries } from '@shared/trends/measuresSeries';
import { TextField } from '../../components/fields';
import { saveActivities, saveMeasure } from '../../journal/measures';
import { useJournal } from '../../journal/JournalContext';
import { describeSaveError } from '../../journal/saveErrors';
import { RatingForm } from './RatingInputs';

interface PsfsSectionProps {
  measures: readonly Measure[];
  activities: readonly PsfsActivity[];
  today: string;
  onSaved: (message: string) => void;
}

const SLOTS = Array.from({ length: PSFS_MAX_ACTIVITIES }, (_, index) => index);

function ActivitiesForm({
  active,
  onDone,
  onCancel,
}: {
  active: readonly PsfsActivity[];
  onDone: () => void;
  onCancel?: () => void;
}) {
  const db = useJournal();
  const [names, setNames] = useState<string[]>(() => SLOTS.map((i) => active[i]?.name ?? ''));
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const named = names.filter((n) => n.trim() !== '').length;
    if (named < PSFS_MIN_ACTIVITIES) {
      setError(`Name at least ${PSFS_MIN_ACTIVITIES} activities (you have ${named}).`);
      return;
    }
    try {
      await saveActivities(
        db,
        names.map((name, i) => ({ id: active[i]?.id, name })),
        new Date(),
        () => crypto.randomUUID(),
      );
      setError(null);
      onDone();
    } catch (saveError) {
      setError(
        saveError instanceof Error && /activities|long/.test(saveError.message)
          ? saveError.message
          : describeSaveError(saveError),
      );
    }
  };

  return (
    <form
      noValidate
      aria-label="PSFS activities"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p>
        Name {PSFS_MIN_ACTIVITIES} to {PSFS_MAX_ACTIVITIES} everyday activities that are hard because of your
        back, for example “lifting my child” or “sitting at my desk for an hour”. You will rate the same ones
        each week.
      </p>
      {SLOTS.map((i) => (
        <TextField
          key={i}
          label={`Activity ${i + 1}${i >= PSFS_MIN_ACTIVITIES ? ' (optional)' : ''}`}
          value={names[i] ?? ''}
          onChange={(value) => setNames((list) => list.map((n, j) => (j === i ? value : n)))}
        />
      ))}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          Save activities
        </button>
        {onCancel && (
          <button type="button" className="quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

export function PsfsSection({ measures, activities, today, onSaved }: PsfsSectionProps) {
  const db = useJournal();
  const active = activities.filter((a) => a.retiredAt === null);
  const [isEditingActivities, setIsEditingActivities] = useState(false);

  const psfs = measures.filter((m): m is PsfsMeasure => m.kind === 'psfs');
  const baseline = psfsBaseline(psfs);
  const latest = latestMeasure(psfs);
  const lastDay = latest?.day ?? null;
  const nameOf = (id: string) => activities.find((a) => a.id === id)?.name ?? 'An earlier activity';
  const items = active.map((a) => ({
    id: a.id,
    label: a.name,
    hint: '0 = unable to do it, 10 = as well as before',
  }));
  const change = baseline && latest && baseline !== latest ? psfsChange(baseline, latest) : null;
  const verdict = verdictOfSeries('psfs', psfsSeries(measures));

  const save = async (scores: Record<string, number>) => {
    const saved = await saveMeasure(db, {
      id: crypto.randomUUID(),
      kind: 'psfs',
      day: today,
      takenAt: new Date().toISOString(),
      ratings: Object.entries(scores).map(([activityId, score]) => ({ activityId, score })),
    });
    if (saved.kind === 'psfs') onSaved(`PSFS saved: score ${formatScore(psfsScore(saved))}.`);
  };

  return (
    <section aria-labelledby="psfs-title" className="measure">
      <h3 id="psfs-title">PSFS: activities that are hard because of your back</h3>
      {active.length === 0 || isEditingActivities ? (
        <ActivitiesForm
          active={active}
          onDone={() => setIsEditingActivities(false)}
          onCancel={active.length > 0 ? () => setIsEditingActivities(false) : undefined}
        />
      ) : (
        <>
          <p className="muted" data-testid="psfs-due">
            {isMeasureDue(lastDay, today)
              ? lastDay === null
                ? 'Rate each activity now: this first rating is your starting point.'
                : 'Your weekly PSFS rating is due.'
              : `Next due ${formatDayHeading(nextDueDay(lastDay, today))}.`}
          </p>
          {latest && (
            <div data-testid="psfs-result">
              <p>
                Latest ({latest.day}): <strong>{formatScore(psfsScore(latest))}</strong> out of 10 (higher is
                better).
                {baseline &&
                  baseline !== latest &&
                  ` First (${baseline.day}): ${formatScore(psfsScore(baseline))}.`}
              </p>
              {change && (
                <>
                  <p data-testid="psfs-change">{verdict.sentence}</p>
                  <table className="data-table">
                    <caption className="visually-hidden">PSFS change for each activity</caption>
                    <thead>
                      <tr>
                        <th scope="col">Activity</th>
                        <th scope="col">First</th>
                        <th scope="col">Latest</th>
                        <th scope="col">Change</th>
                      </tr>
                    </thead>
                    <tbody>
                      {change.activities.map((a) => (
                        <tr key={a.activityId}>
                          <th scope="row" className="typed-text">
                            {nameOf(a.activityId)}
                          </th>
                          <td>{a.baseline}</td>
                          <td>{a.latest}</td>
                          <td>
                            {formatScoreChange(a.change)}
                            {psfsActivityVerdict(a.baseline, a.latest) !== 'usual-ups-and-downs' &&
                              ` (at least the ${PSFS_ACTIVITY_POINTS} points that usually matter for one activity)`}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
            </div>
          )}
          <RatingForm label="Rate PSFS" items={items} submitLabel="Save PSFS rating" onSave={save}>
            <button type="button" className="quiet" onClick={() => setIsEditingActivities(true)}>
              Change activities
            </button>
          </RatingForm>
        </>
      )}
    </section>
  );
}
