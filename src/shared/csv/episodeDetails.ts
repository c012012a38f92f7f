/**
 * Triggers and remedies in the journal CSV's compact form (see ./compactList), one list per cell:
 *
 *   workout;type=rowing;effort=8;id=…|stress;level=7;id=…|other;note=lifting boxes;id=…
 *   heat;before=7;after=4;minutes=30;id=…|otc-pain-reliever;name=Ibuprofen;dose=200 mg;id=…
 *
 * A detail that is not recorded (null) is left out; 0 is written as 0. Decoding only shapes the values:
 * the episode schema checks them afterwards.
 */
import type { RemedyTried, Trigger, TriggerKind } from '../model';
import { isRemedyId, isTriggerKindId } from '../taxonomy';
import { decodeCompactList, encodeCompactList } from './compactList';
import type { CompactItem } from './compactList';

interface FieldSpec {
  /** The key in the CSV. */
  readonly key: string;
  /** The property of the trigger or remedy. */
  readonly prop: string;
  readonly type: 'number' | 'text';
}

const TRIGGER_FIELDS: Readonly<Record<TriggerKind, readonly FieldSpec[]>> = {
  workout: [
    { key: 'type', prop: 'workoutType', type: 'text' },
    { key: 'effort', prop: 'effort', type: 'number' },
  ],
  stress: [{ key: 'level', prop: 'level', type: 'number' }],
  withdrawal: [
    { key: 'substance', prop: 'substance', type: 'text' },
    { key: 'day', prop: 'dayNumber', type: 'number' },
  ],
  posture: [
    { key: 'hours', prop: 'deskHours', type: 'number' },
    { key: 'position', prop: 'position', type: 'text' },
  ],
  dehydration: [],
  'poor-sleep': [],
  injury: [],
  other: [],
};

const REMEDY_FIELDS: readonly FieldSpec[] = [
  { key: 'name', prop: 'medicationName', type: 'text' },
  { key: 'dose', prop: 'dose', type: 'text' },
  { key: 'before', prop: 'painBefore', type: 'number' },
  { key: 'after', prop: 'painAfter', type: 'number' },
  { key: 'minutes', prop: 'minutesAfter', type: 'number' },
];

function valueOf(record: Readonly<Record<string, unknown>>, prop: string): string | number | null {
  const value = record[prop];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function fieldsOf(
  record: Readonly<Record<string, unknown>>,
  specs: readonly FieldSpec[],
  note: string | null,
  id: string,
): [string, string | number | null][] {
  return [
    ...specs.map((spec): [string, string | number | null] => [spec.key, valueOf(record, spec.prop)]),
    ['note', note === '' ? null : note],
    ['id', id],
  ];
}

export function triggersToCell(triggers: readonly Trigger[]): string {
  return encodeCompactList(
    triggers.map((trigger) => ({
      kind: trigger.kind,
      fields: fieldsOf(trigger, TRIGGER_FIELDS[trigger.kind], trigger.note, trigger.id),
    })),
  );
}

export function remediesToCell(remedies: readonly RemedyTried[]): string {
  return encodeCompactList(
    remedies.map((remedy) => ({
      kind: remedy.kind,
      fields: fieldsOf(remedy, REMEDY_FIELDS, null, remedy.id),
    })),
  );
}

export type DetailsResult = { ok: true; values: Record<string, unknown>[] } | { ok: false; message: string };

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** Shapes one decoded item into an object for the schema, or says what is wrong with it. */
function itemToObject(
  item: CompactItem,
  specs: readonly FieldSpec[],
  allowNote: boolean,
  newId: (() => string) | undefined,
): Record<string, unknown> | string {
  const object: Record<string, unknown> = { kind: item.kind };
  for (const spec of specs) object[spec.prop] = null;
  if (allowNote) object.note = '';
  for (const [key, value] of item.fields) {
    const spec = specs.find((candidate) => candidate.key === key);
    if (key === 'id') object.id = value;
    else if (key === 'note' && allowNote) object.note = value;
    else if (spec === undefined) return `${item.kind} has an unknown detail "${key}"`;
    else if (spec.type === 'text') object[spec.prop] = value;
    else if (NUMBER.test(value)) object[spec.prop] = Number(value);
    else return `${item.kind} ${key} "${value}" is not a number`;
  }
  if (object.id === undefined) {
    if (newId === undefined) return `${item.kind} has no id`;
    object.id = newId();
  }
  return object;
}

function decodeDetails(
  cell: string,
  specsOf: (kind: string) => readonly FieldSpec[] | string,
  allowNote: boolean,
  newId: (() => string) | undefined,
): DetailsResult {
  const decoded = decodeCompactList(cell);
  if (!decoded.ok) return decoded;
  const values: Record<string, unknown>[] = [];
  for (const item of decoded.items) {
    const specs = specsOf(item.kind);
    if (typeof specs === 'string') return { ok: false, message: specs };
    const object = itemToObject(item, specs, allowNote, newId);
    if (typeof object === 'string') return { ok: false, message: object };
    values.push(object);
  }
  return { ok: true, values };
}

export function triggersFromCell(cell: string, newId?: () => string): DetailsResult {
  return decodeDetails(
    cell,
    (kind) => (isTriggerKindId(kind) ? TRIGGER_FIELDS[kind] : `"${kind}" is not a kind of trigger`),
    true,
    newId,
  );
}

export function remediesFromCell(cell: string, newId?: () => string): DetailsResult {
  return decodeDetails(
    cell,
    (kind) => (isRemedyId(kind) ? REMEDY_FIELDS : `"${kind}" is not a remedy the journal knows`),
    false,
    newId,
  );
}
