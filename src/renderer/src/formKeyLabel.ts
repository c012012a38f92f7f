import { acceleratorLabel } from '@shared/accelerator';
import { formKey, type FormKeyId } from '@shared/formKeys';
import { isMac } from './shortcuts';

/**
 * How a form key reads on this computer: 'Alt+B', or 'Option+B' on a Mac. Apart from shortcuts.ts so the
 * journal's first screen, which names no form key, does not load the accelerator parser.
 */
export function formKeyLabel(id: FormKeyId): string {
  return acceleratorLabel(formKey(id).accelerator, isMac);
}
