/**
 * Matching the words other trackers use for where it hurt and what it felt like to the journal's body
 * regions and pain qualities.
 *
 * A value is compared after lower-casing, turning punctuation and underscores into spaces and dropping
 * filler words ("the", "my", "pain", "area"…), with its words in any order: "Upper back", "back (upper)",
 * "UPPER_BACK" and "upper-back pain" are the same value. A side ("left", "right", "L", "R") picks that
 * side of a region that has two; a value naming such a region without a side means both sides, and the
 * preview shows that, so the person can choose one side instead. A value that matches nothing is returned
 * as unmatched: the caller keeps its text in the notes unless the person maps it.
 */
import type { BodyRegionId, PainQualityId } from '../taxonomy';
import { BODY_REGIONS, PAIN_QUALITIES } from '../taxonomy';

/** Cells may list several: "neck, left shoulder", "[NECK_BACK, CHEST_LEFT]", "neck / shoulders", "neck and ribs". */
export function splitValues(cell: string): string[] {
  return cell
    .replace(/^\s*\[|\]\s*$/g, '')
    .split(/[,;|/+&]|\s+and\s+(?!needles\b)/i) // "pins and needles" is one value
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const FILLER = new Set([
  'and',
  'the',
  'my',
  'of',
  'in',
  'on',
  'pain',
  'pains',
  'area',
  'region',
  'side',
  'a',
  'feeling',
]);
const LEFT = new Set(['left', 'l', 'links']);
const RIGHT = new Set(['right', 'r', 'rechts']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word));
}

/** The form values are compared in (and the key the person's choices are stored under): "back upper". */
export function valueKey(text: string): string {
  return [...new Set(words(text))].sort().join(' ');
}

type Family = { ids: readonly BodyRegionId[] } | { left: BodyRegionId; right: BodyRegionId };

const FAMILIES: readonly (readonly [Family, readonly string[]])[] = [
  [{ ids: ['neck'] }, ['neck', 'cervical', 'nape', 'neck back']],
  [
    { left: 'upper-trapezius-left', right: 'upper-trapezius-right' },
    ['trapezius', 'traps', 'trap', 'upper trapezius', 'upper traps'],
  ],
  [
    { ids: ['between-shoulder-blades'] },
    [
      'between shoulder blades',
      'between shoulder blade',
      'between shoulderblades',
      'between blades',
      'interscapular',
      'mid scapular',
    ],
  ],
  [
    { left: 'shoulder-blade-left', right: 'shoulder-blade-right' },
    [
      'shoulder blade',
      'shoulder blades',
      'shoulderblade',
      'shoulderblades',
      'scapula',
      'scapulae',
      'scapular',
    ],
  ],
  [
    { ids: ['thoracic-spine'] },
    [
      'upper back',
      'middle back',
      'mid back',
      'midback',
      'upperback',
      'middle upper back',
      'thoracic',
      'thoracic spine',
      'upper spine',
      'back upper',
    ],
  ],
  [{ left: 'ribs-left', right: 'ribs-right' }, ['ribs', 'rib', 'rib cage', 'ribcage', 'flank']],
  [{ left: 'shoulder-left', right: 'shoulder-right' }, ['shoulder', 'shoulders']],
  [{ left: 'arm-left', right: 'arm-right' }, ['arm', 'arms', 'upper arm', 'lower arm', 'forearm', 'elbow']],
  [{ ids: ['chest'] }, ['chest', 'breastbone', 'sternum', 'pectoral', 'pecs']],
];

const FAMILY_BY_KEY: ReadonlyMap<string, Family> = new Map(
  FAMILIES.flatMap(([family, synonyms]) => synonyms.map((synonym) => [valueKey(synonym), family] as const)),
);

/** The catalog's own labels, short labels and ids, compared the same way. */
const REGION_BY_KEY: ReadonlyMap<string, BodyRegionId> = new Map(
  BODY_REGIONS.flatMap((region) =>
    [region.id, region.label, region.shortLabel].map((text) => [valueKey(text), region.id] as const),
  ),
);

/** The body regions a value names (one, or both sides), or null when it names none. */
export function matchRegions(text: string): BodyRegionId[] | null {
  const key = valueKey(text);
  if (key === '') return null;
  const exact = REGION_BY_KEY.get(key);
  if (exact !== undefined) return [exact];
  const all = key.split(' ');
  const isLeft = all.some((word) => LEFT.has(word));
  const isRight = all.some((word) => RIGHT.has(word));
  const rest = all.filter((word) => !LEFT.has(word) && !RIGHT.has(word)).join(' ');
  const family = FAMILY_BY_KEY.get(rest);
  if (family === undefined) return null;
  if ('ids' in family) return [...family.ids];
  if (isLeft === isRight) return [family.left, family.right];
  return [isLeft ? family.left : family.right];
}

