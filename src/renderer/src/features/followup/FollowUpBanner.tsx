import { useEffect } from 'react';
import { followUpNotice, followUpPutAside, followUpThanks } from '@shared/followUps/wording';
import type { Episode } from '@shared/model';
import { TIME_ZONE } from '../../clock';
import { desktop } from '../../platform/desktop';
import { readLastShown, writeLastShown } from '../reminders/lastShown';
import { PartLoading, lazyNamed } from '../../lazyScreens';
import { useDueFollowUps } from './useDueFollowUps';

// Loaded when a follow-up is first due: most starts have none to ask.
const FollowUpPrompt = lazyNamed(() => import('./FollowUpPrompt'), 'FollowUpPrompt');

interface FollowUpBannerProps {
  /** Says what was noted, e.g. as a toast. */
  onNoted: (text: string) => void;
}

/**
 * The follow-up at the top of the journal, on every screen: the most recently logged one that is due,
 * with how many more wait behind it. It also shows each newly due follow-up once as a desktop
 * notification (not for missed ones: those only wait here).
 */
export function FollowUpBanner({ onNoted }: FollowUpBannerProps) {
  const due = useDueFollowUps();
  const first = due?.[0];

  useEffect(() => {
    const fresh = (due ?? []).filter((d) => d.state === 'now');
    if (fresh.length === 0) return;
    const lastShown = readLastShown(localStorage);
    const shownUpTo = lastShown['follow-up'] ? Date.parse(lastShown['follow-up']) : 0;
    const toShow = fresh.filter((d) => Date.parse(d.dueAt) > shownUpTo);
    const newest = toShow[0];
    if (newest === undefined) return;
    // Written before showing, so a second pass in the same minute cannot show it twice.
    const latestDue = Math.max(...toShow.map((d) => Date.parse(d.dueAt)));
    writeLastShown(localStorage, { ...lastShown, 'follow-up': new Date(latestDue).toISOString() });
    void desktop.showReminder({ kind: 'follow-up', ...followUpNotice(newest, TIME_ZONE) }).catch(() => false);
  }, [due]);

  if (due === undefined || first === undefined) return null;
  const others = due.length - 1;
  const onAnswered = (episode: Episode) => onNoted(followUpThanks(episode, TIME_ZONE));
  // The whole banner appears at once, when the prompt's file is in.
  return (
    <PartLoading part="follow-up">
      <div className="notices follow-up-banner" role="region" aria-label="Follow-up">
        <FollowUpPrompt
          key={first.episode.id}
          due={first}
          timeZone={TIME_ZONE}
          onDone={(result) => {
            if (result.kind === 'answered') onAnswered(result.episode);
            else onNoted(followUpPutAside(result.kind));
          }}
        />
        {others > 0 && (
          <p className="muted">
            {others === 1 ? 'One more follow-up is waiting' : `${others} more follow-ups are waiting`} after
            this one.
          </p>
        )}
      </div>
    </PartLoading>
  );
}
