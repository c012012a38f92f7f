/**
 * What the user did for the pain ("remedies tried"). The ids are stored in journal entries: never rename
 * or reorder them. Medication appears only as three classes the user fills in (name and dose); the
 * catalog never names a brand or a prescription drug. Surgery is not a remedy the journal records.
 */
import { REMEDY_LABELS } from './remedyLabels';
import type { Citation } from './sources';

export const REMEDY_IDS = [
  'water',
  'electrolyte-drink',
  'magnesium-food',
  'shoulder-rolls',
  'neck-stretches',
  'cat-cow',
  'thoracic-extension',
  'chest-opening-stretch',
  'walking',
  'strengthening',
  'foam-rolling',
  'heat',
  'cold',
  'posture-correction',
  'ergonomic-change',
  'sitting-break',
  'rest',
  'deep-breathing',
  'meditation',
  'progressive-muscle-relaxation',
  'guided-imagery',
  'yoga-tai-chi',
  'massage',
  'physical-therapy',
  'acupuncture-acupressure',
  'chiropractic',
  'sleep-position',
  'otc-pain-reliever',
  'topical-analgesic',
  'prescribed-medication',
] as const;
export type RemedyId = (typeof REMEDY_IDS)[number];

export const REMEDY_GROUPS = [
  'hydration',
  'stretch',
  'movement',
  'heat-cold',
  'posture',
  'relaxation',
  'hands-on',
  'rest',
  'medication',
] as const;
export type RemedyGroup = (typeof REMEDY_GROUPS)[number];

export type Remedy = {
  readonly id: RemedyId;
  readonly label: string;
  readonly group: RemedyGroup;
  /** True only for the medication classes: the user may type a medication name and dose. */
  readonly isMedication: boolean;
  /** One plain sentence: what it is or how to do it. */
  readonly description: string;
} & Citation;

