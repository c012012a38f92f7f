import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addCalendarDays, calendarDayOf } from '@shared/dates';
import { painByWithdrawalDay } from '@shared/scoring/withdrawalDays';
import { labelOfWithdrawalSubstance } from '@shared/taxonomy';
import {
  firstJournalDay,
  peg3Series,
  psfsSeries,
  rangeWords,
  resolveRange,
  trendsSliceFrom,
  trendsView,
  type DayRange,
  type RangePreset,
} from '@shared/trends';
import { TIME_ZONE, useNow } from '../../clock';
import {
  useCheckIns,
  useMeasures,
  useOwnFactors,
  useSettings,
  useWithdrawalPeriods,
} from '../../journal/hooks';
import { useInsightsAnswer } from '../../journal/InsightsContext';
import { useEpisodes, useJournal } from '../../journal/JournalContext';
import { readTrendsSlice } from '../../journal/trendsReads';
import { BodyMapChart } from './BodyMapChart';
import { CompareTiles } from './CompareTiles';
import { ContextChart, WithdrawalPainChart } from './ContextCharts';
import { EpisodesPerWeekChart } from './EpisodesPerWeekChart';
import { HeatmapChart } from './HeatmapChart';
import { MeasureChart } from './MeasuresCharts';
import { PainOverTimeChart } from './PainOverTimeChart';
import { WhatHelpsChart } from './WhatHelpsChart';
import { prefetchViews, prefetchedView } from './prefetchViews';

const PRESETS: readonly { id: RangePreset; label: string }[] = [
  { id: '7d', label: '7 days' },
  { id: '30d', label: '30 days' },
  { id: '90d', label: '90 days' },
  { id: '1y', label: '1 year' },
  { id: 'all', label: 'All' },
  { id: 'custom', label: 'Custom' },
];

/** The period Trends opens on. */
const FIRST_PRESET: RangePreset = '30d';

/** The presets worked out ahead of time (a custom range is worked out when chosen). */
const PREFETCHED: readonly RangePreset[] = ['7d', '30d', '90d', '1y', 'all'];

