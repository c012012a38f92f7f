import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '../../../src/renderer/src/db/database';
import { getEpisode, saveEpisode } from '../../../src/renderer/src/journal/episodes';
import { answerFollowUp, dismissFollowUp, snoozeFollowUp } from '../../../src/renderer/src/journal/followUps';
import { readAllTables } from '../../../src/renderer/src/journal/backup';
import { readBackup, serializeBackup } from '../../../src/shared/backup';
import type { EpisodeInput } from '../../../src/shared/model';

let db: JournalDatabase;
let idCounter = 0;
const newId = () => {
  idCounter += 1;
  return `cccccccc-0000-4000-8000-${String(idCounter).padStart(12, '0')}`;
};

const loggedAt = new Date('2026-11-20T14:05:00.000Z');
const hourLater = new Date('2026-11-20T15:05:00.000Z');

function quickLogged(patch: Partial<EpisodeInput> = {}): EpisodeInput {
  return {
    startedAt: '2026-11-20T13:35:00.000Z',
    endedAt: null,
    intensity: 6,
    regions: [],
    qualities: [],
    triggers: [],
    remedies: [
      {
        id: 'dddddddd-0000-4000-8000-000000000001',
        kind: 'heat',
        medicationName: null,
        dose: null,
        painBefore: null,
        painAfter: null,
        minutesAfter: null,
      },
    ],
    redFlags: [],
    notes: '',
    ...patch,
  };
}

beforeEach(async () => {
  db = new JournalDatabase(`follow-ups-${Math.random()}`);
  await db.open();
});
afterEach(() => db.close());

describe('answering a follow-up', () => {
  it('stores the answer, ends the episode when it stopped and rates the remedy, in one write', async () => {
    const saved = await saveEpisode(db, quickLogged(), { now: loggedAt, newId });
    const write = await answerFollowUp(
      db,
      saved.id,
      { pain: 0, stopped: true, at: hourLater.toISOString(), answeredAt: hourLater.toISOString() },
      hourLater,
    );
    expect(write.ok).toBe(true);
    const stored = await getEpisode(db, saved.id);
    expect(stored?.endedAt).toBe('2026-11-20T15:05:00.000Z');
    expect(stored?.followUp).toMatchObject({ pain: 0, stopped: true, painBefore: 6, minutesAfter: 60 });
    expect(stored?.remedies).toEqual([
      expect.objectContaining({ kind: 'heat', painBefore: 6, painAfter: 0, minutesAfter: 60 }),
    ]);
  });

  it('takes only the first of two answers from two windows', async () => {
    const saved = await saveEpisode(db, quickLogged(), { now: loggedAt, newId });
    const other = new JournalDatabase(db.name);
    await other.open();
    const answer = (pain: number) => ({
      pain,
      stopped: false,
      at: hourLater.toISOString(),
      answeredAt: hourLater.toISOString(),
    });
    const [first, second] = await Promise.all([
      answerFollowUp(db, saved.id, answer(3), hourLater),
      answerFollowUp(other, saved.id, answer(5), hourLater),
    ]);
    other.close();
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    const stored = await getEpisode(db, saved.id);
    const winner = first.ok ? 3 : 5;
    expect(stored?.followUp?.pain).toBe(winner);
    expect(stored?.remedies[0]?.painAfter).toBe(winner);
  });

  it('does nothing to a dismissed follow-up, and a snooze is kept', async () => {
    const saved = await saveEpisode(db, quickLogged(), { now: loggedAt, newId });
    await snoozeFollowUp(db, saved.id, new Date('2026-11-20T15:20:00.000Z'), hourLater);
    expect((await getEpisode(db, saved.id))?.followUpSnoozedUntil).toBe('2026-11-20T15:20:00.000Z');
    await dismissFollowUp(db, saved.id, hourLater);
    const write = await answerFollowUp(
      db,
      saved.id,
      { pain: 2, stopped: false, at: hourLater.toISOString(), answeredAt: hourLater.toISOString() },
      hourLater,
    );
    expect(write.ok).toBe(false);
    const stored = await getEpisode(db, saved.id);
    expect(stored?.followUp).toBeNull();
    expect(stored?.followUpDismissedAt).toBe(hourLater.toISOString());
  });

  it('keeps the follow-up when the episode form saves an edit afterwards', async () => {
    const saved = await saveEpisode(db, quickLogged(), { now: loggedAt, newId });
    const answered = await answerFollowUp(
      db,
      saved.id,
      { pain: 3, stopped: false, at: hourLater.toISOString(), answeredAt: hourLater.toISOString() },
      hourLater,
    );
    if (!answered.ok) throw new Error('expected the answer to be saved');
    // The form's input never holds the follow-up fields.
    const {
      followUp: _f,
      followUpSnoozedUntil: _s,
      followUpDismissedAt: _d,
      ...formInput
    } = answered.episode;
    await saveEpisode(db, { ...formInput, notes: 'Edited later' }, { now: hourLater, newId });
    const stored = await getEpisode(db, saved.id);
    expect(stored?.notes).toBe('Edited later');
    expect(stored?.followUp).toMatchObject({ pain: 3 });
  });

  it('goes into a backup and comes back from it whole', async () => {
    const saved = await saveEpisode(db, quickLogged(), { now: loggedAt, newId });
    await answerFollowUp(
      db,
      saved.id,
      { pain: 4, stopped: false, at: hourLater.toISOString(), answeredAt: hourLater.toISOString() },
      hourLater,
    );
    const tables = await readAllTables(db);
    const text = serializeBackup(tables, { appVersion: '0.1.0', exportedAt: hourLater.toISOString() });
    const read = readBackup(text);
    if (read.status !== 'readable') throw new Error('expected the backup to read');
    expect(read.problems).toEqual([]);
    expect(read.tables.episodes).toEqual(tables.episodes);
    expect(read.tables.episodes[0]?.followUp).toMatchObject({ pain: 4, minutesAfter: 60 });
  });
});
