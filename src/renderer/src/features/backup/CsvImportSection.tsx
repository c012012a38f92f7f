import { useId, useImperativeHandle, useRef, useState, type Ref } from 'react';
import {
  CsvError,
  countText,
  episodesFromJournalCsv,
  isJournalEpisodesCsv,
  describeCsvImport,
  importButtonText,
  mapRowsToEpisodes,
  nextDateOrderStep,
  parseCsv,
  suggestColumns,
  type ColumnChoice,
  type DateOrder,
  type DateSample,
  type IntensityScale,
  type MappedEpisodes,
  type ParsedCsv,
} from '@shared/csv';
import { calendarDayOf, formatDayHeading } from '@shared/dates';
import { TIME_ZONE } from '../../clock';
import { importCsvEpisodes, planCsvImport, type CsvImportPlan } from '../../journal/csvImport';
import { useJournal } from '../../journal/JournalContext';
import { restorePoints } from '../../journal/restorePointStore';
import { describeSaveError } from '../../journal/saveErrors';
import { desktop } from '../../platform/desktop';
import { DateOrderNote, DateOrderQuestion } from './DateOrderQuestion';

/** Lets Restore hand over a CSV file it was given: read here as if chosen here, with the focus moved here. */
export interface CsvImportHandle {
  importFile: (name: string, text: string) => void;
}

interface CsvImportSectionProps {
  onDone: (message: string) => void;
  ref?: Ref<CsvImportHandle>;
}

type Role = 'time' | 'date' | 'intensity' | 'notes' | 'trigger' | 'remedy';

const ROLES: readonly { role: Role; label: string; isRequired: boolean }[] = [
  { role: 'time', label: 'Date and time (or time)', isRequired: true },
  { role: 'date', label: 'Date, if it is in a column of its own', isRequired: false },
  { role: 'intensity', label: 'Pain level', isRequired: true },
  { role: 'notes', label: 'Notes', isRequired: false },
  { role: 'trigger', label: 'Triggers', isRequired: false },
  { role: 'remedy', label: 'What was tried', isRequired: false },
];

const SCALES: readonly { value: IntensityScale; label: string }[] = [
  { value: 10, label: '0 to 10' },
  { value: 5, label: '0 (or 1) to 5' },
  { value: 100, label: '0 to 100' },
];

const PROBLEMS_SHOWN = 50;

