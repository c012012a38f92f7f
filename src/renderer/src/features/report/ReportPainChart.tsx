import { labelledIndices } from '@shared/chartLayout';
import type { ReportChartEvent, ReportPainDay } from '@shared/report';
import { linePath } from '../../components/SlotChart';
import { shortDay } from '../trends/chartStyle';

const WIDTH = 640;
const HEIGHT = 150;
/** Room at the top for the title and two rows of event labels. */
const PLOT = { left: 36, top: 40, width: WIDTH - 36 - 12, height: HEIGHT - 40 - 34 };
const TICKS = [0, 2, 4, 6, 8, 10];
/** Print colours: the paper is white whatever the screen's theme. */
const WORST = '#a12a2a';
const AVERAGE = '#1f6f8b';
const WITHDRAWAL = '#8a3f7a';
const FLAG = '#b86e00';
const MAX_DOTS = 62;
/** About how wide an event label is, in chart units, to keep two on one row from overlapping. */
const LABEL_WIDTH = 7 * 22;

interface PlacedLabel {
  event: ReportChartEvent;
  index: number;
  row: 0 | 1;
  anchor: 'start' | 'end';
}

/** Withdrawal labels on two rows, each put where it doesn't run into the one before it on its row. */
function placeLabels(
  events: readonly ReportChartEvent[],
  indexOf: (day: string) => number,
  x: (index: number) => number,
): PlacedLabel[] {
  const rowEnds = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const placed: PlacedLabel[] = [];
  for (const event of events) {
    if (event.kind === 'warning-sign') continue;
    const index = indexOf(event.day);
    if (index < 0) continue;
    const at = x(index);
    const anchor = at + LABEL_WIDTH > PLOT.left + PLOT.width ? 'end' : 'start';
    const left = anchor === 'start' ? at : at - LABEL_WIDTH;
    const row = left > (rowEnds[0] ?? 0) ? 0 : 1;
    rowEnds[row] = left + LABEL_WIDTH;
    placed.push({ event, index, row, anchor });
  }
  return placed;
}

/**
 * The report's pain chart: daily worst and daily average on the 0-10 scale, drawn at a fixed size so it
 * prints the same on any screen, with the days a substance was stopped (or its period ended) marked and
 * named, and warning-sign days marked. A missing day breaks the line rather than inventing a value.
 */
export function ReportPainChart({
  days,
  events,
  summary,
}: {
  days: readonly ReportPainDay[];
  events: readonly ReportChartEvent[];
  summary: string;
}) {
  const slot = PLOT.width / Math.max(1, days.length);
  const x = (index: number) => PLOT.left + (index + 0.5) * slot;
  const y = (value: number) => PLOT.top + PLOT.height * (1 - value / 10);
  const indexOf = (day: string) => days.findIndex((d) => d.day === day);
  const showDots = days.length <= MAX_DOTS;
  const labels = placeLabels(events, indexOf, x);
  const flagDays = [...new Set(events.filter((e) => e.kind === 'warning-sign').map((e) => e.day))];
  const eventWords = events.map((e) => `${e.label} on ${shortDay(e.day)}`).join('; ');
  return (
    <svg
      className="report-pain-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Pain by day, 0 to 10. ${summary}${eventWords ? ` Marked: ${eventWords}.` : ''}`}
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
      {labels.map(({ event, index, row, anchor }) => {
        const at = x(index);
        const labelY = 24 + row * 11;
        return (
          <g key={`${event.day}-${event.label}`} data-event={event.kind}>
            <line
              x1={at}
              x2={at}
              y1={labelY + 2}
              y2={PLOT.top + PLOT.height}
              stroke={WITHDRAWAL}
              strokeWidth={1.2}
              strokeDasharray="4 3"
            />
            <text
              x={anchor === 'start' ? at + 3 : at - 3}
              y={labelY}
              textAnchor={anchor}
              fontSize={10}
              fill={WITHDRAWAL}
            >
              {`${event.label} (${shortDay(event.day)})`}
            </text>
          </g>
        );
      })}
      {flagDays.map((day) => {
        const at = x(indexOf(day));
        const top = PLOT.top;
        return (
          <path
            key={`flag-${day}`}
            data-event="warning-sign"
            d={`M${at - 4},${top - 1} L${at + 4},${top - 1} L${at},${top + 6} Z`}
            fill={FLAG}
          />
        );
      })}
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
        {flagDays.length > 0 && (
          <>
            <path
              d={`M${PLOT.left + 206},${HEIGHT - 15} L${PLOT.left + 214},${HEIGHT - 15} L${PLOT.left + 210},${HEIGHT - 8} Z`}
              fill={FLAG}
            />
            <text x={PLOT.left + 218} y={HEIGHT - 8}>
              Warning sign noted
            </text>
          </>
        )}
        <text x={PLOT.left + PLOT.width} y={HEIGHT - 8} textAnchor="end" fill="#555">
          Pain 0-10, by day
        </text>
      </g>
    </svg>
  );
}
