/**
 * What was going on before the pain: the kinds of trigger a user can log, and the detail lists some
 * kinds open (workout type, substance being stopped, position). The ids are stored in journal entries:
 * never rename or reorder them. Logging a trigger records what happened; it never says it caused the pain.
 */
import type { Citation } from './sources';

export const TRIGGER_KIND_IDS = [
  'workout',
  'stress',
  'withdrawal',
  'posture',
  'dehydration',
  'poor-sleep',
  'injury',
  'other',
] as const;
export type TriggerKindId = (typeof TRIGGER_KIND_IDS)[number];

export type TriggerKind = {
  readonly id: TriggerKindId;
  readonly label: string;
  readonly description: string;
} & Citation;

const TRIGGER_KIND_ENTRIES = [
  {
    id: 'workout',
    label: 'Workout or hard exercise',
    description:
      'A training session or a strenuous, repetitive activity, such as lifting, rowing or reaching overhead.',
    sources: ['001', '002', '004'],
    keywords: ['workout', 'working out', 'strenuous exercise', 'strenuous activities', 'overexertion'],
  },
  {
    id: 'stress',
    label: 'Stress or anxiety',
    description: 'A tense, worried or anxious time. Tension often shows up in the shoulders and upper back.',
    sources: ['000', '001', '003', '004'],
    keywords: ['stress', 'anxiety'],
  },
  {
    id: 'withdrawal',
    label: 'Stopping a substance (withdrawal)',
    description:
      'Cutting down on or stopping something your body had got used to, such as alcohol or nicotine.',
    sources: ['000'],
    keywords: ['withdrawal'],
  },
  {
    id: 'posture',
    label: 'Posture or position',
    description: 'A long time in one position, such as sitting at a screen or hunching forward.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['posture', 'postures'],
  },
  {
    id: 'dehydration',
    label: 'Not enough fluids',
    description: 'Drinking less than usual, or losing fluid through heavy sweating or alcohol.',
    sources: ['000', '001', '004'],
    keywords: ['dehydration'],
  },
  {
    id: 'poor-sleep',
    label: 'Poor sleep',
    description:
      'A short or restless night, or sleeping awkwardly or on a pillow or mattress that gives little support.',
    sources: ['001', '002'],
    keywords: ['sleeping', 'mattress', 'mattresses'],
  },
  {
    id: 'injury',
    label: 'Injury, fall or accident',
    description: 'A knock, a fall, a sports strain or a jolt such as whiplash.',
    sources: ['003', '004'],
    keywords: ['trauma', 'injury', 'whiplash', 'falls', 'accidents', 'sports injuries'],
  },
  {
    id: 'other',
    label: 'Something else',
    description: 'Anything else you noticed beforehand; you can describe it in your own words.',
    sources: [],
    keywords: [],
    note: 'Catch-all so the user can record a trigger the list does not cover.',
  },
] as const satisfies readonly TriggerKind[];

export const TRIGGER_KINDS: readonly TriggerKind[] = TRIGGER_KIND_ENTRIES;

export const WORKOUT_TYPE_IDS = ['weightlifting', 'rowing', 'overhead', 'running', 'other'] as const;
export type WorkoutTypeId = (typeof WORKOUT_TYPE_IDS)[number];

export type WorkoutType = {
  readonly id: WorkoutTypeId;
  readonly label: string;
} & Citation;

const WORKOUT_TYPE_ENTRIES = [
  {
    id: 'weightlifting',
    label: 'Weightlifting or strength training',
    sources: ['001', '002'],
    keywords: ['weightlifting', 'strength training'],
  },
  {
    id: 'rowing',
    label: 'Rowing or rows',
    sources: ['001', '002'],
    keywords: ['rowing'],
  },
  {
    id: 'overhead',
    label: 'Overhead movements',
    sources: ['002'],
    keywords: ['overhead movements'],
  },
  {
    id: 'running',
    label: 'Running or other cardio',
    sources: [],
    keywords: [],
    note: 'Not named in the source documents as a workout; a common one, listed so it can be recorded.',
  },
  {
    id: 'other',
    label: 'Another kind of workout',
    sources: [],
    keywords: [],
    note: 'Catch-all for any workout the list does not cover.',
  },
] as const satisfies readonly WorkoutType[];