/** Episodes from another tracker's CSV: pick the columns, check, then import in one go (or not at all). */
export function CsvImportSection({ onDone, ref }: CsvImportSectionProps) {
  const db = useJournal();
  const fileId = useId();
  const [file, setFile] = useState<{ name: string; parsed: ParsedCsv } | null>(null);
  const [columns, setColumns] = useState<Record<Role, number | null>>({
    time: null,
    date: null,
    intensity: null,
    notes: null,
    trigger: null,
    remedy: null,
  });
  const [scale, setScale] = useState<IntensityScale>(10);
  const [mapped, setMapped] = useState<(MappedEpisodes & CsvImportPlan) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  // The journal's own export: read as it was written (ids, details, follow-ups), no columns to choose.
  const [isOwnExport, setIsOwnExport] = useState(false);
  // Day first or month first: asked once per file when its dates don't show it (see @shared/csv dateOrder).
  const [dateAnswer, setDateAnswer] = useState<DateOrder | null>(null);
  const [dateQuestion, setDateQuestion] = useState<DateSample[] | null>(null);
  const [dateNote, setDateNote] = useState<{ text: string; isChosen: boolean } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const loadOwnExport = async (name: string, text: string, parsed: ParsedCsv) => {
    try {
      const { episodes, problems } = episodesFromJournalCsv(text);
      setFile({ name, parsed });
      setIsOwnExport(true);
      setError(null);
      setMapped({ episodes, problems, ...(await planCsvImport(db, episodes)) });
    } catch (caught) {
      setFile(null);
      setError(
        caught instanceof CsvError ? caught.message : `${describeSaveError(caught)} Nothing was imported.`,
      );
    }
  };

  const load = (name: string, text: string) => {
    setMapped(null);
    setIsOwnExport(false);
    setDateAnswer(null);
    setDateQuestion(null);
    setDateNote(null);
    try {
      const parsed = parseCsv(text);
      if (isJournalEpisodesCsv(parsed.headers)) {
        void loadOwnExport(name, text, parsed);
        return;
      }
      const suggestion = suggestColumns(parsed.headers);
      const { intensityScale, ...roles } = suggestion;
      setColumns(roles);
      setScale(intensityScale);
      setFile({ name, parsed });
      setError(null);
    } catch (caught) {
      setFile(null);
      setError(caught instanceof CsvError ? caught.message : 'That file couldn’t be read as CSV.');
    }
  };

  useImperativeHandle(ref, () => ({
    importFile: (name, text) => {
      load(name, text);
      headingRef.current?.scrollIntoView({ block: 'start' });
      headingRef.current?.focus();
    },
  }));

  const check = async (answer: DateOrder | null = dateAnswer) => {
    if (!file) return;
    if (columns.time === null || columns.intensity === null) {
      setError('Choose which column holds the date and time, and which holds the pain level.');
      return;
    }
    setError(null);
    const choice: ColumnChoice = {
      ...columns,
      time: columns.time,
      intensity: columns.intensity,
      intensityScale: scale,
    };
    const step = nextDateOrderStep(file.parsed, choice, answer);
    setMapped(null);
    setDateNote(null);
    if (step.kind === 'ask') {
      setDateQuestion(step.examples);
      return;
    }
    setDateQuestion(null);
    setDateNote(step.note === null ? null : { text: step.note, isChosen: step.isChosen });
    const { episodes, problems } = mapRowsToEpisodes(file.parsed, choice, {
      timeZone: TIME_ZONE,
      now: new Date(),
      ...(step.dateOrder && { dateOrder: step.dateOrder }),
    });
    try {
      setMapped({ episodes, problems, ...(await planCsvImport(db, episodes)) });
    } catch (caught) {
      setError(`${describeSaveError(caught)} Nothing was imported.`);
    }
  };

  const importAll = async () => {
    if (!mapped || mapped.problems.length > 0 || mapped.newCount === 0 || !file) return;
    setIsWorking(true);
    try {
      const counts = await importCsvEpisodes(
        {
          db,
          restorePoints,
          desktop,
          info: { appVersion: __APP_VERSION__, exportedAt: new Date().toISOString() },
        },
        mapped,
        file.name,
      );
      onDone(`Imported ${countText(counts.episodes, 'episode', 'episodes')} from the CSV file.`);
      setFile(null);
      setMapped(null);
      setDateNote(null);
    } catch (caught) {
      setError(`${describeSaveError(caught)} Nothing was imported.`);
    } finally {
      setIsWorking(false);
    }
  };

  const days = mapped?.episodes.map((e) => calendarDayOf(e.startedAt, TIME_ZONE)).sort() ?? [];
  const [firstDay, lastDay] = [days[0], days[days.length - 1]];
  const range =
    firstDay === undefined || lastDay === undefined
      ? ''
      : firstDay === lastDay
        ? ` on ${formatDayHeading(firstDay)}`
        : ` from ${formatDayHeading(firstDay)} to ${formatDayHeading(lastDay)}`;

  return (
    <section aria-labelledby="csv-import-title" className="measure">
      <h3 id="csv-import-title" ref={headingRef} tabIndex={-1}>
        Import episodes from another app
      </h3>
      <p>
        If you kept a pain diary in another app or a spreadsheet, export it as CSV and bring the episodes in
        here. You choose which column is which and see the result before anything is saved. An episodes file
        exported by this journal is read back whole.
      </p>
      <input
        id={fileId}
        className="visually-hidden"
        type="file"
        accept=".csv,text/csv"
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          event.target.value = '';
          if (chosen) void chosen.text().then((text) => load(chosen.name, text));
        }}
      />
      <label htmlFor={fileId} className="button-like">
        Choose a CSV file…
      </label>
      {error && (
        <p className="form-summary" role="alert" data-testid="csv-error">
          {error}
        </p>
      )}
      {file && isOwnExport && (
        <p>
          “{file.name}” is an episodes file exported by this journal: it is read as it was written, with every
          detail and follow-up.
        </p>
      )}
      {file && !isOwnExport && (
        <form
          aria-label="Choose columns"
          onSubmit={(event) => {
            event.preventDefault();
            void check();
          }}
        >
          <p>
            “{file.name}”: {countText(file.parsed.rows.length, 'row', 'rows')}. Which column holds what?
          </p>
          <div className="check-in-grid">
            {ROLES.map(({ role, label, isRequired }) => (
              <div className="field" key={role}>
                <label htmlFor={`${fileId}-${role}`}>{label}</label>
                <select
                  id={`${fileId}-${role}`}
                  value={columns[role] ?? ''}
                  onChange={(event) =>
                    setColumns((c) => ({
                      ...c,
                      [role]: event.target.value === '' ? null : Number(event.target.value),
                    }))
                  }
                >
                  <option value="">{isRequired ? 'Choose…' : 'None'}</option>
                  {file.parsed.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header || `Column ${index + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <div className="field">
              <label htmlFor={`${fileId}-scale`}>Pain level scale</label>
              <select
                id={`${fileId}-scale`}
                value={scale}
                onChange={(event) =>
                  setScale(SCALES.find((s) => String(s.value) === event.target.value)?.value ?? 10)
                }
              >
                {SCALES.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit">Check the file</button>
        </form>
      )}
      {dateQuestion && (
        <DateOrderQuestion
          examples={dateQuestion}
          onAnswer={(order) => {
            setDateAnswer(order);
            void check(order);
          }}
          onCancel={() => {
            setDateQuestion(null);
            setFile(null);
            onDone('The CSV import was cancelled. Nothing was imported.');
          }}
        />
      )}
      {dateNote && (
        <DateOrderNote
          text={dateNote.text}
          {...(dateNote.isChosen && {
            onChange: () => {
              setDateAnswer(null);
              void check(null);
            },
          })}
        />
      )}
      {mapped && (
        <div className="notice import-preview" data-testid="csv-preview">
          {mapped.problems.length > 0 ? (
            <>
              <p className="form-summary" role="alert">
                {countText(mapped.problems.length, 'row has a problem', 'rows have problems')}, so nothing can
                be imported yet. Fix the file or choose other columns. Your journal has not been changed.
              </p>
              <ul className="problem-list">
                {mapped.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
                  <li key={`${problem.row}-${problem.message}`}>{problem.message}</li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p>
                {describeCsvImport(mapped, range)}
                {mapped.newCount > 0 && ' A copy of your journal is kept first, so you can undo this.'}
              </p>
              {mapped.newCount > 0 && (
                <button
                  type="button"
                  className="primary"
                  disabled={isWorking}
                  onClick={() => void importAll()}
                >
                  {importButtonText(mapped.newCount)}
                </button>
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
