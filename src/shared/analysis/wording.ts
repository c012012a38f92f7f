/**
 * The Insights screen's sentences. Careful words: a pattern in the person's own records, with its size,
 * range and counts; never "causes", never proof.
 */
import { formatScore } from '../measureText';
import { labelOfTriggerKind } from '../taxonomy';
import type { TriggerCount } from './episodeTriggers';
import { DAYS_PER_FACTOR, type TestCapacity } from './capacity';
import type { FactorInsight, Tier } from './insights';

export {
  COMPARED_CAVEAT,
  RELIEF_CAVEAT,
  RELIEF_WINDOW_SENTENCE,
  RELIEF_WINDOW_WORDS,
  leftOutSentence,
  naturalCourseSentence,
  reliefCaveat,
  remedySentence,
  selfCareLeadIn,
  selfCareRelief,
} from './reliefWording';

export const TIER_LABELS: Record<Tier, { higher: string; lower: string }> = {
  // "Easing factor" read as if the factor helped ("easing factor: low energy"): the lower side says only
  // what went with less pain.
  likely: { higher: 'Likely contributing factor', lower: 'Likely goes with less pain' },
  possible: { higher: 'Possible contributing factor', lower: 'Possibly goes with less pain' },
  unclear: { higher: 'Can’t tell yet', lower: 'Can’t tell yet' },
  'not-big': { higher: 'Probably not a big factor', lower: 'Probably not a big factor' },
  tangled: { higher: 'Can’t be told apart yet', lower: 'Can’t be told apart yet' },
  'not-enough-data': { higher: 'Not enough data yet', lower: 'Not enough data yet' },
};

export function tierLabel(insight: Pick<FactorInsight, 'tier' | 'direction'>): string {
  return TIER_LABELS[insight.tier][insight.direction];
}

/** "days after a workout", "days with high stress", "days you had “Carried a backpack”". */
export function dayPhrase(insight: Pick<FactorInsight, 'dayWords'>): string {
  return insight.dayWords;
}

/** One bracket for everything said in passing: "(your top third, 7 or more; 22 days with it, 40 without)". */
function bracket(parts: readonly (string | null)[]): string {
  const said = parts.filter((part): part is string => part !== null && part !== '');
  return said.length === 0 ? '' : ` (${said.join('; ')})`;
}

function days(count: number): string {
  return `${count} ${count === 1 ? 'day' : 'days'}`;
}

function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "1 point", "2.5 points": the size of a difference, whichever way it goes. */
export function points(value: number): string {
  return `${formatScore(Math.abs(value))} ${formatScore(Math.abs(value)) === '1' ? 'point' : 'points'}`;
}

/** "about 2 points": a rough size, to the nearest half point (and never below half a point). */
function roughPoints(value: number): string {
  return points(Math.max(0.5, Math.round(Math.abs(value) * 2) / 2));
}

/** The main sentence for a factor. */
export function factorSentence(insight: FactorInsight): string {
  if (insight.tier === 'tangled') {
    return `${capitalised(dayPhrase(insight))} came together with ${list(insight.tangledWith)} so often that the two can’t be told apart yet${bracket([insight.exposureNote, `${days(insight.exposedDays)} with it, ${days(insight.unexposedDays)} without`])}.`;
  }
  if (insight.estimate === null && insight.moreCheckInsNeeded !== null) {
    return `Not enough check-ins yet to compare ${dayPhrase(insight)} with other days alongside everything else tracked: about ${insight.moreCheckInsNeeded} more days of check-ins needed${bracket([insight.exposureNote, `${days(insight.exposedDays)} with it and ${days(insight.unexposedDays)} without so far`])}.`;
  }
  if (insight.estimate === null) {
    const needs = insight.moreDaysNeeded ?? { exposed: 0, unexposed: 0 };
    const parts = [
      needs.exposed > 0 ? `${days(needs.exposed)} more with it` : null,
      needs.unexposed > 0 ? `${days(needs.unexposed)} more without it` : null,
    ].filter((part): part is string => part !== null);
    return `Not enough check-ins yet to compare ${dayPhrase(insight)} with other days: about ${list(parts)} needed${bracket([insight.exposureNote, `${days(insight.exposedDays)} with it and ${days(insight.unexposedDays)} without so far`])}.`;
  }
  // "Days with low energy went with less pain": what went together, never what to do or what causes what.
  const { estimate } = insight;
  const range = `95% range ${formatScore(estimate.ciLow)} to ${formatScore(estimate.ciHigh)}`;
  const allowing = insight.allowedFor.length > 0 ? `, allowing for ${list(insight.allowedFor)}` : '';
  const size =
    formatScore(Math.abs(estimate.estimate)) === '0'
      ? 'about the same pain as other days'
      : estimate.estimate > 0
        ? `more pain: about ${points(estimate.estimate)} higher`
        : `less pain: about ${points(estimate.estimate)} lower`;
  const counts = `${days(insight.exposedDays)} with it, ${days(insight.unexposedDays)} without`;
  return `${capitalised(dayPhrase(insight))} went with ${size}${bracket([range, insight.exposureNote, counts])}${allowing}.`;
}