const QUALITY_SYNONYMS: readonly (readonly [PainQualityId, readonly string[]])[] = [
  ['dull-ache', ['dull', 'ache', 'aching', 'achy', 'dull ache', 'sore', 'soreness', 'nagging', 'dumpf']],
  ['sharp-stabbing', ['sharp', 'stabbing', 'stab', 'shooting', 'piercing', 'knife', 'stechend']],
  ['stiffness', ['stiff', 'stiffness', 'tight', 'tightness', 'stiff tight', 'rigid']],
  ['spasm-cramp', ['spasm', 'spasms', 'cramp', 'cramps', 'cramping', 'knot', 'knots', 'twitching']],
  ['tenderness', ['tender', 'tenderness', 'tender touch', 'bruised']],
  ['burning', ['burning', 'burn', 'hot', 'brennend']],
  ['spreading', ['spreading', 'radiating', 'radiates', 'spreads', 'travelling', 'traveling']],
  [
    'numbness-tingling',
    ['numb', 'numbness', 'tingling', 'tingly', 'pins needles', 'numbness tingling', 'prickling'],
  ],
  ['weakness', ['weak', 'weakness']],
];

const QUALITY_BY_KEY: ReadonlyMap<string, PainQualityId> = new Map([
  ...QUALITY_SYNONYMS.flatMap(([id, synonyms]) => synonyms.map((s) => [valueKey(s), id] as const)),
  ...PAIN_QUALITIES.flatMap((q) => [q.id, q.label].map((text) => [valueKey(text), q.id] as const)),
]);

/** The pain quality a value names, or null when it names none. */
export function matchQuality(text: string): PainQualityId[] | null {
  const id = QUALITY_BY_KEY.get(valueKey(text));
  return id === undefined ? null : [id];
}

/** One value found in a location or pain-type column: how often, and what it matches on its own. */
export interface DistinctValue<Id extends string> {
  /** The value as first written in the file. */
  text: string;
  /** valueKey(text): the person's choice for it is stored under this. */
  key: string;
  /** How many times it appears (a cell listing it twice counts once). */
  count: number;
  /** The automatic match, or null when it matches nothing. */
  match: Id[] | null;
}

/**
 * Each distinct value in the given columns once, with its count: values that match nothing first (they
 * need the person's eye), then the most frequent. `includeRow` leaves out rows a preset does not import.
 */
export function distinctValues<Id extends string>(
  rows: readonly (readonly string[])[],
  columns: readonly number[],
  match: (text: string) => Id[] | null,
  includeRow?: (cells: readonly string[]) => boolean,
): DistinctValue<Id>[] {
  const found = new Map<string, DistinctValue<Id>>();
  for (const cells of rows) {
    if (includeRow && !includeRow(cells)) continue;
    const inRow = new Set<string>();
    for (const column of columns) {
      for (const text of splitValues(cells[column] ?? '')) {
        const key = valueKey(text);
        if (key === '' || inRow.has(key)) continue;
        inRow.add(key);
        const value = found.get(key);
        if (value) value.count += 1;
        else found.set(key, { text, key, count: 1, match: match(text) });
      }
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      Number(a.match !== null) - Number(b.match !== null) ||
      b.count - a.count ||
      a.text.localeCompare(b.text),
  );
}

/** What a value can be saved as: one catalog entry, or both sides of a region that has two. */
export interface CatalogTarget<Id extends string> {
  ids: Id[];
  label: string;
}

const BOTH_SIDES: Readonly<Record<string, string>> = {
  'upper-trapezius': 'Upper trapezius, both sides',
  'shoulder-blade': 'Shoulder blades, both sides',
  ribs: 'Ribs, both sides',
  shoulder: 'Both shoulders',
  arm: 'Both arms (spreading into the arms)',
};

/** Every body region, then each pair of sides, for the person's choice of what a value means. */
export function regionTargets(): CatalogTarget<BodyRegionId>[] {
  const singles = BODY_REGIONS.map((region) => ({ ids: [region.id], label: region.label }));
  const pairs = BODY_REGIONS.flatMap((region) => {
    if (region.side !== 'left') return [];
    const base = region.id.replace(/-left$/, '');
    const right = BODY_REGIONS.find((r) => r.id === `${base}-right`);
    const label = BOTH_SIDES[base];
    return right && label ? [{ ids: [region.id, right.id], label }] : [];
  });
  return [...singles, ...pairs];
}

/** Every pain quality, for the person's choice of what a value means. */
export function qualityTargets(): CatalogTarget<PainQualityId>[] {
  return PAIN_QUALITIES.map((quality) => ({ ids: [quality.id], label: quality.label }));
}
