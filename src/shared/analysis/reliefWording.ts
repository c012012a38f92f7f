/**
 * What every screen says about relief: Insights, the source-documents panel, Trends and the report all
 * take their sentences from here (re-exported by wording.ts), so the numbers and words agree. Relief is
 * "after using", or "more than when you tried nothing"; never "caused".
 */
import { formatScore } from '../measureText';
import { labelOfRemedy } from '../taxonomy';
import {
  MEANINGFUL_POINTS,
  MEANINGFUL_SHARE,
  MIN_NOTHING_TRIED,
  RELIEF_WINDOW_MINUTES,
  type LeftOut,
  type NaturalCourse,
  type RemedyRelief,
} from './remedies';

const CLEAR_RELIEF = `${MEANINGFUL_POINTS} points or ${Math.round(MEANINGFUL_SHARE * 100)}%`;

/** "10 minutes", "1 hour", "4.5 hours". */
export function durationWords(minutes: number): string {
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  const hours = formatScore(Math.round((minutes / 60) * 2) / 2);
  return `${hours} ${hours === '1' ? 'hour' : 'hours'}`;
}

/** "15 minutes to 4 hours". */
export const RELIEF_WINDOW_WORDS = `${durationWords(RELIEF_WINDOW_MINUTES.from)} to ${durationWords(RELIEF_WINDOW_MINUTES.to)}`;

export const RELIEF_WINDOW_SENTENCE = `Pain is compared ${RELIEF_WINDOW_WORDS} after: sooner, a remedy has barely had time; later, the day has moved on.`;

function points(value: number): string {
  const shown = formatScore(Math.abs(value));
  return `${shown} ${shown === '1' ? 'point' : 'points'}`;
}

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function span(group: LeftOut): string {
  const { fewestMinutes: low, mostMinutes: high } = group;
  if (low === null || high === null) return '';
  const [lowWords, highWords] = [durationWords(low), durationWords(high)];
  if (lowWords === highWords) return lowWords;
  // "5 to 10 minutes", "6 to 6.5 hours", but "50 minutes to 4.5 hours".
  const sameUnit = low < 60 === high < 60;
  return sameUnit ? `${lowWords.split(' ')[0]} to ${highWords}` : `${lowWords} to ${highWords}`;
}

/** "11 rated after 10 minutes, too soon to count", "4 not rated afterwards". */
export function leftOutPhrase(group: LeftOut): string {
  const n = group.count;
  switch (group.reason) {
    case 'too-soon':
      return `${n} rated after ${span(group)}, too soon to count`;
    case 'too-late':
      return `${n} rated after ${span(group)}, too late to count`;
    case 'no-time':
      return `${n} rated afterwards without saying how long after`;
    case 'no-before':
      return `${n} without a pain rating before`;
    case 'not-rated':
      return `${n} not rated afterwards`;
  }
}

/** "Left out: 11 rated after 10 minutes, too soon to count; 4 not rated afterwards." or "". */
export function leftOutSentence(groups: readonly LeftOut[]): string {
  return groups.length === 0 ? '' : `Left out: ${groups.map(leftOutPhrase).join('; ')}.`;
}

function uses(count: number): string {
  return `${count} rated ${count === 1 ? 'use' : 'uses'}`;
}

function followUps(count: number): string {
  return `${count} ${count === 1 ? 'follow-up' : 'follow-ups'}`;
}

/** "about 1.5 points more relief than when you tried nothing". */
export function beyondPhrase(estimate: number): string {
  if (formatScore(Math.abs(estimate)) === '0') return 'about the same relief as when you tried nothing';
  return `about ${points(estimate)} ${estimate > 0 ? 'more' : 'less'} relief than when you tried nothing`;
}

function plainPhrase(relief: RemedyRelief): string {
  const mean = relief.mean ?? 0;
  return `pain was on average ${points(mean)} ${mean >= 0 ? 'lower' : 'higher'} afterwards`;
}

function needFollowUps(count: number): string {
  return `${count} more ${count === 1 ? 'follow-up' : 'follow-ups'} from episodes where nothing was tried`;
}

