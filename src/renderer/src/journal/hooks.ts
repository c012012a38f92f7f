/** Live reads for the screens: each returns undefined while loading and updates after every save. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Measure, PsfsActivity } from '@shared/measures';
import type { OwnFactor } from '@shared/ownFactors';
import type { Settings } from '@shared/settings';
import { useJournal } from './JournalContext';

export { useCheckIns, useWithdrawalPeriods } from './JournalContext';
import { listActivities, listMeasures } from './measureReads';
import { listOwnFactors } from './ownFactorReads';
import { getSettings } from './settingsReads';

export function useSettings(): Settings | undefined {
  const db = useJournal();
  return useLiveQuery(() => getSettings(db), [db]);
}

export function useMeasures(): Measure[] | undefined {
  const db = useJournal();
  return useLiveQuery(() => listMeasures(db), [db]);
}

export function usePsfsActivities(): PsfsActivity[] | undefined {
  const db = useJournal();
  return useLiveQuery(() => listActivities(db), [db]);
}

/** Every own factor, archived ones included (see listOwnFactors); filter with activeOwnFactors to show. */
export function useOwnFactors(): OwnFactor[] | undefined {
  const db = useJournal();
  return useLiveQuery(() => listOwnFactors(db), [db]);
}
