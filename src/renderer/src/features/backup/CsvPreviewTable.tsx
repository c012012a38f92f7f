import { countText, type PreviewRow } from '@shared/csv';

interface CsvPreviewTableProps {
  rows: readonly PreviewRow[];
  total: number;
}

const NONE = '—';

/** The first episodes exactly as they will be saved, from the same episodes the import writes. */
export function CsvPreviewTable({ rows, total }: CsvPreviewTableProps) {
  if (rows.length === 0) return null;
  return (
    <>
      <p>
        {rows.length < total
          ? `The first ${rows.length} of ${countText(total, 'episode', 'episodes')}, as they will be saved:`
          : rows.length === 1
            ? 'The episode, as it will be saved:'
            : `The ${rows.length} episodes, as they will be saved:`}
      </p>
      <div
        className="csv-preview-table"
        role="region"
        aria-label="Episodes as they will be saved"
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
                <td>{row.when}</td>
                <td>{row.pain}</td>
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
