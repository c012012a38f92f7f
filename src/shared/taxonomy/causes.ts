/**
 * What the source documents say can lie behind upper back pain, with what the journal records that points
 * to each, and the self-care the documents name for it. The ids may be stored (for example in saved
 * analyses): never rename or reorder them.
 *
 * This is background for the user, never a verdict: a mechanism tells what the documents say can happen,
 * in our own words. It never says what the user's pain comes from and never names a condition for them.
 * Self-care links point into the remedy catalog; none of them is a prescription drug, and no cause that
 * can be shown during withdrawal links to anything but over-the-counter classes and non-drug care.
 */
import type { PainQualityId } from './qualities';
import type { RemedyId } from './remedies';
import type { Citation, SourceId } from './sources';
import type { TriggerKindId, WorkoutTypeId } from './triggers';

export const CAUSE_IDS = [
  'stress-tension',
  'dehydration-electrolytes',
  'posture-ergonomics',
  'overuse-strain',
  'muscle-imbalance',
  'thoracic-stiffness',
  'withdrawal-inflammation',
  'withdrawal-posture-fatigue',
  'sleep-position',
  'injury-trauma',
  'underlying-conditions',
] as const;
export type CauseId = (typeof CAUSE_IDS)[number];

/** Daily check-in fields (the CheckIn record's keys) that can point to a cause. */
export const CHECK_IN_SIGNAL_FIELDS = [
  'stress',
  'sleepHours',
  'sleepQuality',
  'waterLitres',
  'deskHours',
  'workout',
  'withdrawalDay',
] as const;
export type CheckInSignalField = (typeof CHECK_IN_SIGNAL_FIELDS)[number];

/** What the user can log that points to a cause. Empty lists are allowed: not every cause has every kind. */
export type CauseSignals = {
  readonly triggerKinds: readonly TriggerKindId[];
  readonly checkInFields: readonly CheckInSignalField[];
  readonly qualities: readonly PainQualityId[];
  /** Only for causes with a workout signal: the workout types the documents name. */
  readonly workoutTypes?: readonly WorkoutTypeId[];
};

export type Cause = {
  readonly id: CauseId;
  /** Short and plain, for a heading or a chip. */
  readonly name: string;
  /** Two or three sentences: what the documents say can happen, in our words. */
  readonly mechanism: string;
  readonly signals: CauseSignals;
  /** The self-care the documents name for this cause, as remedy ids. */
  readonly selfCare: readonly RemedyId[];
  /** True where the documents say to have it checked by a professional; `advice` then says how. */
  readonly seeProfessional: boolean;
  /** One plain sentence; present exactly when `seeProfessional` is true. */
  readonly advice?: string;
} & Extract<Citation, { readonly sources: readonly [SourceId, ...SourceId[]] }>;

