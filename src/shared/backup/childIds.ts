/**
 * Triggers and remedies are stored in tables of their own, one row per id, whichever episode they belong
 * to. Two with the same id would become one row, and the later would take the place of the earlier
 * without a word: an episode would lose a trigger or remedy. So a backup that repeats an id is refused,
 * naming each repeat.
 */
import type { Episode } from '../model';
import { remedyById, triggerKindById } from '../taxonomy';

interface ChildIdProblem {
  /** 1-based row in the file's episodes table. */
  row: number;
  message: string;
}

interface Child {
  id: string;
  label: string;
}

type ChildWords = 'trigger' | 'remedy';

function repeatsOf(
  word: ChildWords,
  episodes: readonly { row: number; children: readonly Child[] }[],
): ChildIdProblem[] {
  const firstSeen = new Map<string, { row: number; position: number }>();
  const problems: ChildIdProblem[] = [];
  for (const { row, children } of episodes) {
    children.forEach((child, index) => {
      const position = index + 1;
      const first = firstSeen.get(child.id);
      if (first === undefined) {
        firstSeen.set(child.id, { row, position });
        return;
      }
      const other =
        first.row === row
          ? `its ${word} ${first.position}`
          : `${word} ${first.position} of episode ${first.row}`;
      problems.push({
        row,
        message: `Episode ${row}: its ${word} ${position} (${child.label}) has the same id as ${other}, so one of them would be lost.`,
      });
    });
  }
  return problems;
}

/**
 * Every trigger id and remedy id that repeats one seen before, in file order. `rows` gives each
 * episode's row number in the file.
 */
export function repeatedChildIds(episodes: readonly Episode[], rows: readonly number[]): ChildIdProblem[] {
  const rowOf = (index: number) => rows[index] ?? index + 1;
  return [
    ...repeatsOf(
      'trigger',
      episodes.map((episode, index) => ({
        row: rowOf(index),
        children: episode.triggers.map((t) => ({ id: t.id, label: triggerKindById(t.kind).label })),
      })),
    ),
    ...repeatsOf(
      'remedy',
      episodes.map((episode, index) => ({
        row: rowOf(index),
        children: episode.remedies.map((r) => ({ id: r.id, label: remedyById(r.kind).label })),
      })),
    ),
  ].sort((a, b) => a.row - b.row);
}
