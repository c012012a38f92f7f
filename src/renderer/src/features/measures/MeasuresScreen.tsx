import { calendarDayOf } from '@shared/dates';
import { TIME_ZONE, useNow } from '../../clock';
import { useCheckIns, useMeasures, usePsfsActivities } from '../../journal/hooks';
import { useEpisodes } from '../../journal/JournalContext';
import { PainTrendSection } from './PainTrendSection';
import { Peg3Section } from './Peg3Section';
import { PsfsSection } from './PsfsSection';

interface MeasuresScreenProps {
  onSaved: (message: string) => void;
}

/** The measures a physiotherapist uses: pain ratings, PSFS and PEG-3, each with its change over time. */
export function MeasuresScreen({ onSaved }: MeasuresScreenProps) {
  const now = useNow();
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  const measures = useMeasures();
  const activities = usePsfsActivities();
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  if (!measures || !activities || !episodes || !checkIns)
    return <p className="loading">Opening your measures…</p>;
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">Measures</h2>
      <p>
        The same measures physiotherapists use, so you can both see whether things are changing. PSFS and
        PEG-3 are re-rated once a week.
      </p>
      <PainTrendSection episodes={episodes} checkIns={checkIns} today={today} now={now} />
      <PsfsSection measures={measures} activities={activities} today={today} onSaved={onSaved} />
      <Peg3Section measures={measures} today={today} onSaved={onSaved} />
    </section>
  );
}
