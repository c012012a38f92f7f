import type { HistoryFilter } from '@shared/history';
import { BODY_REGIONS, TRIGGER_KINDS } from '@shared/taxonomy/labels';
import { SelectField, TextField } from '../../components/fields';

interface HistoryFiltersProps {
  filter: HistoryFilter;
  onChange: (filter: HistoryFilter) => void;
}

export function HistoryFilters({ filter, onChange }: HistoryFiltersProps) {
  return (
    <div role="search" className="filters" aria-label="Filter episodes">
      <SelectField
        label="What was going on"
        value={filter.triggerKind}
        options={TRIGGER_KINDS}
        emptyLabel="Anything"
        onChange={(triggerKind) => onChange({ ...filter, triggerKind })}
      />
      {/* The regions' full names, as the figure and the episode cards give them (not the map's short ones). */}
      <SelectField
        label="Where"
        value={filter.region}
        options={BODY_REGIONS}
        emptyLabel="Anywhere"
        onChange={(region) => onChange({ ...filter, region })}
      />
      <TextField
        label="Search notes"
        type="search"
        value={filter.search}
        onChange={(search) => onChange({ ...filter, search })}
      />
    </div>
  );
}
