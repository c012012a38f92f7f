import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { labelledIndices, nearestSlot } from '@shared/chartLayout';

/** Where things go in a chart: points sit in the middle of equal slots along x, values run up y. */
export interface SlotScale {
  /** The middle of slot `index`. */
  x: (index: number) => number;
  /** The height on screen of `value` (0 at the bottom of the plot). */
  y: (value: number) => number;
  slotWidth: number;
  plot: { left: number; top: number; width: number; height: number };
}

export interface LegendEntry {
  label: string;
  colour: string;
  /** Drawn as a line rather than a square. */
  line?: boolean;
}

interface SlotChartProps {
  /** How many points or bars. */
  count: number;
  height: number;
  yTicks: readonly number[];
  yLabel: string;
  xLabel: string;
  xTickLabel: (index: number) => string;
  /** Said when the chart gets keyboard focus. */
  label: string;
  legend: readonly LegendEntry[];
  /** What the tooltip says about one point. */
  tooltip: (index: number) => ReactNode;
  children: (scale: SlotScale) => ReactNode;
}

const MARGIN = { top: 12, right: 16, bottom: 44, left: 52 };
const FALLBACK_WIDTH = 720;
const MIN_LABEL_GAP = 72;

/**
 * A light, hand-drawn SVG chart frame: grid, axes with labels, a legend, and a tooltip that follows the
 * pointer or the arrow keys. The lines and bars are drawn by the caller. It replaced recharts for the
 * two charts redrawn on every change of range, which took 40-60 ms each to draw on ten years of data.
 */
export function SlotChart({
  count,
  height,
  yTicks,
  yLabel,
  xLabel,
  xTickLabel,
  label,
  legend,
  tooltip,
  children,
}: SlotChartProps) {
  const wrapper = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  const [active, setActive] = useState<number | null>(null);

  // Measured before the first paint, then whenever the window is resized.
  useLayoutEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const measure = () => {
      if (element.clientWidth > 0) setWidth(element.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    width: Math.max(40, width - MARGIN.left - MARGIN.right),
    height: Math.max(40, height - MARGIN.top - MARGIN.bottom),
  };
  const yMax = yTicks[yTicks.length - 1] ?? 1;
  const slotWidth = plot.width / Math.max(1, count);
  const scale: SlotScale = {
    x: (index) => plot.left + (index + 0.5) * slotWidth,
    y: (value) => plot.top + plot.height * (1 - value / yMax),
    slotWidth,
    plot,
  };
  const shown = active !== null && active < count ? active : null;

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const last = count - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(last, (shown ?? -1) + 1),
      ArrowLeft: Math.max(0, (shown ?? count) - 1),
      Home: 0,
      End: last,
    };
    if (event.key === 'Escape') setActive(null);
    else if (event.key in moves) setActive(moves[event.key] ?? null);
    else return;
    event.preventDefault();
  }

  return (
    <div className="slot-chart" ref={wrapper}>
      <ul className="legend-row chart-legend">
        {legend.map((entry) => (
          <li key={entry.label}>
            <span
              className={entry.line ? 'swatch swatch-line' : 'swatch'}
              style={{ background: entry.colour }}
              aria-hidden="true"
            />
            {entry.label}
          </li>
        ))}
      </ul>
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={`${label} Use the left and right arrow keys to read each point.`}
        tabIndex={0}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
        onPointerMove={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          setActive(nearestSlot(event.clientX - box.left, plot.left, plot.width, count));
        }}
        onPointerLeave={() => setActive(null)}
      >
        {yTicks.map((tick) => (
          <g key={tick}>
            <line
              className="chart-grid"
              x1={plot.left}
              x2={plot.left + plot.width}
              y1={scale.y(tick)}
              y2={scale.y(tick)}
            />
            <text className="chart-tick" x={plot.left - 8} y={scale.y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {labelledIndices(count, plot.width, MIN_LABEL_GAP).map((index) => (
          <text
            key={index}
            className="chart-tick"
            x={scale.x(index)}
            y={plot.top + plot.height + 16}
            textAnchor="middle"
          >
            {xTickLabel(index)}
          </text>
        ))}
        <line
          className="chart-axis"
          x1={plot.left}
          x2={plot.left + plot.width}
          y1={plot.top + plot.height}
          y2={plot.top + plot.height}
        />
        <text className="chart-axis-label" x={plot.left + plot.width / 2} y={height - 6} textAnchor="middle">
          {xLabel}
        </text>
        <text
          className="chart-axis-label"
          transform={`translate(14 ${plot.top + plot.height / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yLabel}
        </text>
        {children(scale)}
        {shown !== null && (
          <line
            className="chart-guide"
            x1={scale.x(shown)}
            x2={scale.x(shown)}
            y1={plot.top}
            y2={plot.top + plot.height}
          />
        )}
      </svg>
      <div className="chart-tooltip-slot" aria-live="polite">
        {shown !== null && (
          <div
            className="chart-tooltip"
            style={{
              left: Math.min(Math.max(0, scale.x(shown) + 12), Math.max(0, width - 200)),
              top: plot.top,
            }}
          >
            {tooltip(shown)}
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * An SVG path through the points that have a value. A missing value breaks the line, unless
 * `bridgeGaps`, which joins the points either side (for a rolling average that skips empty days).
 */
export function linePath(
  values: readonly (number | null)[],
  scale: Pick<SlotScale, 'x' | 'y'>,
  bridgeGaps = false,
): string {
  let path = '';
  let penDown = false;
  values.forEach((value, index) => {
    if (value === null) {
      if (!bridgeGaps) penDown = false;
      return;
    }
    path += `${penDown ? 'L' : 'M'}${scale.x(index).toFixed(1)},${scale.y(value).toFixed(1)}`;
    penDown = true;
  });
  return path;
}
