/**
 * Importing episodes from another app's CSV file. The mapped episodes have ids worked out from each row's
 * content, so an episode an earlier import brought in has the same id now: it is counted as already in
 * the journal and left as it is (the person may have edited it since), and only the rest are written.
 */
import { emptyTables } from '@shared/backup';
import type { CsvImportCounts } from '@shared/csv';
import type { Episode } from '@shared/model';
import type { JournalDatabase } from '../db/database';
import type { ImportCounts } from './backup';
import { restoreBackup, type RestoreContext } from './restore';

export interface CsvImportPlan extends CsvImportCounts {
  /** The episodes to add: those not yet in the journal. */
  newEpisodes: Episode[];
}

/** Which of the mapped episodes are new. Deleted episodes count as in the journal: they stay deleted. */
export async function planCsvImport(
  db: JournalDatabase,
  episodes: readonly Episode[],
): Promise<CsvImportPlan> {
  const stored = await db.episodes.bulkGet(episodes.map((e) => e.id));
  const newEpisodes = episodes.filter((_episode, index) => stored[index] === undefined);
  const deletedCount = stored.filter((row) => row !== undefined && row.deletedAt !== null).length;
  return {
    newEpisodes,
    newCount: newEpisodes.length,
    alreadyCount: episodes.length - newEpisodes.length,
    deletedCount,
  };
}

/** Adds the plan's new episodes in one transaction, after keeping a restore point. */
export function importCsvEpisodes(
  context: RestoreContext,
  plan: CsvImportPlan,
  fileName: string,
): Promise<ImportCounts> {
  const count = plan.newEpisodes.length;
  return restoreBackup(
    context,
    { ...emptyTables(), episodes: plan.newEpisodes },
    'merge',
    `Imported ${count} ${count === 1 ? 'episode' : 'episodes'} from “${fileName}”`,
  );
}
