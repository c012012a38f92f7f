/**
 * Red flags: signs that mean the user should seek care rather than keep self-managing. Two kinds:
 * the ones a person records on an episode (RED_FLAGS) and the ones the app raises from the data
 * (AUTOMATIC_FLAGS). The ids are stored in journal entries: never rename or reorder them.
 *
 * The wording tells the user what to do and how soon. It never says what a sign means, never names a
 * condition and never names a drug.
 */
import type { Citation } from './sources';

export const RED_FLAG_IDS = [
  'severe-unrelenting',
  'numbness-tingling',
  'breathing-difficulty',
  'chest-pain-exertion',
  'bladder-bowel-saddle',
  'fever-chills',
  'weight-loss',
  'fall-accident',
  'night-rest-pain',
  'clumsy-hands-walking',
  'worsening-weeks',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const AUTOMATIC_FLAG_IDS = ['severe-streak', 'rising-average'] as const;
export type AutomaticFlagId = (typeof AUTOMATIC_FLAG_IDS)[number];

/** Most urgent first. */
export const RED_FLAG_URGENCIES = ['emergency', 'soon'] as const;
export type RedFlagUrgency = (typeof RED_FLAG_URGENCIES)[number];

export const URGENCY_LABELS = {
  emergency: 'Get help now',
  soon: 'See a doctor soon',
} as const satisfies Readonly<Record<RedFlagUrgency, string>>;

/**
 * What to do first when a sign needs help now: the urgent notice opens with it, and Help quotes it, so the
 * two can never give different advice.
 */
export const EMERGENCY_ACTION =
  'Call your local emergency number (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency ' +
  'department now.';

export type RedFlag = {
  readonly id: RedFlagId;
  /** Short, for a checkbox in a compact row. */
  readonly label: string;
  readonly urgency: RedFlagUrgency;
  /** What to do, in one or two calm sentences. */
  readonly advice: string;
} & Citation;

/** Where the flags the documents do not name come from (see the project's clinical reference). */
const GUIDANCE =
  'Clinical guidance (physio-pedia "Thoracic back pain red flags"; NHS thoracic referral guidance)';

const RED_FLAG_ENTRIES = [
  {
    // 'soon', not 'emergency': the source document says to consult a doctor, and severe pain on its own is
    // not an emergency sign in the clinical guidance. When it comes with an emergency sign, that sign is
    // recorded too and wins (mostUrgent); the advice also says to get urgent help if it becomes unbearable.
    id: 'severe-unrelenting',
    label: 'Severe pain that does not let up',
    urgency: 'soon',
    advice:
      'Please contact your doctor (GP) soon, within a day or two, so they can check it. If the pain ' +
      'becomes unbearable or comes with other new symptoms, get urgent help by calling your local ' +
      'emergency number.',
    sources: ['000'],
    keywords: ['severe, unrelenting pain', 'unrelenting'],
  },
  {
    id: 'numbness-tingling',
    label: 'Numbness or tingling in arms, hands or feet',
    urgency: 'soon',
    advice:
      'Contact your doctor (GP) soon, within a few days, and say where you feel it. If it is in both hands ' +
      'or both feet, or comes with weakness or clumsiness, get an urgent appointment the same day.',
    sources: ['000'],
    keywords: ['numbness or tingling in arms', 'tingling'],
    note: GUIDANCE + ' adds the hands and feet; the document names the arms.',
  },
  {
    id: 'breathing-difficulty',
    label: 'Difficulty breathing',
    urgency: 'emergency',
    advice:
      'Call your local emergency number or go to the emergency department (A&E) now. If you can, ask ' +
      'someone to stay with you.',
    sources: ['000'],
    keywords: ['difficulty breathing'],
  },
  {
    id: 'chest-pain-exertion',
    label: 'Chest pain, or pain on effort with breathlessness, sweating or nausea',
    urgency: 'emergency',
    advice:
      'Stop what you are doing and call your local emergency number now. Please do not drive yourself to ' +
      'hospital.',
    sources: [],
    keywords: [],
    note:
      GUIDANCE +
      ': chest pain, or pain brought on by exertion with breathlessness, palpitations, nausea or ' +
      'sweating, needs urgent help.',
  },
  {
    id: 'bladder-bowel-saddle',
    label: 'Loss of bladder or bowel control, or numb buttocks or genitals',
    urgency: 'emergency',
    advice:
      'Go to the emergency department (A&E) now, or call your local emergency number. It needs checking ' +
      'the same day, even if the back pain itself is mild.',
    sources: [],
    keywords: [],
    note:
      GUIDANCE +
      ': loss of bladder or bowel control, or numbness around the buttocks or genitals, needs urgent help.',
  },
  {
    id: 'fever-chills',
    label: 'Fever or chills',
    urgency: 'soon',
    advice:
      'Contact your doctor (GP) soon, within a day or two, and tell them about both the fever and the back ' +
      'pain. If you feel very unwell, ask for help the same day.',
    sources: [],
    keywords: [],
    note: GUIDANCE + ': fever or chills with back pain should be seen by a doctor.',
  },
  {
    id: 'weight-loss',
    label: 'Losing weight without trying',
    urgency: 'soon',
    advice:
      'Contact your doctor (GP) soon, within a few days, and tell them roughly how much weight you lost ' +
      'and over how long.',
    sources: [],
    keywords: [],
    note: GUIDANCE + ': unexplained weight loss with back pain should be seen by a doctor.',
  },
  {
    id: 'fall-accident',
    label: 'Recent fall, accident or injury',
    urgency: 'soon',
    advice:
      'Contact your doctor (GP) soon, within a few days, to have it checked. After a major accident or a ' +
      'hard fall, or if you cannot move normally, go to the emergency department (A&E) now.',
    sources: [],
    keywords: [],
    note:
      GUIDANCE +
      ': a recent fall, accident or significant trauma should be checked, urgently after a major one.',
  },
  {
    id: 'night-rest-pain',
    label: 'Night pain, or pain not eased by rest or changing position',
    urgency: 'soon',
    advice:
      'Contact your doctor (GP) soon, within a few days, and tell them the pain does not ease with rest ' +
      'or a change of position.',
    sources: [],
    keywords: [],
    note:
      GUIDANCE + ': night pain, or pain not eased by rest or changing position, should be seen by a doctor.',
  },
  {
    id: 'clumsy-hands-walking',
    label: 'Clumsy hands or a change in how you walk',
    urgency: 'soon',
    advice:
      'Contact your doctor (GP) urgently and ask to be seen the same day. If it came on suddenly or is ' +
      'quickly getting worse, call your local emergency number.',
    sources: [],
    keywords: [],
    note: GUIDANCE + ': clumsy hands or a change in walking should be seen by a doctor promptly.',
  },
  {
    id: 'worsening-weeks',
    label: 'Pain getting worse over weeks, or not improving',
    urgency: 'soon',
    advice:
      'Contact your doctor (GP) soon, within a few days, to review it. Your journal report can show them ' +
      'how the pain has changed.',
    sources: ['000', '004'],
    keywords: ['persists or worsens'],
    note:
      GUIDANCE +
      ' gives the 2 to 4 week span; both documents say to seek advice when pain persists or worsens.',
  },
] as const satisfies readonly RedFlag[];

export const RED_FLAGS: readonly RedFlag[] = RED_FLAG_ENTRIES;

/** The numbers behind the automatic flags, for the code that raises them. */
export const AUTOMATIC_FLAG_THRESHOLDS = {
  /** Pain of at least `minPain` (0-10) on at least `minDays` calendar days in a row. */
  severeStreak: { minPain: 8, minDays: 3 },
  /** Average pain rising across this many weeks, with no improvement. */
  risingAverage: { weeks: 4 },
} as const;

export type AutomaticFlag = {
  readonly id: AutomaticFlagId;
  readonly label: string;
  /** The app raises these only as 'soon': they come from pain scores, not from an emergency sign. */
  readonly urgency: 'soon';
  /** What the app saw in the journal, in one plain sentence. */
  readonly explanation: string;
  readonly advice: string;
} & Extract<Citation, { readonly sources: readonly [] }>;

const AUTOMATIC_FLAG_ENTRIES = [
  {
    id: 'severe-streak',
    label: 'Severe pain several days in a row',
    urgency: 'soon',
    explanation: 'Your pain has been 8 or more out of 10 on three or more days in a row.',
    advice:
      'Contact your doctor (GP) soon, within a day or two, and show them your journal. If the pain becomes ' +
      'unbearable or comes with other new symptoms, get urgent help by calling your local emergency number.',
    sources: [],
    keywords: [],
    note: 'Raised by the app from the pain scores; it follows "severe, unrelenting pain" in 000.',
  },
  {
    id: 'rising-average',
    label: 'Pain rising over four weeks',
    urgency: 'soon',
    explanation: 'Your average pain has risen over the last four weeks without getting better.',
    advice:
      'Contact your doctor (GP) soon, within a few days, to review it. Your journal report can show them ' +
      'how the pain has changed.',
    sources: [],
    keywords: [],
    note:
      'Raised by the app from the pain scores; it follows "if pain persists or worsens" in 000 and 004, ' +
      'and the 2 to 4 week span in the clinical guidance.',
  },
] as const satisfies readonly AutomaticFlag[];

export const AUTOMATIC_FLAGS: readonly AutomaticFlag[] = AUTOMATIC_FLAG_ENTRIES;
