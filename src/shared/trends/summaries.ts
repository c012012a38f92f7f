import { formatDayWords } from '../dates';
/**
 * One plain-text summary per Trends chart, for screen readers and anyone who prefers words: concrete
 * numbers, correct singular and plural, and when there is nothing to show, what to log to fill the chart.
 */
import type { FactorInsight } from '../analysis/insights';
import { RELIEF_WINDOW_WORDS, factorVerdict, reliefCaveat, remedySentence } from '../analysis/wording';
import type { RemedyRelief } from '../analysis/remedies';
import type { CalendarDay } from '../dates';
import { typicalLengthSentence, type LengthSummary } from '../episodeLength';
import { formatScore } from '../measureText';
import { mean, withoutFloatNoise } from '../scoring/numbers';
import { labelOfRegion, labelOfWithdrawalSubstance } from '../taxonomy';
import { MIN_CORRELATION_POINTS, correlationSummary, type ContextField, type ContextPoint } from './context';
import { HEATMAP_WEEKDAYS, HOURS_PER_DAY, type HeatCell } from './heatmap';
import type { RegionStat } from './regions';
import type { DayPoint } from './series';
import { TRIGGER_STACK_ORDER, labelOfStackKind, type WeekBar } from './weekly';

/** "12 November", or "12 November 2026" with the year. */
export const formatTrendDay = formatDayWords;

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The year is shown only when the days shown span more than one. */
function dayFormatter(days: readonly CalendarDay[]): (day: CalendarDay) => string {
  const years = new Set(days.map((day) => day.slice(0, 4)));
  return (day) => formatTrendDay(day, years.size > 1);
}

function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : mean(known);
}

/** The pain line: average, first week against last week, worst day, warning signs, withdrawal starts. */
export function describePainSeries(points: readonly DayPoint[]): string {
  const n = points.length;
  const formatDay = dayFormatter(points.map((p) => p.day));
  const withData = points.filter((p) => p.average !== null);
  const first = points[0];
  const span = n === 1 && first ? `on ${formatDay(first.day)}` : `in these ${count(n, 'day')}`;
  if (withData.length === 0) {
    return `No pain ratings ${n === 0 ? 'yet' : span}. Log an episode when pain starts, or record your overall pain in the daily check-in, to see your pain over time.`;
  }
  const average = meanOf(withData.map((p) => p.average)) ?? 0;
  const worst = Math.max(...withData.map((p) => p.worst ?? 0));
  if (n === 1 && first) {
    const sentences = [
      `On ${formatDay(first.day)} your average pain was ${formatScore(average)}; worst ${worst}.`,
    ];
    return [...sentences, ...markers(points, formatDay)].join(' ');
  }
  let sentence = `Over these ${count(n, 'day')} your daily average pain was ${formatScore(average)} (${withData.length} of ${n} days rated)`;
  if (n >= 14) {
    const firstWeek = meanOf(points.slice(0, 7).map((p) => p.average));
    const lastWeek = meanOf(points.slice(-7).map((p) => p.average));
    if (firstWeek !== null && lastWeek !== null)
      sentence += `, from ${formatScore(firstWeek)} in the first week to ${formatScore(lastWeek)} in the last`;
  }
  const worstDays = withData.filter((p) => p.worst === worst).map((p) => p.day);
  const lastWorst = worstDays[worstDays.length - 1] ?? '';
  sentence +=
    worstDays.length === 1
      ? `; worst ${worst} on ${formatDay(lastWorst)}.`
      : `; worst ${worst} on ${worstDays.length} days, most recently ${formatDay(lastWorst)}.`;
  return [sentence, ...markers(points, formatDay)].join(' ');
}

/** The sentences on warning signs and withdrawal start days, when there are any. */
function markers(points: readonly DayPoint[], formatDay: (day: CalendarDay) => string): string[] {
  const sentences: string[] = [];
  const warningDays = points.filter((p) => p.redFlag).length;
  if (warningDays > 0) sentences.push(`${count(warningDays, 'day')} with warning signs.`);
  const stops = points.flatMap((p) =>
    p.withdrawalSubstances.map((s) => `${labelOfWithdrawalSubstance(s)} on ${formatDay(p.day)}`),
  );
  if (stops.length > 0) sentences.push(`Stopped: ${stops.join('; ')}.`);
  return sentences;
}

/**
 * Episodes per week: total and weekly rate, how long they typically lasted (from the known ends), the
 * busiest week, and the first triggers noted.
 */
