import { useEffect, useId, useRef, useState } from 'react';
import { emptyDraft, newRemedyDraft, withQualities, type EpisodeDraft } from '@shared/episodeDraft';
import type { Episode } from '@shared/model';
import { PAIN_QUALITIES, REMEDIES, TRIGGER_KINDS } from '@shared/taxonomy';
import { formKey } from '@shared/formKeys';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FieldError';
import { IntensityPicker } from '../../components/IntensityPicker';
import { KeyHint } from '../../components/KeyHint';
import { TextField } from '../../components/fields';
import { BodyPicker } from '../../components/BodyPicker';
import { ToggleGroup } from '../../components/ToggleGroup';
import { FormActions } from './FormActions';
import { RedFlagChecks } from './RedFlagChecks';
import { RemedyFields } from './RemedyFields';
import { TriggerFields } from './TriggerFields';
import { useEpisodeForm } from './useEpisodeForm';

interface EpisodeEditorProps {
  initialDraft: EpisodeDraft;
  /** For an edit: the stored episode the draft came from, so a change made elsewhere is noticed. */
  basedOn?: Episode;
  onClose: () => void;
  onSaved: (episode: Episode) => void;
}

const QUALITY_OPTIONS = PAIN_QUALITIES.map((q) => ({ id: q.id, label: q.label }));
const TRIGGER_OPTIONS = TRIGGER_KINDS.map((t) => ({ id: t.id, label: t.label }));
const newId = () => crypto.randomUUID();

