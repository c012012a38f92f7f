import { labelledIndices } from '@shared/chartLayout';
import type { ReportPainDay } from '@shared/report';
import { linePath } from '../../components/SlotChart';
import { shortDay } from '../trends/chartStyle';

const WIDTH = 640;
const HEIGHT = 200;
const PLOT = { left: 36, top: 22, width: WIDTH - 36 - 12, height: HEIGHT - 22 - 38 };
const TICKS = [0, 2, 4, 6, 8, 10];
/** Print colours: the paper is white whatever the screen's theme. */
const WORST = '#a12a2a';
const AVERAGE = '#1f6f8b';
const MAX_DOTS = 62;

/**
 * The report's pain chart: daily worst and daily average on the 0-10 scale, drawn at a fixed size so it
 * prints the same on any screen. A missing day breaks the line rather than inventing a value.
 */
export function ReportPainChart({ days, summary }: { days: readonly ReportPainDay[]; summary: string }) {
  const slot = PLOT.width / Math.max(1, days.length);
  const x = (index: number) => PLOT.left + (index + 0.5) * slot;
  const y = (value: number) => PLOT.top + PLOT.height * (1 - value / 10);
  const showDots = days.length <= MAX_DOTS;
  return (
    <svg
      className="report-pain-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Pain by day, 0 to 10. ${summary}`}
    >
      <text x={PLOT.left} y={12} fontSize={11} fontWeight={600} fill="#111">
        Pain by day
      </text>
      {TICKS.map((tick) => (
        <g key={tick}>
          <line x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={y(tick)} y2={y(tick)} stroke="#ddd" />
          <text x={PLOT.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={10} fill="#555">
            {tick}
          </text>
        </g>
      ))}
      {labelledIndices(days.length, PLOT.width, 64).map((index) => (
        <text
          key={index}
          x={x(index)}
          y={PLOT.top + PLOT.height + 14}
          textAnchor="middle"
          fontSize={10}
          fill="#555"
        >
          {shortDay(days[index]?.day ?? '')}
        </text>
      ))}
      <path
        d={linePath(
          days.map((d) => d.worst),
          { x, y },
        )}
        fill="none"
        stroke={WORST}
        strokeWidth={1.5}
      />
      <path
        d={linePath(
          days.map((d) => d.average),
          { x, y },
        )}
        fill="none"
        stroke={AVERAGE}
        strokeWidth={1.5}
      />
      {showDots &&
        days.map((day, index) =>
          day.worst === null ? null : (
            <circle key={day.day} className="dot" cx={x(index)} cy={y(day.worst)} r={2.5} fill={WORST} />
          ),
        )}
      <g fontSize={10} fill="#333">
        <rect x={PLOT.left} y={HEIGHT - 12} width={14} height={3} fill={WORST} />
        <text x={PLOT.left + 18} y={HEIGHT - 8}>
          Daily worst
        </text>
        <rect x={PLOT.left + 100} y={HEIGHT - 12} width={14} height={3} fill={AVERAGE} />
        <text x={PLOT.left + 118} y={HEIGHT - 8}>
          Daily average
        </text>
        <text x={PLOT.left + PLOT.width} y={HEIGHT - 8} textAnchor="end" fill="#555">
          Pain 0-10, by day
        </text>
      </g>
    </svg>
  );
}
