import { useRef, type KeyboardEvent } from 'react';
import { intensityFromKey, type LastIntensityKey } from '@shared/intensityKeys';
import { isTypingTarget } from '../../shortcuts';

/** Number keys choose the pain level anywhere in a form, except while typing into a text field. */
export function useIntensityKeys(onIntensity: (value: number) => void) {
  const last = useRef<LastIntensityKey | null>(null);
  return (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
    const at = event.timeStamp;
    const value = intensityFromKey(event.key, at, last.current);
    if (value === null) return;
    event.preventDefault();
    last.current = { key: event.key, at };
    onIntensity(value);
  };
}