/**
 * Where a factor comes from, for those the source documents say nothing about: one of the person's own,
 * or mood and energy (the documents name no route from either to upper back pain, so none is offered).
 * Null for the built-in factors, which show the documents' causes instead.
 */
export function factorOrigin(insight: Pick<FactorInsight, 'kind' | 'own'>): string | null {
  if (insight.own)
    return `“${insight.own.name}” is a factor you chose to track. It is tested the same way as the others; the back-pain guidance this journal draws on doesn’t mention it.`;
  if (insight.kind === 'low-mood' || insight.kind === 'low-energy')
    return `You record your ${insight.kind === 'low-mood' ? 'mood' : 'energy'} in the check-in. The back-pain guidance this journal draws on doesn’t say how it goes with upper back pain, so this comes from your records alone.`;
  return null;
}

/** How many factors the records can test together honestly, and what more days would bring. */
export function capacitySentence(capacity: TestCapacity): string {
  const { daysAnalysed, checkInDays, factors, supported, moreDaysNeeded } = capacity;
  const testable = `${supported} ${supported === 1 ? 'factor' : 'factors'}`;
  // For someone who rates their day, only rated days are compared (RATED_SHARE): say which days count.
  const isRatedOnly = daysAnalysed < checkInDays;
  const can = isRatedOnly
    ? `${daysAnalysed} of your ${days(checkInDays)} with a check-in have your overall pain rated, and those are the days compared. They can test about ${testable} together honestly (about ${DAYS_PER_FACTOR} days for each).`
    : `Your ${days(daysAnalysed)} of check-ins can test about ${testable} together honestly (about ${DAYS_PER_FACTOR} days for each).`;
  if (moreDaysNeeded === 0)
    return `${can} ${factors} ${factors === 1 ? 'is' : 'are'} being tested, so there is room for all of them.`;
  const more = isRatedOnly
    ? `about ${moreDaysNeeded} more ${moreDaysNeeded === 1 ? 'check-in' : 'check-ins'} with your overall pain rated`
    : `about ${moreDaysNeeded} more ${moreDaysNeeded === 1 ? 'day' : 'days'} of check-ins`;
  return `${can} ${factors} are being tested, so for now each result is less certain and fewer patterns can stand out. With ${more}, all ${factors} can be tested honestly. Every factor stays tested either way.`;
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/**
 * What Insights says about a factor, for other screens (Trends): its label and its sentence, so every
 * screen says the same thing in the same words.
 */
export function factorVerdict(insight: FactorInsight): string {
  return `What Insights says: ${tierLabel(insight)}. ${factorSentence(insight)}`;
}

/** Half a point: a plain difference smaller than this is not worth explaining away. */
const PLAIN_DIFFERENCE_WORTH_EXPLAINING = 0.5;

/** The plain averages beside it, what to make of them, and what to do next. */
export function factorDetails(insight: FactorInsight): string[] {
  const details: string[] = [];
  const { estimate, counts } = insight;
  if (counts) {
    details.push(
      `Before allowing for anything else, your pain averaged ${formatScore(counts.withAverage)} on those days and ${formatScore(counts.withoutAverage)} on other days.`,
    );
    const rawDifference = counts.withAverage - counts.withoutAverage;
    if (
      estimate &&
      Math.abs(rawDifference) >= PLAIN_DIFFERENCE_WORTH_EXPLAINING &&
      Math.sign(rawDifference) !== Math.sign(estimate.estimate)
    ) {
      details.push(
        `The plain averages point the other way because ${list(insight.allowedFor.length > 0 ? insight.allowedFor : ['the other things recorded'])} also differed between those days and the rest.`,
      );
    }
  }
  const risk = insight.episodeRisk;
  if (risk && (risk.tier === 'likely' || risk.tier === 'possible')) {
    details.push(
      `Episodes started about ${formatScore(risk.ratio)} times as often on those days (95% range ${formatScore(risk.ciLow)} to ${formatScore(risk.ciHigh)}).`,
    );
  }
  if (insight.tier === 'likely' || insight.tier === 'possible') {
    details.push(
      'This is a pattern in your records, not proof. To check it, try two weeks with and two weeks without.',
    );
  } else if (insight.tier === 'not-big') {
    details.push('If it makes a difference to your pain, it is probably a small one.');
  } else if (insight.tier === 'unclear' && estimate) {
    if (estimate.ciLow > 0 || estimate.ciHigh < 0) {
      details.push(
        `The range doesn’t include 0, but ${insight.comparisons} things are compared at once, and one range like this turns up by chance too often to count on.`,
      );
    }
    if (insight.detectable !== null) {
      details.push(
        `With this much data, only a difference of about ${roughPoints(insight.detectable)} or more would stand out. More check-ins will narrow it.`,
      );
    }
  } else if (insight.tier === 'tangled') {
    details.push(
      'To tell them apart, the records need some days with one and not the other. Nothing needs changing: ordinary variation in your days will do.',
    );
  }
  return details;
}

export function triggerCountSentence(count: TriggerCount): string {
  return `${labelOfTriggerKind(count.kind)} was noted with ${count.episodes} of ${count.of} episodes.`;
}
