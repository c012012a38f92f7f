import type { Delta } from '@shared/trends';
import { pointsLabel } from './chartStyle';

interface CompareTilesProps {
  deltas: { averagePain: Delta; worstPain: Delta; episodes: Delta; painFreeDays: Delta };
  /** False when nothing was logged in the period before: the line above the cards says so, once. */
  hasComparison: boolean;
}

const TILES = [
  { key: 'averagePain', label: 'Average pain' },
  { key: 'worstPain', label: 'Worst pain' },
  { key: 'episodes', label: 'Episodes' },
  { key: 'painFreeDays', label: 'Pain-free days' },
] as const;

function trendText(delta: Delta): { arrow: string; words: string } {
  if (delta.change === null || delta.trend === 'unknown') return { arrow: '', words: 'no comparison yet' };
  const size = pointsLabel(Math.abs(delta.change));
  const arrow = delta.change > 0 ? '▲' : delta.change < 0 ? '▼' : '▬';
  if (delta.trend === 'same') return { arrow: '▬', words: 'about the same as the period before' };
  return {
    arrow,
    words: `${delta.change > 0 ? 'up' : 'down'} ${size} on the period before (${delta.trend})`,
  };
}

/** This period against the one before it, with arrows and words (the arrow alone never carries the meaning). */
export function CompareTiles({ deltas, hasComparison }: CompareTilesProps) {
  return (
    <dl className="compare-tiles" data-testid="compare-tiles">
      {TILES.map(({ key, label }) => {
        const delta = deltas[key];
        const { arrow, words } = trendText(delta);
        return (
          <div key={key} className="compare-tile" data-testid={`compare-${key}`}>
            <dt>{label}</dt>
            <dd>{delta.value === null ? '–' : pointsLabel(delta.value)}</dd>
            {hasComparison && (
              <dd className={`trend trend-${delta.trend}`}>
                <span aria-hidden="true">{arrow} </span>
                {words}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}
