import { countText, type DistinctValue, type ValueChoices } from '@shared/csv';

export interface ValueTarget<Id extends string> {
  ids: readonly Id[];
  label: string;
}

interface CsvValueChoicesProps<Id extends string> {
  idPrefix: string;
  /** "Where it hurt: values in 'Location'". */
  heading: string;
  values: readonly DistinctValue<Id>[];
  targets: readonly ValueTarget<Id>[];
  choices: ValueChoices<Id>;
  onChoices: (choices: ValueChoices<Id>) => void;
}

const KEEP_IN_NOTES = '';

function encode(ids: readonly string[]): string {
  return ids.join('+');
}

/**
 * Each distinct value of a location or pain-type column once, with how often it appears and where it
 * goes: a catalog entry (the automatic match, or the person's choice) or the notes (the default for a
 * value that matches nothing, so nothing is dropped).
 */
export function CsvValueChoices<Id extends string>({
  idPrefix,
  heading,
  values,
  targets,
  choices,
  onChoices,
}: CsvValueChoicesProps<Id>) {
  if (values.length === 0) return null;
  const unmatched = values.filter((v) => v.match === null && choices[v.key] === undefined).length;
  return (
    <div className="csv-values" data-testid={`${idPrefix}-values`}>
      <h4>{heading}</h4>
      <p>
        {unmatched === 0
          ? 'Every value matches a choice in the journal. You can change any of them.'
          : `${countText(unmatched, 'value matches', 'values match')} nothing in the journal, so ${unmatched === 1 ? 'it is' : 'they are'} kept in the notes. You can choose what each means instead.`}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Value in the file</th>
            <th scope="col">Rows</th>
            <th scope="col">Saved as</th>
          </tr>
        </thead>
        <tbody>
          {values.map((value, i) => {
            const current = choices[value.key] ?? value.match ?? [];
            const selectId = `${idPrefix}-value-${i}`;
            return (
              <tr key={value.key}>
                <th scope="row">
                  <label htmlFor={selectId}>{value.text}</label>
                </th>
                <td>{value.count}</td>
                <td>
                  <select
                    id={selectId}
                    value={encode(current)}
                    onChange={(event) => {
                      const chosen = targets.find((t) => encode(t.ids) === event.target.value);
                      onChoices({ ...choices, [value.key]: chosen ? chosen.ids : [] });
                    }}
                  >
                    <option value={KEEP_IN_NOTES}>Keep in the notes</option>
                    {targets.map((target) => (
                      <option key={encode(target.ids)} value={encode(target.ids)}>
                        {target.label}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
