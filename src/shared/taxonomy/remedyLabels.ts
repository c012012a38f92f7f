/**
 * Each remedy's name as the journal writes it. On their own, so the journal's history cards, which only
 * name what was tried, need not load the catalog's descriptions and sources (src/shared/taxonomy/remedies.ts
 * takes its labels from here).
 */
import type { RemedyId } from './remedies';

export const REMEDY_LABELS = {
  water: 'Water',
  'electrolyte-drink': 'Electrolyte drink',
  'magnesium-food': 'Magnesium-rich food',
  'shoulder-rolls': 'Shoulder rolls',
  'neck-stretches': 'Neck stretches',
  'cat-cow': 'Cat-cow',
  'thoracic-extension': 'Thoracic extension',
  'chest-opening-stretch': 'Chest-opening stretch',
  walking: 'Walking or light exercise',
  strengthening: 'Strengthening exercises',
  'foam-rolling': 'Foam rolling',
  heat: 'Heat',
  cold: 'Ice or cold pack',
  'posture-correction': 'Posture correction',
  'ergonomic-change': 'Ergonomic change',
  'sitting-break': 'Break from sitting',
  rest: 'Rest',
  'deep-breathing': 'Deep breathing',
  meditation: 'Meditation',
  'progressive-muscle-relaxation': 'Progressive muscle relaxation',
  'guided-imagery': 'Guided imagery',
  'yoga-tai-chi': 'Yoga or tai chi',
  massage: 'Massage',
  'physical-therapy': 'Physical therapy session',
  'acupuncture-acupressure': 'Acupuncture or acupressure',
  chiropractic: 'Chiropractic care',
  'sleep-position': 'Sleep position, pillow or mattress',
  'otc-pain-reliever': 'Over-the-counter pain reliever (e.g. ibuprofen, naproxen, acetaminophen)',
  'topical-analgesic': 'Topical analgesic (menthol, capsaicin)',
  'prescribed-medication': 'Medication prescribed to you',
} as const satisfies Record<RemedyId, string>;
