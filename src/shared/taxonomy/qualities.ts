/** What the pain feels like. The ids are stored in journal entries: never rename or reorder them. */
import type { Citation } from './sources';

export const PAIN_QUALITY_IDS = [
  'dull-ache',
  'sharp-stabbing',
  'stiffness',
  'spasm-cramp',
  'tenderness',
  'burning',
  'spreading',
  'numbness-tingling',
  'weakness',
] as const;
export type PainQualityId = (typeof PAIN_QUALITY_IDS)[number];

export type PainQuality = {
  readonly id: PainQualityId;
  readonly label: string;
  readonly description: string;
} & Citation;

const QUALITIES = [
  {
    id: 'dull-ache',
    label: 'Dull ache',
    description: 'A steady, low-level ache that lingers, often felt between the shoulder blades.',
    sources: ['000', '003'],
    keywords: ['dull', 'aching'],
  },
  {
    id: 'sharp-stabbing',
    label: 'Sharp or stabbing',
    description: 'A sudden, sharp pain, often when you move, turn or reach.',
    sources: ['000', '001'],
    keywords: ['stabbing'],
  },
  {
    id: 'stiffness',
    label: 'Stiff or tight',
    description: 'The muscles feel tight and turning or bending is harder than usual.',
    sources: ['000', '001', '002', '003', '004'],
    keywords: ['stiffness'],
  },
  {
    id: 'spasm-cramp',
    label: 'Spasm or cramp',
    description: 'A muscle tightens by itself and may take a while to let go.',
    sources: ['000', '001', '003', '004'],
    keywords: ['spasms', 'cramps'],
  },
  {
    id: 'tenderness',
    label: 'Tender to touch',
    description: 'The spot hurts when pressed, and may feel sore or a little swollen.',
    sources: ['000', '001'],
    keywords: ['tenderness'],
  },
  {
    id: 'burning',
    label: 'Burning',
    description: 'A hot or burning feeling in the muscle or skin.',
    sources: [],
    keywords: [],
    note: 'Not named in the source documents; a common way people describe pain, so it can be recorded.',
  },
  {
    id: 'spreading',
    label: 'Spreading',
    description: 'The pain travels out from the upper back, toward the neck, shoulders, arms, ribs or chest.',
    sources: ['000', '001', '003', '004'],
    keywords: ['radiating', 'radiate', 'spreads'],
  },
  {
    id: 'numbness-tingling',
    label: 'Numbness or tingling',
    description: 'Pins and needles, or less feeling than usual, for example in an arm or hand.',
    sources: ['000', '002'],
    keywords: ['numbness', 'tingling'],
  },
  {
    id: 'weakness',
    label: 'Weakness',
    description: 'The muscles feel weaker than usual or tire quickly.',
    sources: ['001', '002'],
    keywords: ['weakness'],
  },
] as const satisfies readonly PainQuality[];

export const PAIN_QUALITIES: readonly PainQuality[] = QUALITIES;
