/** fast-check generators for CSV tests: awkward text and valid episodes. */
import fc from 'fast-check';
import type { Episode, FollowUp, RemedyTried, Trigger } from '../../../../src/shared/model';
import { BODY_REGION_IDS } from '../../../../src/shared/taxonomy/regions';
import { PAIN_QUALITY_IDS } from '../../../../src/shared/taxonomy/qualities';
import { RED_FLAG_IDS } from '../../../../src/shared/taxonomy/redFlags';
import { REMEDY_IDS } from '../../../../src/shared/taxonomy/remedies';
import {
  POSTURE_POSITION_IDS,
  WITHDRAWAL_SUBSTANCE_IDS,
  WORKOUT_TYPE_IDS,
} from '../../../../src/shared/taxonomy/triggers';

/** Characters that break naive CSV, list encodings and spreadsheets. */
const AWKWARD = [
  '"',
  ',',
  ';',
  '|',
  '=',
  '\\',
  "'",
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\uFEFF',
  'a',
  'Z',
  '0',
  'é',
  'ß',
  '中',
  '😀',
  '\u0000',
];

/** Text dense in awkward characters, mixed with arbitrary Unicode. At most 2 × maxLength code units. */
export function awkwardText(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: fc.constantFrom(...AWKWARD), maxLength: Math.floor(maxLength / 2) }),
    fc.string({ unit: 'binary', maxLength }),
    fc
      .tuple(fc.constantFrom('=', '+', '-', '@', "'=", "''-", '\t', '\r'), fc.string({ maxLength }))
      .map(([start, rest]) => `${start}${rest}`.slice(0, maxLength)),
  );
}

const MIN_MS = Date.UTC(1970, 0, 1);
const MAX_MS = Date.UTC(2099, 11, 31, 23, 59, 59, 999);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An ISO instant 1970-2099 at millisecond precision: usually "…Z", sometimes with an offset or fewer digits. */
export const isoInstant: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: MIN_MS, max: MAX_MS }),
    fc.constantFrom('Z', 'Z', 'Z', '+05:30', '-08:00', '+00:00', 'minutes-only'),
  )
  .map(([ms, form]) => {
    const iso = new Date(ms).toISOString();
    if (form === 'Z') return iso;
    if (form === 'minutes-only') return `${iso.slice(0, 16)}Z`;
    const sign = form.startsWith('-') ? -1 : 1;
    const offsetMinutes = sign * (Number(form.slice(1, 3)) * 60 + Number(form.slice(4, 6)));
    const local = new Date(ms + offsetMinutes * 60_000);
    if (local.getUTCFullYear() < 1970 || local.getUTCFullYear() > 2099) return iso;
    return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(
      local.getUTCHours(),
    )}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.${pad(local.getUTCMilliseconds(), 3)}${form}`;
  });

const rating = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null });
const shortText = awkwardText(100);
const note = fc.oneof(fc.constant(''), shortText);

export const trigger: fc.Arbitrary<Trigger> = fc.oneof(
  fc.record({
    id: fc.uuid(),
    note,
    kind: fc.constant('workout' as const),
    workoutType: fc.option(fc.constantFrom(...WORKOUT_TYPE_IDS), { nil: null }),
    effort: rating,
  }),
  fc.record({ id: fc.uuid(), note, kind: fc.constant('stress' as const), level: rating }),
  fc.record({
    id: fc.uuid(),
    note,
    kind: fc.constant('withdrawal' as const),
    substance: fc.option(fc.constantFrom(...WITHDRAWAL_SUBSTANCE_IDS), { nil: null }),
    dayNumber: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: null }),
  }),
  fc.record({
    id: fc.uuid(),
    note,
    kind: fc.constant('posture' as const),
    // Any double in range, so that number formatting is exercised; +0 rather than -0.
    deskHours: fc.option(
      fc.double({ min: 0, max: 24, noNaN: true }).map((hours) => (hours === 0 ? 0 : hours)),
      { nil: null },
    ),
    position: fc.option(fc.constantFrom(...POSTURE_POSITION_IDS), { nil: null }),
  }),
  fc.record({
    id: fc.uuid(),
    note,
    kind: fc.constantFrom('dehydration' as const, 'poor-sleep' as const, 'injury' as const, 'other' as const),
  }),
);

export const remedy: fc.Arbitrary<RemedyTried> = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...REMEDY_IDS),
  medicationName: fc.option(shortText, { nil: null }),
  dose: fc.option(shortText, { nil: null }),
  painBefore: rating,
  painAfter: rating,
  minutesAfter: fc.option(fc.integer({ min: 0, max: 1440 }), { nil: null }),
});

/** A "How is it now?" answer; a stopped one has pain 0, as answering makes it. */
export const followUp: fc.Arbitrary<FollowUp> = fc
  .record({
    at: isoInstant,
    pain: fc.integer({ min: 0, max: 10 }),
    stopped: fc.boolean(),
    painBefore: fc.integer({ min: 0, max: 10 }),
    minutesAfter: fc.integer({ min: 0, max: 1440 }),
    answeredAt: isoInstant,
  })
  .map((answer) => (answer.stopped ? { ...answer, pain: 0 } : answer));

export const episode: fc.Arbitrary<Episode> = fc
  .record({
    id: fc.uuid(),
    startedAt: isoInstant,
    durationMs: fc.option(fc.integer({ min: 0, max: 3 * 86_400_000 }), { nil: null }),
    intensity: fc.integer({ min: 0, max: 10 }),
    regions: fc.uniqueArray(fc.constantFrom(...BODY_REGION_IDS)),
    qualities: fc.uniqueArray(fc.constantFrom(...PAIN_QUALITY_IDS)),
    triggers: fc.array(trigger, { maxLength: 4 }),
    remedies: fc.array(remedy, { maxLength: 4 }),
    redFlags: fc.uniqueArray(fc.constantFrom(...RED_FLAG_IDS)),
    notes: awkwardText(300),
    createdAt: isoInstant,
    updatedAt: isoInstant,
    followUp: fc.option(followUp, { nil: null }),
    followUpSnoozedUntil: fc.option(isoInstant, { nil: null }),
    followUpDismissedAt: fc.option(isoInstant, { nil: null }),
  })
  .map(({ durationMs, ...rest }) => ({
    ...rest,
    endedAt: durationMs === null ? null : new Date(Date.parse(rest.startedAt) + durationMs).toISOString(),
    deletedAt: null,
  }));
