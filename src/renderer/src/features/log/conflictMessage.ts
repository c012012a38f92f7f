import { formatClockTime } from '@shared/dates';
import type { CheckInConflict } from '../../journal/checkIns';
import type { EpisodeConflict } from '../../journal/episodeConflict';

export interface ConflictWords {
  /** What happened, said first (and announced). */
  message: string;
  /** That nothing is lost yet, and what the two choices mean. */
  hint: string;
  keepMine: string;
  /** The other choice: take the other version into the form, or leave the episode as it is. */
  other: string;
}

const NOTHING_LOST = 'Your changes aren’t saved yet, and everything you entered is still here.';

/** The plain words for a conflict. Clock times in the person's zone, as elsewhere in the app. */
export function conflictWords(
  conflict: Pick<EpisodeConflict, 'kind' | 'stored' | 'basedOn'>,
  timeZone: string,
  locale?: string,
): ConflictWords {
  switch (conflict.kind) {
    case 'changed': {
      const changedAt = conflict.stored?.updatedAt;
      // An older version put back (a restored backup) has no "after you opened it" time worth naming.
      const isLater =
        changedAt !== undefined &&
        (conflict.basedOn === null || Date.parse(changedAt) >= Date.parse(conflict.basedOn.updatedAt));
      return {
        message: isLater
          ? `This episode was changed in another window at ${formatClockTime(changedAt, { timeZone, locale })}, after you opened it.`
          : 'This episode was changed in another window after you opened it.',
        hint: `${NOTHING_LOST} You can save your version over the other one, or put the other version in this form instead of yours.`,
        keepMine: 'Save my version',
        other: 'Use the other version',
      };
    }
    case 'deleted':
      return {
        message: 'This episode was deleted in another window.',
        hint: `${NOTHING_LOST} You can keep the episode, with your changes, or leave it deleted.`,
        keepMine: 'Keep it, with my changes',
        other: 'Leave it deleted',
      };
    case 'missing':
      return {
        message:
          'This episode is no longer in your journal. A backup restored in another window may have replaced it.',
        hint: `${NOTHING_LOST} You can keep the episode, with your changes, or leave it out.`,
        keepMine: 'Keep it, with my changes',
        other: 'Leave it out',
      };
  }
}

/** The same for a day's check-in, which is never deleted: saved again elsewhere, or saved there first. */
export function checkInConflictWords(
  conflict: Pick<CheckInConflict, 'stored' | 'basedOn'>,
  timeZone: string,
  locale?: string,
): ConflictWords {
  const time = formatClockTime(conflict.stored.updatedAt, { timeZone, locale });
  return {
    message:
      conflict.basedOn === null
        ? `A check-in for this day was saved in another window at ${time}, after you opened this one.`
        : `This check-in was changed in another window at ${time}, after you opened it.`,
    hint: `${NOTHING_LOST} You can save your version over the other one, or put the other version in this form instead of yours.`,
    keepMine: 'Save my version',
    other: 'Use the other version',
  };
}