export const WORKOUT_TYPES: readonly WorkoutType[] = WORKOUT_TYPE_ENTRIES;

/** Substances a person may be stopping, named only as classes: never a brand or a product. */
export const WITHDRAWAL_SUBSTANCE_IDS = [
  'alcohol',
  'opioids',
  'nicotine',
  'caffeine',
  'cannabis',
  'benzodiazepines',
  'stimulants',
  'other',
] as const;
export type WithdrawalSubstanceId = (typeof WITHDRAWAL_SUBSTANCE_IDS)[number];

export type WithdrawalSubstance = {
  readonly id: WithdrawalSubstanceId;
  readonly label: string;
} & Citation;

const WITHDRAWAL_SUBSTANCE_ENTRIES = [
  { id: 'alcohol', label: 'Alcohol', sources: ['000'], keywords: ['alcohol'] },
  { id: 'opioids', label: 'Opioids', sources: ['000'], keywords: ['opioids'] },
  { id: 'nicotine', label: 'Nicotine or tobacco', sources: ['000'], keywords: ['nicotine'] },
  {
    id: 'caffeine',
    label: 'Caffeine',
    sources: ['001'],
    keywords: ['caffeine'],
    note: 'No document describes stopping caffeine; 001 names caffeine only as something to cut back on.',
  },
  {
    id: 'cannabis',
    label: 'Cannabis',
    sources: [],
    keywords: [],
    note: 'Not named in the source documents; listed so a person stopping it can record that.',
  },
  {
    id: 'benzodiazepines',
    label: 'Benzodiazepines (sedatives)',
    sources: ['000'],
    keywords: ['prescription medications'],
    note: '000 names withdrawal from prescription medications in general; this class is one of them.',
  },
  {
    id: 'stimulants',
    label: 'Stimulants',
    sources: [],
    keywords: [],
    note: 'Not named in the source documents; listed so a person stopping them can record that.',
  },
  {
    id: 'other',
    label: 'Another substance or medicine',
    sources: ['000'],
    keywords: ['prescription medications'],
    note: 'Covers anything else, including the prescription medications 000 mentions in general.',
  },
] as const satisfies readonly WithdrawalSubstance[];

export const WITHDRAWAL_SUBSTANCES: readonly WithdrawalSubstance[] = WITHDRAWAL_SUBSTANCE_ENTRIES;

export const POSTURE_POSITION_IDS = [
  'desk-sitting',
  'laptop-hunched',
  'phone-looking-down',
  'standing',
  'driving',
  'lying',
  'other',
] as const;
export type PosturePositionId = (typeof POSTURE_POSITION_IDS)[number];

export type PosturePosition = {
  readonly id: PosturePositionId;
  readonly label: string;
} & Citation;

const POSTURE_POSITION_ENTRIES = [
  {
    id: 'desk-sitting',
    label: 'Sitting at a desk or computer',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['sitting', 'desk', 'computer', 'workstation'],
  },
  {
    id: 'laptop-hunched',
    label: 'Hunched over a laptop or screen',
    sources: ['000', '001', '002', '003'],
    keywords: ['hunching', 'slouching'],
    note: 'The documents describe hunching and slouching; none names a laptop.',
  },
  {
    id: 'phone-looking-down',
    label: 'Looking down at a phone',
    sources: ['002'],
    keywords: ['forward head posture'],
    note: 'No document names phones; 002 describes the head held forward, which looking down resembles.',
  },
  {
    id: 'standing',
    label: 'Standing for a long time',
    sources: [],
    keywords: [],
    note: 'Not named in the source documents; a common position, listed so it can be recorded.',
  },
  {
    id: 'driving',
    label: 'Driving',
    sources: [],
    keywords: [],
    note: 'Not named in the source documents; a common long-held position, listed so it can be recorded.',
  },
  {
    id: 'lying',
    label: 'Lying down or sleeping',
    sources: ['001'],
    keywords: ['sleeping position', 'sleep on your back or side'],
  },
  {
    id: 'other',
    label: 'Another position',
    sources: [],
    keywords: [],
    note: 'Catch-all for any position the list does not cover.',
  },
] as const satisfies readonly PosturePosition[];

export const POSTURE_POSITIONS: readonly PosturePosition[] = POSTURE_POSITION_ENTRIES;
