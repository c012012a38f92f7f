/**
 * Turns a schema problem into a sentence about the row, in the person's words: the field by the name the
 * app's screens give it ("Pain", "the end time"), never the file's key ("intensity", "endedAt"), and
 * what it should be. Ranges are read from the schema itself, so the words never drift from the check.
 */
import { z } from 'zod';

/** Field names as a person knows them, for every table's keys (camel case is split as a fallback). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'the id',
  startedAt: 'the start time',
  endedAt: 'the end time',
  intensity: 'pain',
  regions: 'where it hurt',
  qualities: 'what it felt like',
  triggers: 'the triggers',
  remedies: 'what was tried',
  redFlags: 'the warning signs',
  notes: 'the notes',
  createdAt: 'the time it was first saved',
  updatedAt: 'the time it was last changed',
  deletedAt: 'the time it was deleted',
  kind: 'the kind',
  note: 'the note',
  workoutType: 'the type of workout',
  effort: 'the effort',
  level: 'the stress level',
  substance: 'the substance',
  dayNumber: 'the withdrawal day',
  deskHours: 'the desk hours',
  position: 'the position',
  medicationName: 'the medication name',
  dose: 'the dose',
  painBefore: 'pain before',
  painAfter: 'pain after',
  minutesAfter: 'the minutes after',
  day: 'the day',
  sleepHours: 'the hours of sleep',
  sleepQuality: 'sleep quality',
  waterLitres: 'the water drunk',
  stress: 'stress',
  workout: 'the workout',
  workoutEffort: 'the workout effort',
  withdrawalSubstance: 'the withdrawal substance',
  withdrawalDay: 'the withdrawal day',
  overallPain: 'overall pain',
  takenAt: 'the time it was taken',
  ratings: 'the ratings',
  activityId: 'the activity',
  score: 'the score',
  pain: 'pain',
  enjoyment: 'enjoyment',
  activity: 'activity',
  name: 'the name',
  retiredAt: 'the time it was retired',
  quitDay: 'the day stopped',
  endDay: 'the end day',
  waterUnit: 'the water unit',
  checkInPromptHour: 'the check-in reminder hour',
};

/** What one item of a list is called: "trigger 2", "region 1". */
const ITEM_NOUNS: Readonly<Record<string, string>> = {
  triggers: 'trigger',
  remedies: 'remedy',
  regions: 'region',
  qualities: 'quality',
  redFlags: 'warning sign',
  ratings: 'rating',
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  array: 'a list',
  object: 'a set of fields',
  boolean: 'yes or no',
};

