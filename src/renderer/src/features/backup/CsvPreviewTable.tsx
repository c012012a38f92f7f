import { previewHeading, type PreviewRow } from '@shared/csv';

interface CsvPreviewTableProps {
  rows: readonly PreviewRow[];
  total: number;
  /** Problems block the import: nothing will be saved yet, so the words say "would be saved". */
  isBlocked: boolean;
}

const NONE = '—';

/** The first episodes exactly as they will be saved, from the same episodes the import writes. */
export function CsvPreviewTable({ rows, total, isBlocked }: CsvPreviewTableProps) {
  if (rows.length === 0) return null;
  return (
    <>
      <p data-testid="csv-preview-heading">{previewHeading(rows.length, total, isBlocked)}</p>
      <div
        className="csv-preview-table"
        role="region"
        aria-label={isBlocked ? 'Episodes as they would be saved' : 'Episodes as they will be saved'}
        tabIndex={0}
      >
        <table className="data-table" data-testid="csv-preview-rows">
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">When</th>
              <th scope="col">Pain</th>
              <th scope="col">Where</th>
              <th scope="col">Felt</th>
              <th scope="col">Going on</th>
              <th scope="col">Tried</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={`${row.row ?? 'r'}-${i}`} data-testid="csv-preview-row">
                <th scope="row">{row.row ?? NONE}</th>
                <td className="keep-together">{row.when}</td>
                <td className="keep-together">{row.pain}</td>
                <td>{row.regions || NONE}</td>
                <td>{row.qualities || NONE}</td>
                <td>{row.triggers || NONE}</td>
                <td>{row.remedies || NONE}</td>
                <td className="notes">{row.notes || NONE}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
