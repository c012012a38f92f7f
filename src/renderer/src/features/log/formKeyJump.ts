import type { KeyboardEvent } from 'react';
import { formKeyFromEvent, type FormKeyId } from '@shared/formKeys';
import { isMac } from '../../shortcuts';

/** The first control in a part of the form that Tab would stop on (the figure's current region, a row's). */
function firstStop(part: Element): HTMLElement | SVGElement | null {
  const candidates = part.querySelectorAll<HTMLElement | SVGElement>(
    'button, input, select, textarea, [tabindex]',
  );
  for (const candidate of candidates) {
    if (candidate.tabIndex < 0) continue;
    if ('disabled' in candidate && candidate.disabled === true) continue;
    return candidate;
  }
  return null;
}

/**
 * Moves focus to the part of the form marked data-form-key="<id>", opening the quick log's optional
 * details first if the part is inside them. False when this form has no such part.
 */
export function jumpToFormPart(form: Element, id: FormKeyId): boolean {
  const part = form.querySelector(`[data-form-key="${id}"]`);
  if (part === null) return false;
  const details = part.closest('details');
  if (details !== null && !details.open) details.open = true;
  const stop = firstStop(part);
  if (stop === null) return false;
  stop.focus();
  return true;
}

/** The form keys that jump to a part of the form (Alt+B Where, …), wherever focus is in it. */
export function onFormPartKey(event: KeyboardEvent<HTMLElement>): void {
  const id = formKeyFromEvent(event, isMac);
  if (id !== null && jumpToFormPart(event.currentTarget, id)) event.preventDefault();
}
