/**
 * Matching the words other trackers use for triggers and remedies to the journal's catalog.
 *
 * A text matches when it is a catalog id or label (any case), or else by the first keyword rule that fits,
 * in the order listed. Triggers that match nothing become 'other' with the text as the note; remedies that
 * match nothing are returned as unmatched so the caller can keep the text in the episode's notes.
 */
import type { RemedyId, TriggerKindId } from '../taxonomy';
import { REMEDIES, REMEDY_IDS, TRIGGER_KIND_IDS, TRIGGER_KINDS } from '../taxonomy';

/** Cells may list several: "gym, stress" or "Heat; Ibuprofen 200 mg" or "heat|ice". */
export function splitList(cell: string): string[] {
  return cell
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

const TRIGGER_RULES: readonly (readonly [RegExp, TriggerKindId])[] = [
  [/withdraw/i, 'withdrawal'],
  [/dehydrat|water/i, 'dehydration'],
  [/sleep/i, 'poor-sleep'],
  [/\bfall|\bfell\b|injur|accident/i, 'injury'],
  [/posture|desk|sitting/i, 'posture'],
  [/stress|anxi/i, 'stress'],
  [/\bgym|workout|work out|exercis/i, 'workout'],
];

const MEDICATION = /ibuprofen|paracetamol|acetaminophen|naproxen|aspirin|pain ?killer|pain ?reliever/i;

const REMEDY_RULES: readonly (readonly [RegExp, RemedyId])[] = [
  [MEDICATION, 'otc-pain-reliever'],
  [/\bheat|\bhot\b|warm/i, 'heat'],
  [/\bice\b|\bcold\b/i, 'cold'],
  [/stretch/i, 'neck-stretches'],
  [/massage/i, 'massage'],
  [/\bwalk/i, 'walking'],
  [/\brest(ed|ing)?\b/i, 'rest'],
  [/yoga|tai chi/i, 'yoga-tai-chi'],
  [/meditat/i, 'meditation'],
  [/breath/i, 'deep-breathing'],
  [/physio|physical therap/i, 'physical-therapy'],
  [/foam/i, 'foam-rolling'],
  [/chiro/i, 'chiropractic'],
  [/acupunct|acupress/i, 'acupuncture-acupressure'],
];

function byIdOrLabel<Id extends string>(
  text: string,
  ids: readonly Id[],
  entries: readonly { readonly id: Id; readonly label: string }[],
): Id | null {
  const wanted = text.trim().toLowerCase();
  const id = ids.find((candidate) => candidate === wanted);
  if (id !== undefined) return id;
  return entries.find((entry) => entry.label.toLowerCase() === wanted)?.id ?? null;
}

function byRules<Id extends string>(text: string, rules: readonly (readonly [RegExp, Id])[]): Id | null {
  return rules.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The trigger kind a text names, or null when it names none (the caller records it as 'other'). */
export function matchTriggerKind(text: string): TriggerKindId | null {
  return byIdOrLabel(text, TRIGGER_KIND_IDS, TRIGGER_KINDS) ?? byRules(text, TRIGGER_RULES);
}

/**
 * True when the text is nothing but the catalog's own name for `kind` (its id or label, any case), so
 * saving the kind alone keeps everything it said. "after desk day" is a posture trigger, but not its name:
 * its words are kept as the trigger's note.
 */
export function isTriggerKindName(text: string, kind: TriggerKindId): boolean {
  return byIdOrLabel(text, TRIGGER_KIND_IDS, TRIGGER_KINDS) === kind;
}

/** True when the text is nothing but the catalog's own name for the remedy `kind` (its id or label). */
export function isRemedyName(text: string, kind: RemedyId): boolean {
  return byIdOrLabel(text, REMEDY_IDS, REMEDIES) === kind;
}

/** True when the text names an over-the-counter pain reliever by a generic name or "painkiller". */
export function isPainRelieverText(text: string): boolean {
  return MEDICATION.test(text);
}

/** The remedy a text names, or null when it names none. */
export function matchRemedy(text: string): RemedyId | null {
  return byIdOrLabel(text, REMEDY_IDS, REMEDIES) ?? byRules(text, REMEDY_RULES);
}
