import { columnHeader, notImportedText, otherColumnHint, type IntensityScale } from '@shared/csv';

export type Role = 'time' | 'date' | 'intensity' | 'regions' | 'qualities' | 'notes' | 'trigger' | 'remedy';

export type Columns = Record<Role, number | null>;

const ROLES: readonly { role: Role; label: string; isRequired: boolean }[] = [
  { role: 'time', label: 'Date and time (or time)', isRequired: true },
  { role: 'date', label: 'Date, if it is in a column of its own', isRequired: false },
  { role: 'intensity', label: 'Pain level', isRequired: true },
  { role: 'regions', label: 'Where it hurt', isRequired: false },
  { role: 'qualities', label: 'What it felt like (pain type)', isRequired: false },
  { role: 'notes', label: 'Notes', isRequired: false },
  { role: 'trigger', label: 'Triggers', isRequired: false },
  { role: 'remedy', label: 'What was tried', isRequired: false },
];

const SCALES: readonly { value: IntensityScale; label: string }[] = [
  { value: 10, label: '0 to 10' },
  { value: 5, label: '0 (or 1) to 5' },
  { value: 4, label: '0 to 4' },
  { value: 100, label: '0 to 100' },
];

interface CsvColumnChoicesProps {
  idPrefix: string;
  headers: readonly string[];
  columns: Columns;
  scale: IntensityScale;
  /** Columns not used by any role, and which of them go into the notes. */
  unused: readonly number[];
  noteColumns: readonly number[];
  /** The note-like columns ticked for the person when the file was read. */
  suggestedNoteColumns: readonly number[];
  onColumns: (columns: Columns) => void;
  onScale: (scale: IntensityScale) => void;
  onNoteColumns: (columns: number[]) => void;
}

/** Which column holds what, the pain scale, and the columns left over (each can go into the notes). */
export function CsvColumnChoices({
  idPrefix,
  headers,
  columns,
  scale,
  unused,
  noteColumns,
  suggestedNoteColumns,
  onColumns,
  onScale,
  onNoteColumns,
}: CsvColumnChoicesProps) {
  const leftOut = unused.filter((i) => !noteColumns.includes(i));
  return (
    <>
      <div className="check-in-grid">
        {ROLES.map(({ role, label, isRequired }) => (
          <div className="field" key={role}>
            <label htmlFor={`${idPrefix}-${role}`}>{label}</label>
            <select
              id={`${idPrefix}-${role}`}
              value={columns[role] ?? ''}
              onChange={(event) =>
                onColumns({
                  ...columns,
                  [role]: event.target.value === '' ? null : Number(event.target.value),
                })
              }
            >
              <option value="">{isRequired ? 'Choose…' : 'None'}</option>
              {headers.map((header, index) => (
                <option key={index} value={index}>
                  {header || `Column ${index + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor={`${idPrefix}-scale`}>Pain level scale</label>
          <select
            id={`${idPrefix}-scale`}
            value={scale}
            onChange={(event) =>
              onScale(SCALES.find((s) => String(s.value) === event.target.value)?.value ?? 10)
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
      {unused.length > 0 && (
        <fieldset className="csv-not-imported" data-testid="csv-unused-columns">
          <legend>Other columns</legend>
          <p className="muted">
            The columns not chosen above. A ticked column’s text is added to the notes, after the Notes
            column’s own text, labelled with the column’s name; a column left unticked is not imported.
          </p>
          <p data-testid="csv-not-imported">
            {notImportedText(headers, leftOut) ?? 'Every one of these columns is added to the notes.'}
          </p>
          {unused.map((index) => (
            <div key={index} className="csv-other-column">
              <label>
                <input
                  type="checkbox"
                  aria-describedby={`${idPrefix}-other-${index}`}
                  checked={noteColumns.includes(index)}
                  onChange={(event) =>
                    onNoteColumns(
                      event.target.checked
                        ? [...noteColumns, index].sort((a, b) => a - b)
                        : noteColumns.filter((i) => i !== index),
                    )
                  }
                />{' '}
                Add “{columnHeader(headers, index)}” to the notes
              </label>{' '}
              <span className="muted" id={`${idPrefix}-other-${index}`}>
                {otherColumnHint(
                  columnHeader(headers, index),
                  noteColumns.includes(index),
                  suggestedNoteColumns.includes(index),
                )}
              </span>
            </div>
          ))}
        </fieldset>
      )}
    </>
  );
}