function labelOf(key: string): string {
  return FIELD_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * The field a path points to, in words: "pain", "region 1", "the effort (trigger 2)". A field inside
 * another is named with the one around it in brackets.
 */
function placeOf(path: readonly PropertyKey[]): string {
  const steps: string[] = [];
  let list = '';
  for (const part of path) {
    if (typeof part === 'number' && steps.length > 0) {
      steps[steps.length - 1] = `${ITEM_NOUNS[list] ?? 'item'} ${part + 1}`;
    } else {
      list = String(part);
      steps.push(labelOf(list));
    }
  }
  const field = steps[steps.length - 1];
  const around = steps[steps.length - 2];
  if (field === undefined) return 'this entry';
  return around === undefined ? field : `${field} (${around})`;
}

/** Labels that take "are". */
const PLURAL_LABELS: ReadonlySet<string> = new Set([
  'the notes',
  'the triggers',
  'the warning signs',
  'the ratings',
  'the desk hours',
  'the hours of sleep',
  'the minutes after',
]);

/** "is" or "are", for the field itself (not the one around it in brackets). */
function is(where: string): string {
  return PLURAL_LABELS.has(where.replace(/ \(.*\)$/, '')) ? 'are' : 'is';
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function unwrapped(schema: unknown): unknown {
  let current = schema;
  while (
    current instanceof z.ZodNullable ||
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault
  )
    current = current.unwrap();
  return current;
}

/** The schema a path points to, if it can be told (a union's field is taken from the option that has it). */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): unknown {
  let current: unknown = unwrapped(schema);
  for (const part of path) {
    if (current instanceof z.ZodArray && typeof part === 'number') current = current.element;
    else if (current instanceof z.ZodObject) current = current.shape[String(part)];
    else if (current instanceof z.ZodUnion) {
      const options: readonly unknown[] = current.options;
      const withField = options
        .map(unwrapped)
        .find((option) => option instanceof z.ZodObject && String(part) in option.shape);
      current = withField instanceof z.ZodObject ? withField.shape[String(part)] : undefined;
    } else return undefined;
    current = unwrapped(current);
  }
  return current;
}

/** "a whole number from 0 to 10", when the schema gives a range a person can use. */
function numberRange(schema: z.ZodType | undefined, path: readonly PropertyKey[]): string | null {
  const target = schema === undefined ? undefined : schemaAt(schema, path);
  if (!(target instanceof z.ZodNumber)) return null;
  const { minValue, maxValue, isInt } = target;
  if (minValue === null || maxValue === null || Math.abs(minValue) > 1e9 || Math.abs(maxValue) > 1e9)
    return null;
  return `${isInt ? 'a whole number' : 'a number'} from ${minValue} to ${maxValue}`;
}

/** Our schemas' own words for a failed check, as the rest of a sentence about the field. */
const CHECK_WORDS: Readonly<Record<string, string>> = {
  'not an id': 'not a valid id',
  'not a date and time': 'not a date and time',
  'not a day': 'not a date in the form yyyy-MM-dd',
};

/**
 * One sentence, starting with a capital and ending with a full stop. `schema` is the row's schema, used
 * to say which numbers a field takes.
 */
export function describeIssue(issue: z.core.$ZodIssue, schema?: z.ZodType): string {
  const where = placeOf(issue.path);
  const Where = capitalised(where);
  const verb = is(where);
  const range = numberRange(schema, issue.path);
  const shouldBe = (otherwise: string) => `${Where} should be ${range ?? otherwise}.`;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.path.length === 0) return 'This is not an entry the app can read.';
      if (issue.message.endsWith('received undefined')) return `${Where} ${verb} missing.`;
      if (issue.expected === 'number' || issue.expected === 'int')
        return shouldBe(TYPE_WORDS[issue.expected] ?? 'a number');
      return `${Where} should be ${TYPE_WORDS[issue.expected] ?? issue.expected}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `${Where} ${verb} too long: at most ${String(issue.maximum)} characters fit.`;
      if (issue.origin === 'array') {
        const noun = ITEM_NOUNS[String(issue.path[issue.path.length - 1])];
        const many = noun === 'remedy' ? 'remedies' : `${noun ?? 'item'}s`;
        return `There can be at most ${String(issue.maximum)} ${many}${noun === undefined ? ` in ${where}` : ''}.`;
      }
      return shouldBe(`at most ${String(issue.maximum)}`);
    case 'too_small':
      if (issue.origin === 'string') return `${Where} ${verb} empty.`;
      if (issue.origin === 'array') return `${Where} should have at least ${String(issue.minimum)}.`;
      return shouldBe(`at least ${String(issue.minimum)}`);
    case 'not_multiple_of':
      return shouldBe('a whole number');
    case 'invalid_value':
    case 'invalid_union':
      return `${Where} ${verb} not one the app knows.`;
    case 'invalid_format':
      return `${Where} ${verb} ${CHECK_WORDS[issue.message] ?? 'not in the expected form'}.`;
    case 'custom':
      // The one check across fields: an end before its start (episodes and withdrawal periods).
      if (issue.message === 'ends before it starts')
        return `${Where} ${verb} before ${issue.path[0] === 'endDay' ? 'the day stopped' : 'the start time'}.`;
      if (issue.message === 'listed twice')
        return `${Where} ${verb === 'are' ? 'list' : 'lists'} the same one twice.`;
      return `${Where} ${verb} ${CHECK_WORDS[issue.message] ?? issue.message}.`;
    default:
      return `${Where} ${verb} not valid.`;
  }
}
