import { formatClockTime, type CalendarDay } from '@shared/dates';
import { episodeEnd, episodeEndWords } from '@shared/episodeLength';
import { describeFollowUp } from '@shared/followUps/describe';
import { describeRelief, intensityWord } from '@shared/history';
import type { Episode } from '@shared/model';
import { describeTrigger } from '@shared/episodeWords';
import { labelOfQuality, labelOfRemedy, listOfRegions } from '@shared/taxonomy/labels';
import { BodyThumbnail } from '../../components/BodyMapFigure';
import { RedFlagAdvice } from '../../components/RedFlagAdvice';

interface EpisodeCardProps {
  episode: Episode;
  timeZone: string;
  /** The local day now: an earlier episode with no end reads "end not recorded". */
  today: CalendarDay;
  onEdit: (episode: Episode) => void;
  onDelete: (episode: Episode) => void;
}

export function EpisodeCard({ episode, timeZone, today, onEdit, onDelete }: EpisodeCardProps) {
  const started = formatClockTime(episode.startedAt, { timeZone });
  const end = episodeEnd(episode, today, timeZone);
  const headingId = `episode-${episode.id}`;
  return (
    <article className="episode" aria-labelledby={headingId} data-testid="episode">
      <div className={`intensity-badge level-${episode.intensity}`} aria-hidden="true">
        {episode.intensity}
      </div>
      <div className="episode-body">
        <h4 id={headingId}>
          {started} · pain {episode.intensity} of 10 ({intensityWord(episode.intensity)})
          <span className="muted">
            {' '}
            · {end.state === 'ended' ? `lasted ${episodeEndWords(end)}` : episodeEndWords(end)}
          </span>
        </h4>
        {episode.followUp && (
          <p data-testid="episode-follow-up">{describeFollowUp(episode.followUp, episode, { timeZone })}</p>
        )}
        {episode.regions.length > 0 && (
          <div className="episode-where">
            <BodyThumbnail regions={episode.regions} />
            <p>Where: {listOfRegions(episode.regions)}</p>
          </div>
        )}
        {episode.qualities.length > 0 && <p>Felt: {episode.qualities.map(labelOfQuality).join(', ')}</p>}
        {episode.triggers.length > 0 && <p>Going on: {episode.triggers.map(describeTrigger).join('; ')}</p>}
        {episode.remedies.length > 0 && (
          <p>
            Tried:{' '}
            {episode.remedies
              .map((r) => {
                const name = r.medicationName
                  ? `${labelOfRemedy(r.kind)}: ${r.medicationName}`
                  : labelOfRemedy(r.kind);
                const relief = describeRelief(r);
                return relief ? `${name} (${relief})` : name;
              })
              .join(', ')}
          </p>
        )}
        {episode.notes && <p className="notes">{episode.notes}</p>}
        <RedFlagAdvice flags={episode.redFlags} heading="Warning signs noted with this episode" />
      </div>
      <div className="episode-actions">
        <button type="button" onClick={() => onEdit(episode)} aria-label={`Edit episode at ${started}`}>
          Edit
        </button>
        <button
          type="button"
          className="quiet"
          onClick={() => onDelete(episode)}
          aria-label={`Delete episode at ${started}`}
        >
          Delete
        </button>
      </div>
    </article>
  );
}