const REMEDY_ENTRIES = [
  {
    id: 'water',
    label: REMEDY_LABELS['water'],
    group: 'hydration',
    isMedication: false,
    description: 'Drink a glass or two of water and keep sipping through the day.',
    sources: ['000', '001', '004'],
    keywords: ['water', 'hydration', 'fluid intake'],
  },
  {
    id: 'electrolyte-drink',
    label: REMEDY_LABELS['electrolyte-drink'],
    group: 'hydration',
    isMedication: false,
    description: 'Drink something with added salts and minerals, such as coconut water or a sports drink.',
    sources: ['000'],
    keywords: ['electrolyte-rich fluids', 'sports drinks'],
  },
  {
    id: 'magnesium-food',
    label: REMEDY_LABELS['magnesium-food'],
    group: 'hydration',
    isMedication: false,
    description: 'Eat foods with plenty of magnesium, such as leafy greens or a handful of nuts.',
    sources: ['000', '001'],
    keywords: ['magnesium-rich foods', 'magnesium'],
  },
  {
    id: 'shoulder-rolls',
    label: REMEDY_LABELS['shoulder-rolls'],
    group: 'stretch',
    isMedication: false,
    description:
      'Lift your shoulders toward your ears, roll them back and down slowly, and repeat a few times.',
    sources: ['000', '001', '004'],
    keywords: ['shoulder rolls'],
  },
  {
    id: 'neck-stretches',
    label: REMEDY_LABELS['neck-stretches'],
    group: 'stretch',
    isMedication: false,
    description: 'Tilt or turn your head gently to each side and hold for a few breaths, without forcing it.',
    sources: ['000', '001', '004'],
    keywords: ['neck stretches', 'neck rotations'],
  },
  {
    id: 'cat-cow',
    label: REMEDY_LABELS['cat-cow'],
    group: 'stretch',
    isMedication: false,
    description:
      'On hands and knees, round your back up slowly, then let it dip gently, moving with your breath.',
    sources: ['000'],
    keywords: ['cat-cow'],
  },
  {
    id: 'thoracic-extension',
    label: REMEDY_LABELS['thoracic-extension'],
    group: 'stretch',
    isMedication: false,
    description:
      'Sit tall or lie over a rolled towel and arch your upper back gently backwards, then return.',
    sources: ['002', '004'],
    keywords: ['thoracic extension', 'thoracic spine mobility', 'mobility drills'],
  },
  {
    id: 'chest-opening-stretch',
    label: REMEDY_LABELS['chest-opening-stretch'],
    group: 'stretch',
    isMedication: false,
    description:
      'Rest your forearms on a door frame and lean forward gently until the front of the chest opens.',
    sources: ['001'],
    keywords: ['chest opening stretches'],
  },
  {
    id: 'walking',
    label: REMEDY_LABELS['walking'],
    group: 'movement',
    isMedication: false,
    description: 'Go for an easy walk or do some other light, gentle exercise that gets you moving.',
    sources: ['000'],
    keywords: ['walking', 'light aerobic exercise'],
  },
  {
    id: 'strengthening',
    label: REMEDY_LABELS['strengthening'],
    group: 'movement',
    isMedication: false,
    description:
      'Build up the upper back and shoulder-blade muscles, for example with rows or by squeezing the blades together.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['strengthening', 'strength training'],
  },
  {
    id: 'foam-rolling',
    label: REMEDY_LABELS['foam-rolling'],
    group: 'movement',
    isMedication: false,
    description:
      'Lie on a foam roller and roll slowly along the upper back muscles, easing off anything sharp.',
    sources: ['002'],
    keywords: ['foam rolling'],
  },
  {
    id: 'heat',
    label: REMEDY_LABELS['heat'],
    group: 'heat-cold',
    isMedication: false,
    description: 'Put a heat pad or warm pack on the sore area, or take a warm shower.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['heat'],
  },
  {
    id: 'cold',
    label: REMEDY_LABELS['cold'],
    group: 'heat-cold',
    isMedication: false,
    description: 'Hold an ice pack or cold pack, wrapped in a cloth, on the sore area for a short while.',
    sources: ['000', '001', '002', '003'],
    keywords: ['ice packs', 'ice pack', 'cold pack', 'cold packs', 'ice or heat'],
  },
  {
    id: 'posture-correction',
    label: REMEDY_LABELS['posture-correction'],
    group: 'posture',
    isMedication: false,
    description: 'Notice how you are sitting or standing and settle into an upright, relaxed position.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['posture correction', 'correcting posture', 'improve posture', 'improving posture'],
  },
  {
    id: 'ergonomic-change',
    label: REMEDY_LABELS['ergonomic-change'],
    group: 'posture',
    isMedication: false,
    description:
      'Change your set-up, for example raise the screen to eye level or adjust the chair or desk height.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['ergonomic', 'ergonomics', 'ergonomically'],
  },
  {
    id: 'sitting-break',
    label: REMEDY_LABELS['sitting-break'],
    group: 'posture',
    isMedication: false,
    description: 'Get up, move around for a few minutes, then come back to what you were doing.',
    sources: ['002'],
    keywords: ['regular breaks during prolonged sitting'],
  },
  {
    id: 'rest',
    label: REMEDY_LABELS['rest'],
    group: 'rest',
    isMedication: false,
    description: 'Ease off whatever makes it worse for a while and give your body time to recover.',
    sources: ['001', '002', '004'],
    keywords: ['rest'],
  },
  {
    id: 'deep-breathing',
    label: REMEDY_LABELS['deep-breathing'],
    group: 'relaxation',
    isMedication: false,
    description: 'Breathe slowly and deeply, letting your belly rise and fall, for a few minutes.',
    sources: ['000', '001', '003', '004'],
    keywords: ['deep breathing'],
  },
  {
    id: 'meditation',
    label: REMEDY_LABELS['meditation'],
    group: 'relaxation',
    isMedication: false,
    description: 'Sit quietly for a few minutes and keep bringing your attention back to your breath.',
    sources: ['000', '001', '003', '004'],
    keywords: ['meditation'],
  },
  {
    id: 'progressive-muscle-relaxation',
    label: REMEDY_LABELS['progressive-muscle-relaxation'],
    group: 'relaxation',
    isMedication: false,
    description:
      'Tense one group of muscles for a few seconds, then let go, working slowly through the body.',
    sources: ['000', '001'],
    keywords: ['progressive muscle relaxation'],
  },
  {
    id: 'guided-imagery',
    label: REMEDY_LABELS['guided-imagery'],
    group: 'relaxation',
    isMedication: false,
    description: 'Picture a calm, peaceful place in detail, on your own or along with a recording.',
    sources: ['001'],
    keywords: ['guided imagery'],
  },
  {
    id: 'yoga-tai-chi',
    label: REMEDY_LABELS['yoga-tai-chi'],
    group: 'relaxation',
    isMedication: false,
    description: 'A gentle yoga or tai chi session, moving slowly and breathing steadily.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['yoga', 'tai chi'],
  },
  {
    id: 'massage',
    label: REMEDY_LABELS['massage'],
    group: 'hands-on',
    isMedication: false,
    description:
      'A massage from a therapist or someone you trust, or one you give yourself with your hands or a ball.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['massage'],
  },
  {
    id: 'physical-therapy',
    label: REMEDY_LABELS['physical-therapy'],
    group: 'hands-on',
    isMedication: false,
    description: 'A session with a physiotherapist, or the home exercises they gave you.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['physical therapy', 'physical therapist'],
  },
  {
    id: 'acupuncture-acupressure',
    label: REMEDY_LABELS['acupuncture-acupressure'],
    group: 'hands-on',
    isMedication: false,
    description:
      'Treatment with very fine needles (acupuncture) or firm finger pressure (acupressure) on set points.',
    sources: ['000', '001', '002'],
    keywords: ['acupuncture', 'acupressure'],
  },
  {
    id: 'chiropractic',
    label: REMEDY_LABELS['chiropractic'],
    group: 'hands-on',
    isMedication: false,
    description: 'A visit to a chiropractor for hands-on treatment of the spine and nearby muscles.',
    sources: ['001', '002'],
    keywords: ['chiropractic', 'chiropractor'],
  },
  {
    id: 'sleep-position',
    label: REMEDY_LABELS['sleep-position'],
    group: 'rest',
    isMedication: false,
    description:
      'A change to how you sleep, such as lying on your back or side, or a more supportive pillow or mattress.',
    sources: ['001', '002'],
    keywords: ['sleeping position', 'pillow', 'mattress', 'mattresses'],
  },
  {
    id: 'otc-pain-reliever',
    label: REMEDY_LABELS['otc-pain-reliever'],
    group: 'medication',
    isMedication: true,
    description: 'A pain reliever bought without a prescription; you can note the name and dose you took.',
    sources: ['000', '001', '003', '004'],
    keywords: ['over-the-counter', 'ibuprofen', 'naproxen', 'acetaminophen', 'nsaids'],
  },
  {
    id: 'topical-analgesic',
    label: REMEDY_LABELS['topical-analgesic'],
    group: 'medication',
    isMedication: true,
    description: 'A cream, gel or patch put on the skin over the sore area; you can note what you used.',
    sources: ['000', '001'],
    keywords: ['topical analgesics', 'menthol', 'capsaicin'],
  },
  {
    id: 'prescribed-medication',
    label: REMEDY_LABELS['prescribed-medication'],
    group: 'medication',
    isMedication: true,
    description: 'A medicine a clinician prescribed for you; you can note its name and dose.',
    sources: [],
    keywords: [],
    note: 'From the medication policy in the seeds README: the user records what a clinician prescribed, and the catalog never names a prescription drug. The one document that speaks of prescribed medicine (003) does so in an advertisement, so it is not cited.',
  },
] as const satisfies readonly Remedy[];

export const REMEDIES: readonly Remedy[] = REMEDY_ENTRIES;
