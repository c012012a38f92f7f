import { useDeferredValue, useMemo, useState } from 'react';
import { calendarDayOf, formatDayHeading } from '@shared/dates';
import {
  NO_FILTER,
  daysFromLatest,
  filterEpisodes,
  groupEpisodesByDay,
  isFilterActive,
  type HistoryFilter,
} from '@shared/history';
import type { Episode } from '@shared/model';
import { useNow } from '../../clock';
import { useEpisodes, useLatestEpisodes } from '../../journal/JournalContext';
import { SHORTCUT_LABELS } from '../../shortcuts';
import { EpisodeCard } from './EpisodeCard';
import { HistoryFilters } from './HistoryFilters';

interface HistoryProps {
  timeZone: string;
  onLog: () => void;
  onEdit: (episode: Episode) => void;
  onDelete: (episode: Episode) => void;
}

/** Days shown at first and added by "Show older days": keeps a ten-year journal quick to open. */
const DAYS_PER_PAGE = 30;

export function History({ timeZone, onLog, onEdit, onDelete }: HistoryProps) {
  const episodes = useEpisodes();
  // On a long journal the newest episodes and the count come back first; the page is drawn from them
  // until the whole journal is read (needed for filters and older days), then from the whole.
  const latest = useLatestEpisodes();
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [dayCount, setDayCount] = useState(DAYS_PER_PAGE);
  const deferredFilter = useDeferredValue(filter);
  const today = calendarDayOf(useNow().toISOString(), timeZone);

  const days = useMemo(() => {
    if (episodes) return groupEpisodesByDay(filterEpisodes(episodes, deferredFilter), timeZone);
    return latest ? daysFromLatest(latest.episodes, latest.total, timeZone) : [];
  }, [episodes, latest, deferredFilter, timeZone]);

  if (episodes === undefined && latest === undefined) return <p className="loading">Opening your journal…</p>;
  const total = episodes ? episodes.length : (latest?.total ?? 0);
  // Filters and older days need every episode: until they are read, say so rather than show a partial answer.
  const readingAll = episodes === undefined;

  if (total === 0) {
    return (
      <section className="empty-state" aria-labelledby="empty-title">
        <h2 id="empty-title">Your journal is empty</h2>
        <p>
          When your back hurts, press <kbd>{SHORTCUT_LABELS.quickLog}</kbd> (or the button below), type how
          much it hurts from 0 to 10, and press <kbd>{SHORTCUT_LABELS.save}</kbd>. That’s all it takes.
        </p>
        <p>Add where it hurts, what was going on and what you tried whenever you have a moment more.</p>
        <button type="button" className="primary" onClick={onLog}>
          Log your first episode
        </button>
      </section>
    );
  }

  const matchCount = days.reduce((sum, day) => sum + day.episodes.length, 0);
  const searching = readingAll && isFilterActive(filter);
  const visibleDays = searching ? [] : days.slice(0, dayCount);

  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <HistoryFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          setDayCount(DAYS_PER_PAGE);
        }}
      />
      <p className="match-count" aria-live="polite" data-testid="match-count">
        {searching
          ? `Looking through all ${total} episodes…`
          : isFilterActive(filter)
            ? `${matchCount} of ${total} episodes match.`
            : `${total} ${total === 1 ? 'episode' : 'episodes'}.`}
      </p>
      {!searching && days.length === 0 && <p>No episodes match. Try a different filter.</p>}
      {visibleDays.map((day) => (
        <section key={day.day} className="day" aria-labelledby={`day-${day.day}`} data-testid="day">
          <h3 id={`day-${day.day}`}>
            {formatDayHeading(day.day)}
            <span className="muted">
              {' '}
              · {day.episodes.length} {day.episodes.length === 1 ? 'episode' : 'episodes'}, worst{' '}
              {day.worstIntensity}
            </span>
          </h3>
          {day.episodes.map((episode) => (
            <EpisodeCard
              key={episode.id}
              episode={episode}
              timeZone={timeZone}
              today={today}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </section>
      ))}
      {readingAll && !searching && matchCount < total && <p className="muted">Reading older days…</p>}
      {!readingAll && days.length > dayCount && (
        <button type="button" onClick={() => setDayCount((n) => n + DAYS_PER_PAGE)}>
          Show older days ({days.length - dayCount} more)
        </button>
      )}
    </section>
  );
}
