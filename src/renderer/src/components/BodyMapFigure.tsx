import type { ReactElement } from 'react';
import type { BodyRegionId } from '@shared/taxonomy/regions';
import type { ShadeLevel } from '@shared/trends';

/** A simple upper back seen from behind: one shape per region, left on the person's left (viewer's left). */
const SHAPES: Record<BodyRegionId, (props: { fill: string; opacity: number }) => ReactElement> = {
  neck: (p) => <rect x={128} y={10} width={44} height={40} rx={10} {...fillOf(p)} />,
  'upper-trapezius-left': (p) => <path d="M128 45 L70 70 L80 90 L130 75 Z" {...fillOf(p)} />,
  'upper-trapezius-right': (p) => <path d="M172 45 L230 70 L220 90 L170 75 Z" {...fillOf(p)} />,
  'shoulder-left': (p) => <ellipse cx={50} cy={85} rx={26} ry={20} {...fillOf(p)} />,
  'shoulder-right': (p) => <ellipse cx={250} cy={85} rx={26} ry={20} {...fillOf(p)} />,
  'shoulder-blade-left': (p) => <path d="M85 95 L135 95 L130 160 L95 150 Z" {...fillOf(p)} />,
  'shoulder-blade-right': (p) => <path d="M215 95 L165 95 L170 160 L205 150 Z" {...fillOf(p)} />,
  'between-shoulder-blades': (p) => <rect x={138} y={90} width={24} height={75} rx={4} {...fillOf(p)} />,
  'thoracic-spine': (p) => <rect x={140} y={170} width={20} height={70} rx={4} {...fillOf(p)} />,
  'ribs-left': (p) => <path d="M80 165 L132 170 L132 235 L90 225 Z" {...fillOf(p)} />,
  'ribs-right': (p) => <path d="M220 165 L168 170 L168 235 L210 225 Z" {...fillOf(p)} />,
  'arm-left': (p) => <rect x={22} y={110} width={30} height={120} rx={12} {...fillOf(p)} />,
  'arm-right': (p) => <rect x={248} y={110} width={30} height={120} rx={12} {...fillOf(p)} />,
  chest: (p) => <rect x={110} y={248} width={80} height={26} rx={8} {...fillOf(p)} />,
};

function fillOf({ fill, opacity }: { fill: string; opacity: number }) {
  return { fill, fillOpacity: opacity };
}

export const OPACITY = [0.05, 0.25, 0.45, 0.7, 0.95] as const;

export interface ShadedRegion {
  region: BodyRegionId;
  level: ShadeLevel;
  /** Shown on pointing at the region, and read by screen readers. */
  title: string;
}

/**
 * The upper back seen from behind, each region shaded by how often and how badly it hurt: used by the
 * Trends body map and by the printed report.
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
      className={className}
      viewBox="0 0 300 285"
      role="img"
      aria-label="Map of the upper back, seen from behind"
    >
      {regions.map(({ region, level, title }) => {
        const Shape = SHAPES[region];
        return (
          <g key={region} data-testid="region" data-level={level}>
            <title>{title}</title>
            <Shape fill={fill} opacity={OPACITY[level]} />
          </g>
        );
      })}
    </svg>
  );
}