const CAUSE_ENTRIES = [
  {
    id: 'stress-tension',
    name: 'Muscle tension from stress and anxiety',
    mechanism:
      'The documents describe stress and anxiety as tightening the muscles of the shoulders and upper back, ' +
      'sometimes into spasms. Anxiety can also bring fast, shallow breathing, which strains the small ' +
      'muscles between the ribs. Both can happen while stopping a substance, too.',
    signals: {
      triggerKinds: ['stress', 'withdrawal'],
      checkInFields: ['stress', 'withdrawalDay'],
      qualities: ['stiffness', 'spasm-cramp'],
    },
    selfCare: [
      'deep-breathing',
      'meditation',
      'progressive-muscle-relaxation',
      'guided-imagery',
      'yoga-tai-chi',
      'shoulder-rolls',
      'neck-stretches',
      'heat',
      'massage',
      'acupuncture-acupressure',
    ],
    seeProfessional: false,
    sources: ['000', '001', '003', '004'],
    keywords: ['stress', 'anxiety', 'stress and tension', 'hyperventilation'],
  },
  {
    id: 'dehydration-electrolytes',
    name: 'Dehydration and low electrolytes',
    mechanism:
      'The documents describe too little fluid, or too little potassium, magnesium or calcium, as upsetting ' +
      'how muscles work, which can lead to cramps and spasms. They add that alcohol and opioids affect the ' +
      "body's fluid balance, so it can also happen while stopping them.",
    signals: {
      triggerKinds: ['dehydration', 'withdrawal'],
      checkInFields: ['waterLitres', 'withdrawalDay'],
      qualities: ['spasm-cramp'],
    },
    selfCare: ['water', 'electrolyte-drink', 'magnesium-food'],
    seeProfessional: false,
    sources: ['000', '001', '004'],
    keywords: ['dehydration', 'electrolyte imbalance', 'electrolyte imbalances'],
  },
  {
    id: 'posture-ergonomics',
    name: 'Posture and desk set-up',
    mechanism:
      'The documents describe slouching, rounded shoulders and the head pushed forward, often during long ' +
      'spells at a desk or computer, as straining the upper back muscles and the mid-back spine. Held for ' +
      'hours, day after day, that load can build into ache and stiffness.',
    signals: {
      triggerKinds: ['posture'],
      checkInFields: ['deskHours'],
      qualities: ['dull-ache', 'stiffness'],
    },
    selfCare: [
      'posture-correction',
      'ergonomic-change',
      'sitting-break',
      'strengthening',
      'physical-therapy',
    ],
    seeProfessional: false,
    sources: ['000', '001', '002', '003', '004'],
    keywords: [
      'poor posture',
      'slouching',
      'forward head posture',
      'rounded shoulders',
      'prolonged computer use',
    ],
  },
  {
    id: 'overuse-strain',
    name: 'Overuse or overexertion (muscle strain)',
    mechanism:
      'The documents describe repeated or strenuous work, such as weightlifting, rowing, overhead movements ' +
      'or repeated lifting, as tiring the upper back muscles until they strain. Tired, strained muscles can ' +
      'ache, stiffen or go into spasm, often after a hard session.',
    signals: {
      triggerKinds: ['workout'],
      checkInFields: ['workout'],
      qualities: ['dull-ache', 'stiffness', 'spasm-cramp', 'tenderness'],
      workoutTypes: ['weightlifting', 'rowing', 'overhead'],
    },
    selfCare: ['rest', 'heat', 'cold', 'strengthening', 'massage', 'otc-pain-reliever', 'topical-analgesic'],
    seeProfessional: false,
    sources: ['001', '002', '003', '004'],
    keywords: ['overexertion', 'overuse', 'muscle strain', 'strenuous exercise'],
  },
  {
    id: 'muscle-imbalance',
    name: 'Muscle imbalance',
    mechanism:
      'The documents describe a mismatch between muscle groups, such as the chest against the upper back, ' +
      'or a weak core and shoulder-blade muscles, as leaving other muscles to take up the load. Poor ' +
      'posture, repeated movements and poor form during exercise can build it up, and the extra load can ' +
      'strain the upper back.',
    signals: {
      triggerKinds: ['workout', 'posture'],
      checkInFields: ['workout', 'deskHours'],
      qualities: ['stiffness', 'weakness', 'spasm-cramp'],
      workoutTypes: ['weightlifting', 'rowing', 'overhead'],
    },
    selfCare: ['strengthening', 'chest-opening-stretch', 'posture-correction', 'physical-therapy'],
    seeProfessional: false,
    sources: ['001', '002', '004'],
    keywords: ['muscle imbalances', 'muscle imbalance', 'musculoskeletal imbalance'],
  },
  {
    id: 'thoracic-stiffness',
    name: 'Stiff mid-back or irritated spinal joints',
    mechanism:
      'The documents describe the mid-back (thoracic spine) losing mobility when the muscles and ligaments ' +
      'around it stay tight. They also describe the small joints of the spine (facet joints) becoming ' +
      'irritated with repeated movement or poor posture, which can bring local pain and stiffness, ' +
      'especially during activity.',
    signals: {
      triggerKinds: ['posture', 'workout'],
      checkInFields: ['deskHours', 'workout'],
      qualities: ['stiffness', 'sharp-stabbing'],
    },
    selfCare: ['thoracic-extension', 'foam-rolling', 'heat', 'physical-therapy', 'chiropractic'],
    seeProfessional: false,
    sources: ['002', '003'],
    keywords: ['thoracic spine mobility', 'facet joint', 'facet joints'],
  },
  {
    id: 'withdrawal-inflammation',
    name: 'Inflammation and nerve sensitivity in withdrawal',
    mechanism:
      'The documents describe long-term substance use as changing how the body registers pain and handles ' +
      'inflammation. During withdrawal the body may overcorrect for a while, so inflammation and nerve ' +
      'sensitivity can rise and be felt in the upper back.',
    signals: {
      triggerKinds: ['withdrawal'],
      checkInFields: ['withdrawalDay'],
      qualities: ['dull-ache', 'sharp-stabbing', 'tenderness'],
    },
    // Over-the-counter classes only (000 names an NSAID and a menthol cream): never an opioid, never a
    // prescription drug, because a person in withdrawal must not be pointed to one.
    selfCare: [
      'walking',
      'cat-cow',
      'heat',
      'cold',
      'water',
      'massage',
      'physical-therapy',
      'acupuncture-acupressure',
      'otc-pain-reliever',
      'topical-analgesic',
    ],
    seeProfessional: true,
    advice:
      'If the pain is severe, persists or worsens during withdrawal, talk to a doctor, who can also check ' +
      'that a pain reliever is safe for you to take.',
    sources: ['000'],
    keywords: ['inflammation and nerve sensitivity', 'nerve hypersensitivity'],
  },
  {
    id: 'withdrawal-posture-fatigue',
    name: 'Slumped posture from withdrawal tiredness',
    mechanism:
      'The documents describe tiredness, nausea and dizziness during withdrawal as leading people to slouch ' +
      'or hunch to ease the discomfort. Kept up over time, that posture can strain the upper back muscles ' +
      'and spine.',
    signals: {
      triggerKinds: ['withdrawal', 'posture'],
      checkInFields: ['withdrawalDay', 'deskHours'],
      qualities: ['dull-ache', 'stiffness'],
    },
    selfCare: ['posture-correction', 'ergonomic-change', 'rest'],
    seeProfessional: false,
    sources: ['000'],
    keywords: ['postural changes due to withdrawal symptoms', 'fatigue, nausea, and dizziness'],
    note: '000 names posture correction and ergonomics for this; rest comes from the clinical reference, for the tiredness.',
  },
  {
    id: 'sleep-position',
    name: 'Unsupportive sleeping position, pillow or mattress',
    mechanism:
      'The documents describe a sleeping position, pillow or mattress that leaves the neck and spine ' +
      'unsupported as straining the upper back muscles overnight. They suggest sleeping on the back or ' +
      'side, with a pillow that supports the neck and a mattress that supports the spine.',
    signals: {
      triggerKinds: ['poor-sleep'],
      checkInFields: ['sleepHours', 'sleepQuality'],
      qualities: ['stiffness'],
    },
    selfCare: ['sleep-position'],
    seeProfessional: false,
    sources: ['001', '002'],
    keywords: ['sleeping positions', 'mattress', 'supportive mattresses'],
  },
  {
    id: 'injury-trauma',
    name: 'Strain from an injury, fall or accident',
    mechanism:
      'The documents describe falls, accidents, sports injuries and sudden jolts such as whiplash as ' +
      'straining or damaging the muscles and other tissues of the upper back, sometimes with spasms. The ' +
      'pain that follows can settle quickly or last a long time.',
    signals: {
      triggerKinds: ['injury'],
      checkInFields: [],
      qualities: ['sharp-stabbing', 'tenderness', 'spasm-cramp'],
    },
    selfCare: ['rest', 'physical-therapy'],
    seeProfessional: true,
    advice:
      'Have a new injury checked by a doctor or physiotherapist, and after a major accident or a hard fall, ' +
      'or if you cannot move normally, go to the emergency department (A&E) now.',
    sources: ['003', '004'],
    keywords: ['trauma', 'whiplash', 'sports injuries', 'falls'],
  },
  {
    id: 'underlying-conditions',
    name: 'An underlying medical condition',
    mechanism:
      'The documents note that, less often, a problem with a spinal disc or a nerve, or a long-term ' +
      'condition of the muscles, can bring on upper back pain and spasms or look like ordinary muscle ' +
      'spasms. Telling these apart takes an examination by a clinician, and the journal never guesses at one.',
    signals: {
      triggerKinds: [],
      checkInFields: [],
      qualities: ['spreading', 'numbness-tingling', 'weakness'],
    },
    selfCare: ['physical-therapy'],
    seeProfessional: true,
    advice:
      'If the pain spreads, comes with numbness, tingling or weakness, or persists or worsens despite ' +
      'self-care, see a doctor for a proper check.',
    sources: ['001', '003', '004'],
    keywords: ['underlying medical conditions', 'herniated discs', 'spinal stenosis', 'fibromyalgia'],
  },
] as const satisfies readonly Cause[];

