import { useState } from 'react';
import type { FieldErrors } from '@shared/episodeDraft';
import { WITHDRAWAL_SUBSTANCES, labelOfWithdrawalSubstance } from '@shared/taxonomy';
import {
  validateWithdrawalPeriodDraft,
  type WithdrawalPeriod,
  type WithdrawalPeriodDraft,
} from '@shared/withdrawal';
import { SelectField } from '../../components/fields';
import { FieldError } from '../../components/FieldError';
import { deleteWithdrawalPeriod, saveWithdrawalPeriod } from '../../journal/settings';
import { useJournal } from '../../journal/JournalContext';
import { describeSaveError } from '../../journal/saveErrors';

const EMPTY: WithdrawalPeriodDraft = { id: null, substance: '', quitDay: '', endDay: '' };

interface WithdrawalPeriodsEditorProps {
  periods: readonly WithdrawalPeriod[];
  today: string;
  onSaved: (message: string) => void;
}

export function WithdrawalPeriodsEditor({ periods, today, onSaved }: WithdrawalPeriodsEditorProps) {
  const db = useJournal();
  const [draft, setDraft] = useState<WithdrawalPeriodDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);

  const submit = async () => {
    const found = validateWithdrawalPeriodDraft(draft, today);
    setErrors(found);
    if (Object.keys(found).length > 0 || draft.substance === '') return;
    try {
      await saveWithdrawalPeriod(db, {
        id: draft.id ?? crypto.randomUUID(),
        substance: draft.substance,
        quitDay: draft.quitDay,
        endDay: draft.endDay === '' ? null : draft.endDay,
      });
      onSaved(`${labelOfWithdrawalSubstance(draft.substance)}: withdrawal period saved.`);
      setDraft(EMPTY);
      setSaveError(null);
    } catch (error) {
      setSaveError(describeSaveError(error));
    }
  };

  return (
    <section aria-labelledby="periods-title">
      <h3 id="periods-title">Withdrawal periods</h3>
      <p>
        If you have stopped alcohol, nicotine, opioids or another substance, add the day you stopped. The
        check-in and the episode form then fill in the day number for you (the day you stopped is day 1).
      </p>
      {periods.length > 0 && (
        <ul className="period-list">
          {periods.map((period) => (
            <li key={period.id}>
              <span>
                {labelOfWithdrawalSubstance(period.substance)}: stopped {period.quitDay}
                {period.endDay ? `, until ${period.endDay}` : ', ongoing'}
              </span>
              <button
                type="button"
                onClick={() =>
                  setDraft({
                    id: period.id,
                    substance: period.substance,
                    quitDay: period.quitDay,
                    endDay: period.endDay ?? '',
                  })
                }
              >
                Edit
              </button>
              <button
                type="button"
                className="quiet"
                onClick={() => {
                  void deleteWithdrawalPeriod(db, period.id).then(() =>
                    onSaved(`${labelOfWithdrawalSubstance(period.substance)}: withdrawal period removed.`),
                  );
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        aria-label={draft.id ? 'Edit withdrawal period' : 'Add a withdrawal period'}
        className="period-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SelectField
          label="Substance"
          value={draft.substance}
          options={WITHDRAWAL_SUBSTANCES}
          emptyLabel="Choose…"
          onChange={(substance) => setDraft((d) => ({ ...d, substance }))}
        />
        <FieldError id="period-substance-error" message={errors.substance} />
        <div className="field">
          <label htmlFor="period-quit">Day you stopped</label>
          <input
            id="period-quit"
            type="date"
            max={today}
            value={draft.quitDay}
            aria-invalid={errors.quitDay ? true : undefined}
            aria-describedby={errors.quitDay ? 'period-quit-error' : undefined}
            onChange={(event) => setDraft((d) => ({ ...d, quitDay: event.target.value }))}
          />
          <FieldError id="period-quit-error" message={errors.quitDay} />
        </div>
        <div className="field">
          <label htmlFor="period-end">Last day (optional, leave empty if ongoing)</label>
          <input
            id="period-end"
            type="date"
            value={draft.endDay}
            aria-invalid={errors.endDay ? true : undefined}
            aria-describedby={errors.endDay ? 'period-end-error' : undefined}
            onChange={(event) => setDraft((d) => ({ ...d, endDay: event.target.value }))}
          />
          <FieldError id="period-end-error" message={errors.endDay} />
        </div>
        {saveError && (
          <p className="save-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary">
            {draft.id ? 'Save changes' : 'Add period'}
          </button>
          {draft.id && (
            <button type="button" className="quiet" onClick={() => setDraft(EMPTY)}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
