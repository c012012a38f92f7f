import type { SVGProps } from 'react';
import { FIGURE_OUTLINES, FIGURE_VIEW_BOX, type FigureShape } from '@shared/bodyFigure';

export const FIGURE_VIEW_BOX_ATTR = `0 0 ${FIGURE_VIEW_BOX.width} ${FIGURE_VIEW_BOX.height}`;

/** The whole outline of both views, with their names and sides: drawn under the region targets. */
export function FigureOutlines({ showLabels = true }: { showLabels?: boolean }) {
  return (
    <g className="figure-outline" aria-hidden="true">
      {FIGURE_OUTLINES.map((outline) => (
        <g key={outline.view}>
          <ellipse className="figure-body" {...outline.head} />
          <path className="figure-body" d={outline.body} />
          {showLabels &&
            outline.labels.map((label) => (
              <text
                key={label.text}
                className={
                  label.text === 'Back' || label.text === 'Front' ? 'figure-view-name' : 'figure-side'
                }
                x={label.x}
                y={label.y}
                textAnchor="middle"
              >
                {label.text}
              </text>
            ))}
        </g>
      ))}
    </g>
  );
}

/** One region's target as an SVG shape. */
export function TargetShape({ shape, ...props }: { shape: FigureShape } & SVGProps<SVGElement>) {
  const common = props as SVGProps<SVGRectElement & SVGEllipseElement & SVGPolygonElement>;
  switch (shape.kind) {
    case 'rect':
      return (
        <rect
          {...common}
          x={shape.x}
          y={shape.y}
          width={shape.width}
          height={shape.height}
          rx={shape.radius}
        />
      );
    case 'ellipse':
      return <ellipse {...common} cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} />;
    case 'polygon':
      return <polygon {...common} points={shape.points.map(([x, y]) => `${x},${y}`).join(' ')} />;
  }
}
