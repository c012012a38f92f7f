import { useId, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import {
  CsvError,
  columnName,
  countText,
  describeCsvImport,
  describeSkippedRows,
  distinctValues,
  episodesFromJournalCsv,
  importButtonText,
  importedText,
  importReadableButtonText,
  isJournalEpisodesCsv,
  mapRowsToEpisodes,
  nextDateOrderStep,
  matchQuality,
  matchRegions,
  parseCsv,
  previewRows,
  problemRows,
  qualityTargets,
  recognisePreset,
  regionTargets,
  rowsText,
  suggestColumns,
  unusedColumns,
  type ColumnChoice,
  type DateOrder,
  type DateSample,
  type ColumnSuggestion,
  type IntensityScale,
  type MappedImport,
  type ParsedCsv,
  type PresetMapping,
  type ValueChoices,
} from '@shared/csv';
import type { BodyRegionId, PainQualityId } from '@shared/taxonomy';
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
import { CsvColumnChoices, type Columns } from './CsvColumnChoices';
import { CsvPreviewTable } from './CsvPreviewTable';
import { CsvValueChoices } from './CsvValueChoices';

interface CsvImportSectionProps {
  onDone: (message: string) => void;
  ref?: Ref<CsvImportHandle>;
}

const PROBLEMS_SHOWN = 50;

const NO_COLUMNS: Columns = {
  time: null,
  date: null,
  intensity: null,
  regions: null,
  qualities: null,
  notes: null,
  trigger: null,
  remedy: null,
};

const REGION_TARGETS = regionTargets();
const QUALITY_TARGETS = qualityTargets();

interface LoadedFile {
  name: string;
  /** As read, or as a preset rewrote its cells (same rows, same order). */
  parsed: ParsedCsv;
  preset: PresetMapping | null;
}

type Mapped = MappedImport & CsvImportPlan;

function columnsOf(suggestion: ColumnSuggestion): Columns {
  const { time, date, intensity, regions, qualities, notes, trigger, remedy } = suggestion;
  return { time, date, intensity, regions, qualities, notes, trigger, remedy };
}

/** Episodes from another tracker's CSV: pick the columns, check, then import in one go (or not at all). */
export function CsvImportSection({ onDone, ref }: CsvImportSectionProps) {
  const db = useJournal();
  const fileId = useId();
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [columns, setColumnsNow] = useState<Columns>(NO_COLUMNS);
  const [noteColumns, setNoteColumnsNow] = useState<number[]>([]);
  const [suggestedNoteColumns, setSuggestedNoteColumns] = useState<number[]>([]);
  const [scale, setScaleNow] = useState<IntensityScale>(10);
  const [regionChoices, setRegionChoicesNow] = useState<ValueChoices<BodyRegionId>>({});
  const [qualityChoices, setQualityChoicesNow] = useState<ValueChoices<PainQualityId>>({});
  const [mapped, setMapped] = useState<Mapped | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [isWorking, setIsWorking] = useState(false);
  // The journal's own export: read as it was written (ids, details, follow-ups), no columns to choose.
  const [isOwnExport, setIsOwnExport] = useState(false);
  // Day first or month first: asked once per file when its dates don't show it (see @shared/csv dateOrder).
  const [dateAnswer, setDateAnswer] = useState<DateOrder | null>(null);
  const [dateQuestion, setDateQuestion] = useState<DateSample[] | null>(null);
  const [dateNote, setDateNote] = useState<{ text: string; isChosen: boolean } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Any change to the choices makes the preview out of date: it is shown again only from "Check the file".
  const setColumns = (next: Columns) => {
    setColumnsNow(next);
    setMapped(null);
  };
  const setNoteColumns = (next: number[]) => {
    setNoteColumnsNow(next);
    setMapped(null);
  };
  const setScale = (next: IntensityScale) => {
    setScaleNow(next);
    setMapped(null);
  };
  const setRegionChoices = (next: ValueChoices<BodyRegionId>) => {
    setRegionChoicesNow(next);
    setMapped(null);
  };
  const setQualityChoices = (next: ValueChoices<PainQualityId>) => {
    setQualityChoicesNow(next);
    setMapped(null);
  };

  const unused = useMemo(
    () => (file ? unusedColumns(file.parsed.headers.length, Object.values(columns)) : []),
    [file, columns],
  );
  const includeRow = file?.preset?.includeRow;
  const regionValues = useMemo(
    () =>
      file && columns.regions !== null
        ? distinctValues(file.parsed.rows, [columns.regions], matchRegions, includeRow)
        : [],
    [file, columns.regions, includeRow],
  );
  const qualityValues = useMemo(
    () =>
      file && columns.qualities !== null
        ? distinctValues(file.parsed.rows, [columns.qualities], matchQuality, includeRow)
        : [],
    [file, columns.qualities, includeRow],
  );

  const loadOwnExport = async (name: string, text: string, parsed: ParsedCsv) => {
    try {
      const { episodes, problems } = episodesFromJournalCsv(text);
      setFile({ name, parsed, preset: null });
      setIsOwnExport(true);
      setError(null);
      const skipped = { withoutPain: 0, notPain: 0 };
      setMapped({ episodes, problems, rowNumbers: [], skipped, ...(await planCsvImport(db, episodes)) });
    } catch (caught) {
      setFile(null);
      setError(
        caught instanceof CsvError ? caught.message : `${describeSaveError(caught)} Nothing was imported.`,
      );
    }
  };

  const load = (name: string, text: string) => {
    setMapped(null);
    setInfo(null);
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
      const preset = recognisePreset(parsed);
      const suggestion = preset?.suggestion ?? suggestColumns(parsed.headers);
      setColumnsNow(columnsOf(suggestion));
      setNoteColumnsNow(suggestion.noteColumns);
      setSuggestedNoteColumns(suggestion.noteColumns);
      setScaleNow(suggestion.intensityScale);
      setRegionChoicesNow({});
      setQualityChoicesNow({});
      setFile({ name, parsed: preset?.parsed ?? parsed, preset });
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

  const cancel = () => {
    setFile(null);
    setMapped(null);
    setError(null);
    setDateQuestion(null);
    setDateNote(null);
    setInfo('Nothing was imported; your journal has not been changed.');
  };

  const check = async (answer: DateOrder | null = dateAnswer) => {
    if (!file) return;
    if (columns.time === null || columns.intensity === null) {
      setError('Choose which column holds the date and time, and which holds the pain level.');
      return;
    }
    setError(null);
    const choice: ColumnChoice = {
      time: columns.time,
      date: columns.date,
      intensity: columns.intensity,
      notes: columns.notes,
      trigger: columns.trigger,
      remedy: columns.remedy,
      regions: columns.regions === null ? [] : [columns.regions],
      qualities: columns.qualities === null ? [] : [columns.qualities],
      noteColumns: noteColumns.filter((i) => unused.includes(i)),
      regionChoices,
      qualityChoices,
      intensityScale: scale,
      skipRowsWithoutPain: file.preset?.skipRowsWithoutPain,
      includeRow,
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
    const result = mapRowsToEpisodes(file.parsed, choice, {
      timeZone: TIME_ZONE,
      now: new Date(),
      ...(step.dateOrder && { dateOrder: step.dateOrder }),
    });
    try {
      setMapped({ ...result, ...(await planCsvImport(db, result.episodes)) });
    } catch (caught) {
      setError(`${describeSaveError(caught)} Nothing was imported.`);
    }
  };

  /** Imports every new episode; with problems, only when the person chose to leave those rows out. */
  const importAll = async (isLeavingOut: boolean) => {
    if (!mapped || mapped.newCount === 0 || !file) return;
    const leftOut = problemRows(mapped.problems);
    if (leftOut.length > 0 && !isLeavingOut) return;
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
      onDone(importedText(counts.episodes, leftOut));
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
  const skippedText =
    mapped && file && columns.intensity !== null
      ? describeSkippedRows(mapped.skipped, columnName(file.parsed.headers, columns.intensity))
      : null;
  const preview = mapped ? previewRows(mapped, { timeZone: TIME_ZONE }) : [];
  const badRows = mapped ? problemRows(mapped.problems) : [];

  return (
    <section aria-labelledby="csv-import-title" className="measure">
      <h3 id="csv-import-title" ref={headingRef} tabIndex={-1}>
        Import episodes from another app
      </h3>
      <p>
        If you kept a pain diary in another app or a spreadsheet, export it as CSV and bring the episodes in
        here. You choose which column is which and see the result before anything is saved. An episodes file
        exported by this journal is read back whole; exports of Privacy Friendly Pain Diary, Flaredown and
        Bearable are recognised.
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
      {info && !file && (
        <p role="status" data-testid="csv-info">
          {info}
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
          {file.preset && (
            <p className="notice" data-testid="csv-preset">
              Recognised as a {file.preset.name} export, so the columns are chosen for you.{' '}
              {file.preset.about}
            </p>
          )}
          <CsvColumnChoices
            idPrefix={fileId}
            headers={file.parsed.headers}
            columns={columns}
            scale={scale}
            unused={unused}
            noteColumns={noteColumns}
            suggestedNoteColumns={suggestedNoteColumns}
            onColumns={setColumns}
            onScale={setScale}
            onNoteColumns={setNoteColumns}
          />
          {columns.regions !== null && (
            <CsvValueChoices
              idPrefix={`${fileId}-regions`}
              heading={`Where it hurt: the values in ${columnName(file.parsed.headers, columns.regions)}`}
              values={regionValues}
              targets={REGION_TARGETS}
              choices={regionChoices}
              onChoices={setRegionChoices}
            />
          )}
          {columns.qualities !== null && (
            <CsvValueChoices
              idPrefix={`${fileId}-qualities`}
              heading={`What it felt like: the values in ${columnName(file.parsed.headers, columns.qualities)}`}
              values={qualityValues}
              targets={QUALITY_TARGETS}
              choices={qualityChoices}
              onChoices={setQualityChoices}
            />
          )}
          <div className="actions">
            <button type="submit">Check the file</button>
            {!mapped && (
              <button type="button" className="quiet" onClick={cancel}>
                Cancel
              </button>
            )}
          </div>
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
      {mapped && file && (
        <div className="notice import-preview" data-testid="csv-preview">
          {badRows.length > 0 ? (
            <p className="form-summary" role="alert">
              {countText(badRows.length, 'row has a problem', 'rows have problems')}, so nothing is imported
              yet. Fix the file or choose other columns
              {mapped.newCount > 0 ? ', or import only the rows that can be read' : ''}. Your journal has not
              been changed.
            </p>
          ) : (
            <p>
              {describeCsvImport(mapped, range)}
              {mapped.newCount > 0 && ' A copy of your journal is kept first, so you can undo this.'}
            </p>
          )}
          {skippedText && <p data-testid="csv-skipped">{skippedText}</p>}
          <CsvPreviewTable rows={preview} total={mapped.episodes.length} isBlocked={badRows.length > 0} />
          {mapped.problems.length > 0 && (
            <>
              <h4>Rows with a problem</h4>
              <ul className="problem-list" data-testid="csv-problems">
                {mapped.problems.slice(0, PROBLEMS_SHOWN).map((problem) => (
                  <li key={`${problem.row}-${problem.message}`}>{problem.message}</li>
                ))}
              </ul>
              {mapped.problems.length > PROBLEMS_SHOWN && (
                <p>…and {mapped.problems.length - PROBLEMS_SHOWN} more.</p>
              )}
            </>
          )}
          {badRows.length > 0 && mapped.newCount > 0 && (
            <p data-testid="csv-left-out">
              Importing only the rows that can be read leaves out {rowsText(badRows)}. A copy of your journal
              is kept first, so you can undo this.
            </p>
          )}
          <div className="actions">
            {badRows.length === 0 && mapped.newCount > 0 && (
              <button
                type="button"
                className="primary"
                disabled={isWorking}
                onClick={() => void importAll(false)}
              >
                {importButtonText(mapped.newCount)}
              </button>
            )}
            {badRows.length > 0 && mapped.newCount > 0 && (
              <button type="button" disabled={isWorking} onClick={() => void importAll(true)}>
                {importReadableButtonText(mapped, badRows.length)}
              </button>
            )}
            <button type="button" className="quiet" disabled={isWorking} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