export function TrendsScreen() {
  const db = useJournal();
  const now = useNow();
  const today = calendarDayOf(now.toISOString(), TIME_ZONE);
  const episodes = useEpisodes();
  const checkIns = useCheckIns();
  const measures = useMeasures();
  const periods = useWithdrawalPeriods();
  const ownFactors = useOwnFactors();
  const waterUnit = useSettings()?.waterUnit;
  const answer = useInsightsAnswer();
  const [preset, setPreset] = useState<RangePreset>(FIRST_PRESET);
  const [custom, setCustom] = useState<DayRange>({ from: addCalendarDays(today, -13), to: today });
  const fromId = useId();
  const toId = useId();
  // The buttons answer at once; the charts follow as soon as they are redrawn, without holding up input.
  const shownPreset = useDeferredValue(preset);
  const shownCustom = useDeferredValue(custom);

  // Until the whole journal is in, the first period's entries are read on their own (see trendsReads.ts).
  const isWholeIn = episodes !== undefined && checkIns !== undefined;
  const sliceFrom = periods ? trendsSliceFrom(resolveRange(FIRST_PRESET, today), periods) : undefined;
  const slice = useLiveQuery(
    () => (!isWholeIn && sliceFrom ? readTrendsSlice(db, sliceFrom, TIME_ZONE) : undefined),
    [db, isWholeIn, sliceFrom],
  );
  const source = useMemo(() => {
    if (episodes && checkIns) return { episodes, checkIns, slice: null };
    return slice ? { episodes: slice.episodes, checkIns: slice.checkIns, slice } : null;
  }, [episodes, checkIns, slice]);

  // The Insights factors, worked out once for the app, for the sentences under the context charts.
  const factors = useMemo(
    () =>
      answer && answer.insights !== 'failed'
        ? { to: answer.today, factors: answer.insights.factors.factors }
        : undefined,
    [answer],
  );

  // What doesn't depend on the range is worked out once, so changing the range redraws only what changes.
  const steady = useMemo(() => {
    if (!source || !measures || !periods) return null;
    const period = periods[0];
    return {
      firstDay: source.slice
        ? source.slice.span.firstDay
        : firstJournalDay(source.episodes, source.checkIns, TIME_ZONE),
      withdrawal: period
        ? {
            title: `${labelOfWithdrawalSubstance(period.substance)}: pain by day since you stopped`,
            rows: painByWithdrawalDay({
              period,
              episodes: source.episodes,
              checkIns: source.checkIns,
              timeZone: TIME_ZONE,
              today,
            }),
          }
        : null,
      psfs: psfsSeries(measures),
      peg: peg3Series(measures),
    };
  }, [source, measures, periods, today]);

  const journal = useMemo(
    () =>
      source && periods && ownFactors && waterUnit
        ? {
            episodes: source.episodes,
            checkIns: source.checkIns,
            withdrawalPeriods: periods,
            ownFactors,
            waterUnit,
          }
        : null,
    [source, periods, ownFactors, waterUnit],
  );

  const computed = useMemo(() => {
    if (!journal || !steady || !source) return null;
    const range = resolveRange(shownPreset, today, { custom: shownCustom, firstDay: steady.firstDay });
    if (source.slice) {
      // A part of the journal gives the whole journal's view only for a range it covers, with the factors.
      const covered = trendsSliceFrom(range, journal.withdrawalPeriods) >= source.slice.from;
      if (!covered || factors?.to !== range.to) return null;
      return trendsView(journal, range, TIME_ZONE, { factors, span: source.slice.span });
    }
    // The app's analysis is on its way (in a worker): waiting for it beats running it again here.
    if (answer === undefined && range.to === today) return null;
    return prefetchedView(journal, range, TIME_ZONE) ?? trendsView(journal, range, TIME_ZONE, { factors });
  }, [journal, steady, source, factors, answer, shownPreset, shownCustom, today]);

  // While a view cannot be worked out yet (another period chosen before the whole journal is in), the
  // last one stays on screen, marked as updating.
  const [lastView, setLastView] = useState(computed);
  if (computed && computed !== lastView) setLastView(computed);
  const shown = computed ?? lastView;
  const isUpdating = shownPreset !== preset || shownCustom !== custom || computed === null;

  // Once drawn, the other presets are worked out in the background, ready for the next click.
  useEffect(() => {
    if (!journal || !steady || source?.slice !== null) return;
    const firstDay = steady.firstDay;
    const timer = window.setTimeout(() => {
      const ranges = PREFETCHED.map((p) => resolveRange(p, today, { firstDay }));
      prefetchViews(journal, ranges, TIME_ZONE);
    }, 0);
    return () => window.clearTimeout(timer);
  }, [journal, steady, source, today]);

  if (!shown || !steady) return <p className="loading">Opening your trends…</p>;
  const view = shown;

  return (
    <section
      aria-labelledby="trends-title"
      data-testid="trends-ready"
      data-range={`${view.range.from}..${view.range.to}`}
    >
      <h2 id="trends-title">Trends</h2>
      <div className="day-picker" role="group" aria-label="Period">
        {PRESETS.map((p) => (
          <button key={p.id} type="button" aria-pressed={preset === p.id} onClick={() => setPreset(p.id)}>
            {p.label}
          </button>
        ))}
      </div>
      {preset === 'custom' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={fromId}>From</label>
            <input
              id={fromId}
              type="date"
              max={custom.to}
              value={custom.from}
              onChange={(event) =>
                event.target.value && setCustom((c) => ({ ...c, from: event.target.value }))
              }
            />
          </div>
          <div className="field">
            <label htmlFor={toId}>To</label>
            <input
              id={toId}
              type="date"
              min={custom.from}
              max={today}
              value={custom.to}
              onChange={(event) => event.target.value && setCustom((c) => ({ ...c, to: event.target.value }))}
            />
          </div>
        </div>
      )}
      <p className="muted" data-testid="range-words" aria-live="polite">
        {isUpdating ? 'Updating…' : rangeWords(view.range, view.previous, view.hasComparison)}
      </p>
      {view.empty && (
        <div className="notice" data-testid="empty-period">
          <p>{view.empty.text}</p>
          <button type="button" onClick={() => setPreset('all')}>
            Show all
          </button>
        </div>
      )}
      <div className={isUpdating ? 'updating' : undefined}>
        {/* With nothing in the period, the notice above says where the entries are, in place of empty charts. */}
        {!view.empty && (
          <>
            <CompareTiles deltas={view.deltas} hasComparison={view.hasComparison} />
            <PainOverTimeChart points={view.pain} drawn={view.painDrawn} summary={view.words.pain} />
            <EpisodesPerWeekChart bars={view.weekly} drawn={view.weeklyDrawn} summary={view.words.weekly} />
            <HeatmapChart cells={view.heatmap} summary={view.words.heatmap} />
            <BodyMapChart stats={view.regions} summary={view.words.regions} />
            <WhatHelpsChart reliefs={view.helps} summary={view.words.helps} />
            <ContextChart field="sleepHours" points={view.sleep} summary={view.words.sleep} />
            <ContextChart field="stress" points={view.stress} summary={view.words.stress} />
            <ContextChart field="deskHours" points={view.desk} summary={view.words.desk} />
            <ContextChart field="mood" points={view.mood} summary={view.words.mood} />
            <ContextChart field="energy" points={view.energy} summary={view.words.energy} />
            {view.own.map((own) => (
              <ContextChart key={own.factorId} own={own} points={own.points} summary={own.summary} />
            ))}
          </>
        )}
        {steady.withdrawal && (
          <WithdrawalPainChart title={steady.withdrawal.title} rows={steady.withdrawal.rows} />
        )}
        <MeasureChart measure="psfs" series={steady.psfs} testId="psfs-chart" />
        <MeasureChart measure="peg3" series={steady.peg} testId="peg-chart" />
      </div>
    </section>
  );
}
