/**
 * Writes for the "How is it now?" follow-up. Each reads the stored episode and writes it back in one
 * transaction, so an answer given in the quick-log window and one in the journal cannot both land: the
 * second finds the follow-up already answered and changes nothing.
 */
import { withFollowUpAnswer, type FollowUpAnswer } from '@shared/followUps';
import type { Episode } from '@shared/model';
import type { JournalDatabase } from '../db/database';
import { getEpisode, saveEpisode } from './episodes';

export type FollowUpWrite =
  | { ok: true; episode: Episode }
  /** Answered, dismissed or deleted meanwhile (another window, perhaps): nothing was written. */
  | { ok: false; episode: Episode | null };

async function change(
  db: JournalDatabase,
  id: string,
  now: Date,
  update: (stored: Episode) => Episode,
): Promise<FollowUpWrite> {
  return db.transaction('rw', db.episodes, db.episodeTriggers, db.remediesTried, async () => {
    const stored = await getEpisode(db, id);
    if (!stored || stored.deletedAt !== null || stored.followUp !== null || stored.followUpDismissedAt)
      return { ok: false, episode: stored ?? null } as const;
    const episode = await saveEpisode(db, update(stored), {
      now,
      newId: () => crypto.randomUUID(),
      basedOn: stored,
    });
    return { ok: true, episode } as const;
  });
}

export function answerFollowUp(
  db: JournalDatabase,
  id: string,
  answer: FollowUpAnswer,
  now: Date,
): Promise<FollowUpWrite> {
  return change(db, id, now, (stored) => withFollowUpAnswer(stored, answer));
}

export function snoozeFollowUp(
  db: JournalDatabase,
  id: string,
  until: Date,
  now: Date,
): Promise<FollowUpWrite> {
  return change(db, id, now, (stored) => ({ ...stored, followUpSnoozedUntil: until.toISOString() }));
}

export function dismissFollowUp(db: JournalDatabase, id: string, now: Date): Promise<FollowUpWrite> {
  return change(db, id, now, (stored) => ({ ...stored, followUpDismissedAt: now.toISOString() }));
}
