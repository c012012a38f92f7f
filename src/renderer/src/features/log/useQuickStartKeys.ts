import type { KeyboardEvent } from 'react';
import { quickStartFromKey, type QuickStartId } from '@shared/quickStart';
import { isTypingTarget } from '../../shortcuts';

/**
 * The quick log's start letters (N, F, T, H, M) work anywhere in the form, like the number keys, except
 * while typing into a text field, where a letter is just a letter. Ctrl, ⌘ and Alt combinations belong
 * to the menu and the app's shortcuts, so they are left alone.
 */
export function useQuickStartKeys(onChoice: (id: QuickStartId) => void) {
  return (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    const id = quickStartFromKey(event.key);
    if (id === null) return;
    event.preventDefault();
    onChoice(id);
  };
}
