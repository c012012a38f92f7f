/** Shared chart styling: colours from the theme's CSS variables, so charts read in light and dark. */
import type { TriggerKind } from '@shared/model';
import { formatScore } from '@shared/measureText';

export const AXIS = { stroke: 'var(--muted)', tick: { fill: 'var(--muted)', fontSize: 12 } } as const;
export const GRID = { strokeDasharray: '3 3', stroke: 'var(--border)' } as const;
export const TOOLTIP = {
  contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' },
  labelStyle: { color: 'var(--text)' },
} as const;

/** Distinct in both themes and for the common kinds of colour blindness (Okabe-Ito based). */
export const TRIGGER_COLOURS: Record<TriggerKind | 'none', string> = {
  workout: '#0072B2',
  stress: '#D55E00',
  withdrawal: '#CC79A7',
  posture: '#009E73',
  dehydration: '#56B4E9',
  'poor-sleep': '#E69F00',
  injury: '#9B2226',
  other: '#8D8D8D',
  none: '#C9C9C9',
};

/** "21 Nov" for a calendar day. */
export function shortDay(day: string): string {
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** A score for a chart label or table cell; '–' where there is none. */
export function pointsLabel(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatScore(value);
}
