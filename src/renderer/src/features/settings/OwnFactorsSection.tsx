import { useMemo, useState, type KeyboardEvent } from 'react';
import { journalFactorFamily } from '@shared/analysis';
import { calendarDayOf } from '@shared/dates';
import { EMPTY_ADD_FACTOR_FORM, formAfterAdd, type AddFactorForm } from '@shared/ownFactorEdits';
import { ownFactorsGuidance } from '@shared/ownFactorsGuidance';
import { activeOwnFactors, type OwnFactor, type OwnFactorKind } from '@shared/ownFactors';
import { SelectField, TextField } from '../../components/fields';
import { FieldError } from '../../components/FieldError';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useOwnFactors } from '../../journal/hooks';
import { useEpisodes, useJournal } from '../../journal/JournalContext';
import {
  OwnFactorRefused,
  archiveOwnFactor,
  bringBackOwnFactor,
  createOwnFactor,
  renameOwnFactor,
} from '../../journal/ownFactors';
import { describeSaveError } from '../../journal/saveErrors';

const KIND_OPTIONS: readonly { id: OwnFactorKind; label: string }[] = [
  { id: 'yes-no', label: 'Yes or no' },
  { id: 'rating', label: '0 to 10' },
  { id: 'number', label: 'A number' },
];
const KIND_WORDS: Record<OwnFactorKind, string> = {
  'yes-no': 'yes or no',
  rating: '0 to 10',
  number: 'a number',
};

function messageOf(error: unknown): string {
  return error instanceof OwnFactorRefused ? error.message : describeSaveError(error);
}

/** Settings › Factors of your own: add, rename, archive and bring back. */
export function OwnFactorsSection({ onSaved }: { onSaved: (message: string) => void }) {
  const db = useJournal();
  const factors = useOwnFactors();
  const checkIns = useCheckIns();
  const episodes = useEpisodes();
  const today = calendarDayOf(useNow().toISOString(), TIME_ZONE);
  // The family Insights tests (built-in and own factors on the compared days), so both say the same.
  const family = useMemo(
    () =>
      factors && checkIns && episodes
        ? journalFactorFamily({ episodes, checkIns, ownFactors: factors, timeZone: TIME_ZONE, today })
        : null,
    [factors, checkIns, episodes, today],
  );
  const [form, setForm] = useState<AddFactorForm>(EMPTY_ADD_FACTOR_FORM);
  const { name, kind, unit } = form;
  const setField = (patch: Partial<AddFactorForm>) => setForm((current) => ({ ...current, ...patch }));
  const [errors, setErrors] = useState<{ name?: string; unit?: string; kind?: string; factor?: string }>({});
  if (!factors || !checkIns || !family) return <p className="loading">Opening your factors…</p>;

  const active = activeOwnFactors(factors);
  const archived = factors.filter((f) => f.archivedAt !== null);
  const guidance = ownFactorsGuidance(family);

  const add = async () => {
    if (kind === '') {
      setErrors({ kind: 'Choose how you record it: yes or no, 0 to 10, or a number.' });
      return;
    }
    const sent = form;
    try {
      const factor = await createOwnFactor(db, { name, kind, unit });
      setForm((current) => formAfterAdd(sent, current));
      setErrors({});
      onSaved(`“${factor.name}” added to your check-in.`);
    } catch (error) {
      setErrors(
        error instanceof OwnFactorRefused ? { [error.field]: error.message } : { factor: messageOf(error) },
      );
    }
  };

  return (
    <section aria-labelledby="own-factors-title" className="measure">
      <h3 id="own-factors-title">Factors of your own</h3>
      <p>
        Add anything you suspect goes with your pain. Each gets a field in the daily check-in; leaving it
        empty means “not recorded”.
      </p>
      <p>{guidance.needs}</p>
      <p data-testid="own-factors-capacity">{guidance.capacity}</p>
      <form
        className="own-factor-add"
        aria-label="Add a factor of your own"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <TextField
          label="Factor name"
          hint="For example: carried a backpack, hours on the phone, cups of coffee."
          value={name}
          error={errors.name}
          onChange={(value) => setField({ name: value })}
        />
        <SelectField
          label="How you record it"
          value={kind}
          options={KIND_OPTIONS}
          emptyLabel="Choose…"
          onChange={(value) => setField({ kind: value })}
        />
        <FieldError id="own-factor-kind-error" message={errors.kind} />
        {kind === 'number' && (
          <TextField
            label="Unit (optional)"
            hint="For example: cups, hours, km."
            value={unit}
            error={errors.unit}
            onChange={(value) => setField({ unit: value })}
          />
        )}
        <FieldError id="own-factor-add-error" message={errors.factor} />
        <button type="submit">Add factor</button>
      </form>
      {active.length > 0 && (
        <ul className="own-factor-list" aria-label="Your factors">
          {active.map((factor) => (
            <OwnFactorRow key={factor.id} factor={factor} onSaved={onSaved} />
          ))}
        </ul>
      )}
      {archived.length > 0 && (
        <details>
          <summary>Archived ({archived.length})</summary>
          <p>Archived factors are not in the check-in. Everything you recorded for them is kept.</p>
          <ul className="own-factor-list" aria-label="Archived factors">
            {archived.map((factor) => (
              <OwnFactorRow key={factor.id} factor={factor} onSaved={onSaved} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function OwnFactorRow({ factor, onSaved }: { factor: OwnFactor; onSaved: (message: string) => void }) {
  const db = useJournal();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = `own-factor-${factor.id}-error`;

  const rename = async () => {
    if (editing === null) return;
    try {
      const renamed = await renameOwnFactor(db, factor.id, editing);
      setEditing(null);
      setError(null);
      onSaved(`Renamed to “${renamed.name}”. Its records are kept.`);
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void rename();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(null);
      setError(null);
    }
  };
  const toggleArchive = async () => {
    try {
      if (factor.archivedAt === null) {
        await archiveOwnFactor(db, factor.id);
        onSaved(`“${factor.name}” archived. Its records are kept.`);
      } else {
        await bringBackOwnFactor(db, factor.id);
        onSaved(`“${factor.name}” is back in your check-in.`);
      }
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <li>
      {editing === null ? (
        <span>
          {factor.name} ({KIND_WORDS[factor.kind]}
          {factor.unit ? `, in ${factor.unit}` : ''})
        </span>
      ) : (
        <input
          aria-label={`New name for ${factor.name}`}
          value={editing}
          autoFocus
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => setEditing(event.target.value)}
          onKeyDown={onKeyDown}
        />
      )}
      {editing === null ? (
        <button type="button" onClick={() => setEditing(factor.name)}>
          Rename<span className="visually-hidden"> {factor.name}</span>
        </button>
      ) : (
        <button type="button" onClick={() => void rename()}>
          Save name
        </button>
      )}
      <button type="button" onClick={() => void toggleArchive()}>
        {factor.archivedAt === null ? 'Archive' : 'Bring back'}
        <span className="visually-hidden"> {factor.name}</span>
      </button>
      <FieldError id={errorId} message={error ?? undefined} />
    </li>
  );
}