/** The sentence for a remedy, whatever can be said about it so far. */
export function remedySentence(relief: RemedyRelief): string {
  const name = labelOfRemedy(relief.remedy);
  const leftOut = leftOutSentence(relief.leftOut);
  const withLeftOut = (text: string) => (leftOut ? `${text} ${leftOut}` : text);
  if (relief.mean === null || relief.ciLow === null || relief.ciHigh === null) {
    const more = relief.moreUsesNeeded;
    return withLeftOut(
      `${name}: rate your pain before and ${RELIEF_WINDOW_WORDS} after on ${more} more ${more === 1 ? 'use' : 'uses'} to see how much it helps (${relief.uses} counted so far).`,
    );
  }
  const range = `95% range ${formatScore(relief.ciLow)} to ${formatScore(relief.ciHigh)}`;
  const share = Math.round((relief.meaningfulShare ?? 0) * 100);
  const plain = `${plainPhrase(relief)} (${range}; median ${formatScore(relief.median ?? 0)}; ${uses(relief.uses)}; clear relief, ${CLEAR_RELIEF}, after ${share}% of them)`;
  if (relief.beyond) {
    const b = relief.beyond;
    return withLeftOut(
      `${name}: ${beyondPhrase(b.estimate)} (95% range ${formatScore(b.ciLow)} to ${formatScore(b.ciHigh)}), from ${uses(b.uses)} and ${followUps(b.followUps)} without anything, at a similar starting pain and time. Before that comparison, ${plain}.`,
    );
  }
  if (relief.tangledWith.length > 0) {
    return withLeftOut(
      `${name}: used together with ${list(relief.tangledWith.map(labelOfRemedy))} too often to tell what each adds; ${plain}.`,
    );
  }
  const next =
    relief.followUpsNeeded > 0
      ? `${needFollowUps(relief.followUpsNeeded)} will show what it adds beyond that`
      : 'its uses can’t yet be compared with the times you tried nothing';
  return withLeftOut(`${name}: ${plain}. Pain often eases by itself; ${next}.`);
}

/** How the person's pain went when they tried nothing, the baseline every remedy is compared with. */
export function naturalCourseSentence(natural: NaturalCourse): string {
  const leftOut = leftOutSentence(natural.leftOut);
  const more =
    natural.moreNeeded > 0
      ? ` ${needFollowUps(natural.moreNeeded).replace(/^./, (c) => c.toUpperCase())} are needed before remedies are compared with it.`
      : '';
  const text =
    natural.meanChange === null
      ? `No answered follow-ups yet from episodes where nothing was tried: ${MIN_NOTHING_TRIED} are needed to tell what a remedy adds beyond pain easing by itself.`
      : `When nothing was tried, pain was on average ${points(natural.meanChange)} ${natural.meanChange >= 0 ? 'lower' : 'higher'} at the follow-up (${followUps(natural.followUps)}).${more}`;
  return leftOut ? `${text} ${leftOut.replace('Left out:', 'Follow-ups left out:')}` : text;
}

/** The source-documents panel's lead-in to a cause's self-care list. */
export function selfCareLeadIn(anyRated: boolean, anyCompared = false): string {
  if (anyCompared)
    return 'What the documents suggest, those that gave you the most relief beyond pain easing by itself first:';
  return anyRated
    ? 'What the documents suggest, those with the most relief you recorded after using them first:'
    : 'What the documents suggest:';
}

/** The panel's short note beside a remedy the person has rated: the same measure as the remedy list. */
export function selfCareRelief(relief: RemedyRelief): string | null {
  if (relief.mean === null) return null;
  if (relief.beyond) return `(for you: ${beyondPhrase(relief.beyond.estimate)}, ${uses(relief.beyond.uses)})`;
  if (relief.tangledWith.length > 0)
    return `(for you: used with ${list(relief.tangledWith.map(labelOfRemedy))} too often to tell apart)`;
  return `(for you: ${plainPhrase(relief).replace('on average', 'about')}, ${uses(relief.uses)}, before allowing for pain easing by itself)`;
}

export const RELIEF_CAVEAT =
  'This is relief after using each one, not proof that it caused the relief: pain often eases by itself.';

export const COMPARED_CAVEAT =
  'Each remedy is compared with how your pain went when you tried nothing, from a similar starting pain over a similar time. This is a pattern in your records, not proof.';

/** The note under a list of remedies; null when nothing is summarised yet. */
export function reliefCaveat(reliefs: readonly RemedyRelief[]): string | null {
  if (reliefs.some((r) => r.beyond !== null)) return COMPARED_CAVEAT;
  return reliefs.some((r) => r.mean !== null) ? RELIEF_CAVEAT : null;
}
