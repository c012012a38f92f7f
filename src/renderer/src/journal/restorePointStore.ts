import { useLiveQuery } from 'dexie-react-hooks';
import { getRestorePoint, openRestorePoints, type RestorePoint } from './restorePoint';

/** The app's one restore-point database, opened on first use. */
export const restorePoints = openRestorePoints();

export function useRestorePoint(): RestorePoint | undefined | null {
  return useLiveQuery(async () => (await getRestorePoint(restorePoints)) ?? null, []);
}