export function describeWeekly(bars: readonly WeekBar[], lengths?: LengthSummary): string {
  const total = bars.reduce((sum, bar) => sum + bar.total, 0);
  if (total === 0) {
    return `No episodes ${bars.length === 0 ? 'yet' : 'in this period'}. Log an episode when pain starts, with what came before it, to see how many you have each week.`;
  }
  const formatDay = dayFormatter(bars.map((bar) => bar.weekStart));
  const days = bars.reduce((sum, bar) => sum + bar.daysInRange, 0);
  const sentences = [
    `${count(total, 'episode')} in ${count(days, 'day')}, about ${formatScore((total / days) * 7)} a week.`,
  ];
  const length = lengths && typicalLengthSentence(lengths);
  if (length) sentences.push(length);
  if (bars.length > 1) {
    const most = Math.max(...bars.map((bar) => bar.total));
    const busiest = bars.filter((bar) => bar.total === most);
    const latest = busiest[busiest.length - 1]?.weekStart ?? '';
    sentences.push(
      busiest.length === 1
        ? `The most in one week was ${most}, in the week beginning ${formatDay(latest)}.`
        : `The most in one week was ${most}, in ${busiest.length} weeks, most recently the week beginning ${formatDay(latest)}.`,
    );
  }
  const byKind = TRIGGER_STACK_ORDER.map((kind) => ({
    kind,
    episodes: bars.reduce((sum, bar) => sum + bar.counts[kind], 0),
  })).sort((a, b) => b.episodes - a.episodes);
  const noted = byKind.filter((entry) => entry.kind !== 'none' && entry.episodes > 0);
  if (noted.length > 0)
    sentences.push(
      `First triggers noted: ${noted.map((entry) => `${labelOfStackKind(entry.kind)} ${entry.episodes}`).join('; ')}.`,
    );
  const none = bars.reduce((sum, bar) => sum + bar.counts.none, 0);
  if (none > 0) sentences.push(`No trigger noted for ${count(none, 'episode')}.`);
  return sentences.join(' ');
}

function hourSpan(hour: number): string {
  const pad = (h: number): string => `${String(h).padStart(2, '0')}:00`;
  return `${pad(hour)} to ${hour + 1 === HOURS_PER_DAY ? 'midnight' : pad(hour + 1)}`;
}

/** The indexes holding the largest value. */
function busiest(totals: readonly number[]): { indexes: number[]; most: number } {
  const most = Math.max(...totals);
  return { indexes: totals.flatMap((value, index) => (value === most ? [index] : [])), most };
}

/** When episodes start: the busiest weekday and hour, and the busiest single slot. */
export function describeHeatmap(cells: readonly HeatCell[]): string {
  const weekdays = new Array<number>(7).fill(0);
  const hours = new Array<number>(HOURS_PER_DAY).fill(0);
  for (const cell of cells) {
    weekdays[cell.weekday] = (weekdays[cell.weekday] ?? 0) + cell.episodes;
    hours[cell.hour] = (hours[cell.hour] ?? 0) + cell.episodes;
  }
  const total = weekdays.reduce((sum, value) => sum + value, 0);
  if (total === 0) {
    return 'No episodes in this period, so there is no pattern by day or time yet. Log episodes with the time they started to see when pain tends to begin.';
  }
  const dayName = (index: number): string => HEATMAP_WEEKDAYS[index] ?? '';
  const eachOf = (n: number, size: number): string => (size > 1 ? `${n} each` : String(n));
  if (total === 1) {
    const cell = cells.find((c) => c.episodes > 0);
    return cell
      ? `1 episode in this period, on a ${dayName(cell.weekday)} in the hour ${hourSpan(cell.hour)}.`
      : '1 episode in this period.';
  }
  const topDays = busiest(weekdays);
  const topHours = busiest(hours);
  const dayText = list(topDays.indexes.map((i) => `${dayName(i)}s`));
  const hourText = `${topHours.indexes.length > 1 ? 'the hours' : 'the hour'} ${list(topHours.indexes.map(hourSpan))}`;
  const sentences = [
    `${count(total, 'episode')} in this period. Most started on ${dayText} (${eachOf(topDays.most, topDays.indexes.length)}) and in ${hourText} (${eachOf(topHours.most, topHours.indexes.length)}).`,
  ];
  const topCell = busiest(cells.map((c) => c.episodes));
  const slot = cells[topCell.indexes[0] ?? -1];
  if (slot && topCell.most > 1 && topCell.indexes.length === 1) {
    sentences.push(
      `The busiest single time was ${dayName(slot.weekday)} ${hourSpan(slot.hour)}, with ${count(slot.episodes, 'episode')} (average intensity ${formatScore(slot.averageIntensity ?? 0)}).`,
    );
  }
  return sentences.join(' ');
}

