/** What the Trends screen and the trends worker say to each other. */
import type { DayRange, TrendsJournal, TrendsView } from '@shared/trends';

export type TrendsWorkerRequest =
  | { type: 'journal'; generation: number; journal: TrendsJournal }
  | { type: 'views'; generation: number; ranges: DayRange[]; timeZone: string };

export interface TrendsWorkerReply {
  generation: number;
  key: string;
  view: TrendsView;
}