/** The full episode form: times, details of each trigger, pain before and after each remedy, notes. */
export function EpisodeEditor({ initialDraft, basedOn, onClose, onSaved }: EpisodeEditorProps) {
  // A new episode may arrive from the quick log already filled in: anything beyond a blank form counts.
  const [baseline] = useState<EpisodeDraft>(() =>
    initialDraft.id === undefined
      ? { ...emptyDraft(new Date()), startedAt: initialDraft.startedAt }
      : initialDraft,
  );
  const form = useEpisodeForm({ initialDraft, baseline, basedOn, onClose, onSaved });
  const { draft, setDraft, errors } = form;
  const notesId = useId();
  const remedyPickerId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const errorCount = Object.keys(errors).length;

  // After a refused save, move focus to the first field with a message so keyboard users land on it.
  useEffect(() => {
    if (errorCount === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (first instanceof HTMLFieldSetElement) first.querySelector<HTMLElement>('input')?.focus();
    else first?.focus();
  }, [errors, errorCount]);

  const [remedyChoice, setRemedyChoice] = useState('');
  // A remedy just added, whose first field takes focus: how it went is what comes next, and the Add
  // button it was added with is disabled again.
  const addedRemedyId = useRef<string | null>(null);
  const addChosenRemedy = () => {
    const chosen = REMEDIES.find((r) => r.id === remedyChoice);
    if (!chosen) return;
    const id = newId();
    setDraft((d) => ({ ...d, remedies: [...d.remedies, newRemedyDraft(chosen.id, id)] }));
    setRemedyChoice('');
    addedRemedyId.current = id;
  };
  useEffect(() => {
    const id = addedRemedyId.current;
    if (id === null) return;
    addedRemedyId.current = null;
    formRef.current?.querySelector<HTMLInputElement>(`[data-remedy-id="${id}"] input`)?.focus();
  }, [draft.remedies]);

  return (
    <Dialog
      title={draft.id ? 'Edit episode' : 'New episode'}
      onClose={form.guard.requestClose}
      onKeyDown={form.onKeyDown}
      className="editor"
    >
      <form
        ref={formRef}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit();
        }}
      >
        {errorCount > 0 && (
          <p className="form-summary" role="alert">
            {errorCount === 1 ? 'One thing needs a look' : `${errorCount} things need a look`} before this can
            be saved. Everything you entered is still here.
          </p>
        )}
        <IntensityPicker
          value={draft.intensity}
          error={errors.intensity}
          autoFocus
          onChange={(intensity) => setDraft((d) => ({ ...d, intensity }))}
        />
        <div className="field-row">
          <TextField
            label="Started"
            type="datetime-local"
            value={draft.startedAt}
            error={errors.startedAt}
            onChange={(startedAt) => setDraft((d) => ({ ...d, startedAt }))}
          />
          <TextField
            label="Ended (leave empty if it hasn't eased)"
            type="datetime-local"
            value={draft.endedAt}
            error={errors.endedAt}
            onChange={(endedAt) => setDraft((d) => ({ ...d, endedAt }))}
          />
        </div>
        <BodyPicker
          legend="Where"
          formKeyId="where"
          selected={draft.regions}
          onChange={(regions) => setDraft((d) => ({ ...d, regions }))}
        />
        <ToggleGroup
          legend="What it feels like"
          formKeyId="feels"
          options={QUALITY_OPTIONS}
          selected={draft.qualities}
          onChange={(qualities) => setDraft((d) => withQualities(d, qualities))}
        />
        <ToggleGroup
          legend="What was going on"
          formKeyId="going-on"
          hint="Anything that was happening around the time the pain came on."
          options={TRIGGER_OPTIONS}
          selected={draft.triggers.map((t) => t.kind)}
          onChange={form.setTriggerKinds}
        />
        {draft.triggers.map((trigger, index) => (
          <TriggerFields
            key={trigger.id}
            trigger={trigger}
            path={`triggers.${index}`}
            errors={errors}
            onChange={(changed) =>
              setDraft((d) => ({
                ...d,
                triggers: d.triggers.map((t) => (t.id === changed.id ? changed : t)),
              }))
            }
            onRemove={() =>
              setDraft((d) => ({ ...d, triggers: d.triggers.filter((t) => t.id !== trigger.id) }))
            }
          />
        ))}
        <fieldset className="remedies" data-form-key="tried">
          <legend>
            What you tried
            <KeyHint id="tried" />
          </legend>
          <div className="field remedy-picker">
            <label htmlFor={remedyPickerId}>Add something you tried</label>
            <div className="remedy-picker-row">
              {/* Adding waits for Enter or the Add button: arrow keys only browse the list. */}
              <select
                id={remedyPickerId}
                value={remedyChoice}
                aria-keyshortcuts={formKey('tried').accelerator}
                onChange={(event) => setRemedyChoice(event.target.value)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
                  event.preventDefault();
                  addChosenRemedy();
                }}
              >
                <option value="">Choose…</option>
                {REMEDIES.map((remedy) => (
                  <option key={remedy.id} value={remedy.id}>
                    {remedy.label}
                  </option>
                ))}
              </select>
              <button type="button" onClick={addChosenRemedy} disabled={remedyChoice === ''}>
                Add
              </button>
            </div>
          </div>
          {draft.remedies.map((remedy, index) => (
            <RemedyFields
              key={remedy.id}
              remedy={remedy}
              path={`remedies.${index}`}
              errors={errors}
              onChange={(changed) =>
                setDraft((d) => ({
                  ...d,
                  remedies: d.remedies.map((r) => (r.id === changed.id ? changed : r)),
                }))
              }
              onRemove={() =>
                setDraft((d) => ({ ...d, remedies: d.remedies.filter((r) => r.id !== remedy.id) }))
              }
            />
          ))}
        </fieldset>
        <RedFlagChecks
          selected={draft.redFlags}
          onChange={(redFlags) => setDraft((d) => ({ ...d, redFlags }))}
        />
        <div className="field">
          <label htmlFor={notesId}>Notes</label>
          <textarea
            id={notesId}
            rows={3}
            value={draft.notes}
            aria-invalid={errors.notes ? true : undefined}
            aria-describedby={errors.notes ? `${notesId}-error` : undefined}
            onChange={(event) => setDraft((d) => ({ ...d, notes: event.target.value }))}
          />
          <FieldError id={`${notesId}-error`} message={errors.notes} />
        </div>
        <FormActions
          isSaving={form.isSaving}
          saveError={form.saveError}
          guard={form.guard}
          onDiscard={onClose}
          conflict={form.conflict}
          conflictChoices={form.resolve}
          showsOtherVersion={form.showsOtherVersion}
        />
      </form>
    </Dialog>
  );
}