/** Where it hurts, most often first, with each area's count, average and worst. */
export function describeRegions(stats: readonly RegionStat[]): string {
  const marked = stats.filter((s) => s.episodes > 0).sort((a, b) => b.episodes - a.episodes);
  if (marked.length === 0) {
    return 'No areas of pain marked in this period. When you log an episode, mark where it hurts to see which areas are affected most.';
  }
  const details = marked.map(
    (s) =>
      `${labelOfRegion(s.region)}: ${count(s.episodes, 'episode')}, average ${formatScore(s.averageIntensity ?? 0)}, worst ${s.worst ?? 0}`,
  );
  const order = marked.length > 1 ? ', from most to least often' : '';
  return `Pain was marked in ${count(marked.length, 'area')}${order}. ${details.join('; ')}.`;
}

/** Each field's words: a plural noun ("sleep hours were"), the "more" side, and what to log. */
const FIELD_WORDS: Record<ContextField, { noun: string; more: string; log: string }> = {
  sleepHours: { noun: 'sleep hours', more: 'more sleep', log: 'how many hours you slept' },
  stress: { noun: 'stress ratings', more: 'higher stress', log: 'your stress' },
  deskHours: { noun: 'desk hours', more: 'more time at a desk', log: 'your hours at a desk' },
  mood: { noun: 'mood ratings', more: 'better mood', log: 'your mood' },
  energy: { noun: 'energy ratings', more: 'more energy', log: 'your energy' },
};

/** How a factor of the person's own is named in a chart's summary. */
export function ownFieldWords(name: string): { noun: string; log: string } {
  return { noun: `“${name}”`, log: `“${name}”` };
}

/** Rank correlations to two places, with a true minus sign: "−0.45". */
export function formatRho(rho: number): string {
  const fixed = withoutFloatNoise(rho).toFixed(2);
  return fixed === '-0.00' ? '0.00' : fixed.replace('-', '−');
}

/**
 * A sleep, stress or desk-time chart against pain: what the chart shows, described without a verdict of
 * its own, then what Insights says about the matching factor (one voice: the verdict always comes from
 * the factor analysis, worded by src/shared/analysis/wording.ts, as on the Insights screen and the report).
 */
export function describeContext(
  points: readonly ContextPoint[],
  field: ContextField | { noun: string; log: string },
  insight: FactorInsight | null,
): string {
  const words = typeof field === 'string' ? FIELD_WORDS[field] : field;
  const n = points.length;
  // Insights counts days over the whole journal, not this period: say so, or its day counts look wrong.
  const verdict = insight
    ? ` ${factorVerdict(insight)} (Insights compares all your check-ins up to the end of this period, not just these days.)`
    : '';
  if (n === 0) {
    return `No days in this period have both ${words.noun} and pain recorded. Add ${words.log} to your daily check-in, with your overall pain or an episode, to compare them.${verdict}`;
  }
  if (n < MIN_CORRELATION_POINTS) {
    return `${count(n, 'day')} in this period ${n === 1 ? 'has' : 'have'} both ${words.noun} and pain recorded.${verdict}`;
  }
  const summary = correlationSummary(points);
  if (summary === null) {
    const same = new Set(points.map((p) => p.value)).size === 1 ? `Your ${words.noun} were` : 'Your pain was';
    return `${same} the same on all ${n} days with both recorded.${verdict}`;
  }
  return `${count(n, 'day')} with both recorded. Their rank correlation is ${formatRho(summary.rho)} (from −1 to 1: how closely the two rose and fell together, before allowing for anything else).${verdict}`;
}

/**
 * What helped, remedy by remedy, in the Insights screen's words: beyond pain easing by itself once that
 * can be said, else relief after use with the reminder that pain often eases by itself.
 */
export function describeRemedies(reliefs: readonly RemedyRelief[]): string {
  if (reliefs.length === 0) {
    return `No remedies logged with episodes in this period. When you log an episode, add what you tried and rate your pain before and ${RELIEF_WINDOW_WORDS} after, to see what helps.`;
  }
  const sentences = [`${count(reliefs.length, 'remedy', 'remedies')} logged in this period.`];
  sentences.push(...reliefs.map(remedySentence));
  const caveat = reliefCaveat(reliefs);
  if (caveat) sentences.push(caveat);
  return sentences.join(' ');
}
