import type { Measure, Peg3Measure } from '@shared/measures';
import { formatPercent, formatScore, formatScoreChange } from '@shared/measureText';
import { isMeasureDue, nextDueDay } from '@shared/scoring/due';
import { verdictOfSeries } from '@shared/scoring/measureVerdict';
import { peg3Change, peg3Score } from '@shared/scoring/peg3';
import { earliestMeasure, latestMeasure } from '@shared/scoring/psfs';
import { peg3Series } from '@shared/trends/measuresSeries';
import { formatDayHeading } from '@shared/dates';
import { saveMeasure } from '../../journal/measures';
import { useJournal } from '../../journal/JournalContext';
import { RatingForm, type RatingItem } from './RatingInputs';

const PEG_ITEMS: readonly RatingItem[] = [
  { id: 'pain', label: 'Average pain in the past week (0 = none, 10 = worst imaginable)' },
  {
    id: 'enjoyment',
    label: 'How much pain got in the way of enjoying life (0 = not at all, 10 = completely)',
  },
  {
    id: 'activity',
    label: 'How much pain got in the way of your general activity (0 = not at all, 10 = completely)',
  },
];

interface Peg3SectionProps {
  measures: readonly Measure[];
  today: string;
  onSaved: (message: string) => void;
}

export function Peg3Section({ measures, today, onSaved }: Peg3SectionProps) {
  const db = useJournal();
  const pegs = measures.filter((m): m is Peg3Measure => m.kind === 'peg3');
  const baseline = earliestMeasure(pegs);
  const latest = latestMeasure(pegs);
  const lastDay = latest?.day ?? null;
  const isDue = isMeasureDue(lastDay, today);

  const save = async (scores: Record<string, number>) => {
    const { pain = 0, enjoyment = 0, activity = 0 } = scores;
    const saved = await saveMeasure(db, {
      id: crypto.randomUUID(),
      kind: 'peg3',
      day: today,
      takenAt: new Date().toISOString(),
      pain,
      enjoyment,
      activity,
    });
    if (saved.kind === 'peg3') onSaved(`PEG-3 saved: score ${formatScore(peg3Score(saved))}.`);
  };

  const change = baseline && latest && baseline !== latest ? peg3Change(baseline, latest) : null;
  const verdict = verdictOfSeries('peg3', peg3Series(measures));

  return (
    <section aria-labelledby="peg-title" className="measure">
      <h3 id="peg-title">PEG-3: pain and how much it gets in the way</h3>
      <p className="muted" data-testid="peg-due">
        {isDue
          ? lastDay === null
            ? 'Take your first PEG-3: three questions about the past week.'
            : 'Your weekly PEG-3 is due.'
          : `Next due ${formatDayHeading(nextDueDay(lastDay, today))}.`}
      </p>
      {latest && (
        <p data-testid="peg-result">
          Latest ({latest.day}): <strong>{formatScore(peg3Score(latest))}</strong> out of 10 (lower is
          better).
          {change &&
            ` First (${baseline?.day}): ${formatScore(change.baselineScore)}. Change: ${formatScoreChange(change.change)}${change.percentChange === null ? '' : ` (${formatPercent(change.percentChange)})`}.`}
        </p>
      )}
      {change && <p data-testid="peg-change">{verdict.sentence}</p>}
      <RatingForm label="Rate PEG-3" items={PEG_ITEMS} submitLabel="Save PEG-3" onSave={save} />
    </section>
  );
}
