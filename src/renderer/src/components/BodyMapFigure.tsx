import { FIGURE_TARGETS } from '@shared/bodyFigure';
import type { BodyRegionId } from '@shared/taxonomy/regions';
import type { ShadeLevel } from '@shared/trends';
import { FIGURE_VIEW_BOX_ATTR, FigureOutlines, TargetShape } from './BodyFigure';

export const OPACITY = [0.05, 0.25, 0.45, 0.7, 0.95] as const;

export interface ShadedRegion {
  region: BodyRegionId;
  level: ShadeLevel;
  /** Shown on pointing at the region, and read by screen readers. */
  title: string;
}

/**
 * The whole upper body, back and front, each region shaded by how often and how badly it hurt: used by
 * the Trends body map and by the printed report. Regions not listed are drawn as bare outlines, so the
 * body is always complete.
 */
export function BodyMapFigure({
  regions,
  className,
  fill = 'var(--danger)',
}: {
  regions: readonly ShadedRegion[];
  className?: string;
  fill?: string;
}) {
  return (
    <svg
      className={`body-figure ${className ?? ''}`}
      viewBox={FIGURE_VIEW_BOX_ATTR}
      role="img"
      aria-label="Map of the upper body, seen from behind, with a small front view for the chest"
    >
      <FigureOutlines />
      {FIGURE_TARGETS.map(({ region, shape }) => {
        const shaded = regions.find((r) => r.region === region);
        if (!shaded) {
          return <TargetShape key={region} className="figure-region" shape={shape} fill="none" />;
        }
        return (
          <g key={region} data-testid="region" data-level={shaded.level}>
            <title>{shaded.title}</title>
            <TargetShape
              className="figure-region"
              shape={shape}
              fill={fill}
              fillOpacity={OPACITY[shaded.level]}
            />
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A small figure for a history card with the chosen regions filled. Decoration only: the card already
 * names the regions in words, so screen readers skip it.
 */
export function BodyThumbnail({ regions }: { regions: readonly BodyRegionId[] }) {
  return (
    <svg
      className="body-figure body-thumbnail"
      viewBox={FIGURE_VIEW_BOX_ATTR}
      aria-hidden="true"
      focusable="false"
      data-testid="body-thumbnail"
    >
      <FigureOutlines showLabels={false} />
      {FIGURE_TARGETS.filter((t) => regions.includes(t.region)).map(({ region, shape }) => (
        <TargetShape key={region} className="figure-region chosen" shape={shape} data-region={region} />
      ))}
    </svg>
  );
}
