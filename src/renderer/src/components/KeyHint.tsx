import { formKeyLabel } from '../formKeyLabel';
import type { FormKeyId } from '@shared/formKeys';

/**
 * A form key shown beside the part of the form it reaches. Hidden from screen readers, which hear it from
 * aria-keyshortcuts on the control instead, so the control's name stays its words alone.
 */
export function KeyHint({ id }: { id: FormKeyId }) {
  return (
    <kbd className="key-hint" aria-hidden="true">
      {formKeyLabel(id)}
    </kbd>
  );
}
