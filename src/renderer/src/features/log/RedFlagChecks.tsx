import { RED_FLAGS } from '@shared/taxonomy';
import type { RedFlagId } from '@shared/taxonomy/redFlags';
import { ToggleGroup } from '../../components/ToggleGroup';

const OPTIONS = RED_FLAGS.map((flag) => ({ id: flag.id, label: flag.label }));

interface RedFlagChecksProps {
  selected: readonly RedFlagId[];
  onChange: (flags: RedFlagId[]) => void;
}

/** One compact, optional row: signs that mean the pain should be checked by a professional. */
export function RedFlagChecks({ selected, onChange }: RedFlagChecksProps) {
  return (
    <ToggleGroup
      legend="Anything else with this pain? (optional)"
      hint="Tick any you notice. Most back pain is not serious, but these are worth getting checked, and the app will say how soon."
      options={OPTIONS}
      selected={selected}
      onChange={onChange}
    />
  );
}