export const CAUSES: readonly Cause[] = CAUSE_ENTRIES;

/** The factors the pattern analysis weighs against pain. */
export const ANALYSIS_FACTOR_KINDS = [
  'workout',
  'stress',
  'low-water',
  'long-desk',
  'poor-sleep',
  'withdrawal-early',
] as const;
export type AnalysisFactorKind = (typeof ANALYSIS_FACTOR_KINDS)[number];

/** Every analysed factor names at least one cause. */
export type FactorCauses = Readonly<Record<AnalysisFactorKind, readonly [CauseId, ...CauseId[]]>>;

/**
 * Which causes the documents offer as background for each analysed factor, most direct first. Each cause
 * listed carries the factor's own signal (its check-in field or trigger kind).
 */
const FACTOR_CAUSE_ENTRIES = {
  workout: ['overuse-strain', 'muscle-imbalance'],
  stress: ['stress-tension'],
  'low-water': ['dehydration-electrolytes'],
  'long-desk': ['posture-ergonomics', 'thoracic-stiffness'],
  'poor-sleep': ['sleep-position'],
  // 000 gives five withdrawal routes to upper back pain; these four causes cover them all (stress-tension
  // holds both the stress response and anxious over-breathing).
  'withdrawal-early': [
    'withdrawal-inflammation',
    'withdrawal-posture-fatigue',
    'dehydration-electrolytes',
    'stress-tension',
  ],
} as const satisfies FactorCauses;

export const FACTOR_CAUSES: FactorCauses = FACTOR_CAUSE_ENTRIES;
