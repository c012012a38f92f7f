import { useState } from 'react';
import type { FactorInsight, JournalInsights } from '@shared/analysis';
import { MIN_DAYS_EACH } from '@shared/analysis/factors';
import { MIN_USES } from '@shared/analysis/remedies';
import { isAnalysisFactorKind } from '@shared/taxonomy';
import {
  RELIEF_WINDOW_SENTENCE,
  capacitySentence,
  factorOrigin,
  RELIEF_WINDOW_WORDS,
  factorDetails,
  factorSentence,
  naturalCourseSentence,
  reliefCaveat,
  remedySentence,
  tierLabel,
  triggerCountSentence,
} from '@shared/analysis/wording';
import { CauseExplanation } from './CauseExplanation';
import { HowInsightsWork } from './HowInsightsWork';
import { useInsights } from './useInsights';

interface InsightsScreenProps {
  onOpenCheckIn: () => void;
}

function FactorCard({ insight, insights }: { insight: FactorInsight; insights: JournalInsights }) {
  const origin = factorOrigin(insight);
  return (
    <article className={`factor tier-${insight.tier}`} data-testid="factor" aria-label={tierLabel(insight)}>
      <p className="tier-badge">{tierLabel(insight)}</p>
      <p className="factor-sentence">{factorSentence(insight)}</p>
      {factorDetails(insight).map((detail) => (
        <p key={detail} className="muted">
          {detail}
        </p>
      ))}
      {origin && <p className="muted">{origin}</p>}
      {insight.estimate && isAnalysisFactorKind(insight.kind) && (
        <details>
          <summary>What the back-pain guidance says about this</summary>
          <CauseExplanation kind={insight.kind} reliefs={insights.remedies} />
        </details>
      )}
    </article>
  );
}

/** Likely contributing and easing factors, what helps, and what is noted with episodes. */
export function InsightsScreen({ onOpenCheckIn }: InsightsScreenProps) {
  const insights = useInsights();
  const [showHow, setShowHow] = useState(false);
  if (showHow) return <HowInsightsWork onBack={() => setShowHow(false)} />;
  if (!insights) return <p className="loading">Looking for patterns in your records…</p>;
  if (insights === 'failed') {
    return (
      <p role="alert">
        The patterns couldn’t be worked out this time. Your entries are safe; please open Insights again
        later.
      </p>
    );
  }

  // An archived factor of the person's own stays in the analysis (it joined the family when created) but
  // is no longer shown.
  const shown = insights.factors.factors.filter((f) => !f.own?.archived);
  const tested = shown.filter((f) => f.tier !== 'not-enough-data');
  const waiting = shown.filter((f) => f.tier === 'not-enough-data');
  const rated = insights.remedies.filter((r) => r.mean !== null);
  const unrated = insights.remedies.filter((r) => r.mean === null);
  const caveat = reliefCaveat(insights.remedies);

  return (
    <section aria-labelledby="insights-title">
      <h2 id="insights-title">Insights</h2>
      <p>
        Patterns in your own records: what goes with worse or better days, and what seems to help. They are
        not proof and never a diagnosis.{' '}
        <button type="button" className="link" onClick={() => setShowHow(true)}>
          How this works
        </button>
      </p>

      <h3>What goes with your pain</h3>
      {insights.factors.daysAnalysed > 0 && (
        <p className="muted" data-testid="test-capacity">
          {capacitySentence(insights.factors.capacity)}
        </p>
      )}
      {tested.length === 0 ? (
        <div className="empty-state" data-testid="insights-empty">
          <p>
            Comparisons start once something has been recorded on at least {MIN_DAYS_EACH} days and missing on
            at least {MIN_DAYS_EACH}. You have {insights.checkInDays}{' '}
            {insights.checkInDays === 1 ? 'check-in' : 'check-ins'} so far: a minute a day, pain or no pain,
            is what makes this work.
          </p>
          <button type="button" className="primary" onClick={onOpenCheckIn}>
            Fill in today’s check-in
          </button>
        </div>
      ) : (
        <div data-testid="factor-list">
          {tested.map((insight) => (
            <FactorCard key={insight.id} insight={insight} insights={insights} />
          ))}
        </div>
      )}

      {waiting.length > 0 && (
        <>
          <h4>Not enough data yet</h4>
          <ul data-testid="more-days-needed">
            {waiting.map((insight) => (
              <li key={insight.id}>{factorSentence(insight)}</li>
            ))}
          </ul>
        </>
      )}

      <h3>What helps</h3>
      {rated.length === 0 && unrated.length === 0 ? (
        <p>
          When you try something for the pain, add it to the episode and answer the follow-up that asks how it
          is, or add your pain before and {RELIEF_WINDOW_WORDS} after. After {MIN_USES} rated uses the journal
          shows how much it helped you.
        </p>
      ) : (
        <>
          <p className="muted" data-testid="relief-window">
            {RELIEF_WINDOW_SENTENCE}
          </p>
          <p className="muted" data-testid="natural-course">
            {naturalCourseSentence(insights.naturalCourse)}
          </p>
          {rated.length > 0 && (
            <ol data-testid="remedy-list">
              {rated.map((relief) => (
                <li key={relief.remedy}>{remedySentence(relief)}</li>
              ))}
            </ol>
          )}
          {caveat && <p className="muted">{caveat}</p>}
          {unrated.length > 0 && (
            <ul>
              {unrated.map((relief) => (
                <li key={relief.remedy}>{remedySentence(relief)}</li>
              ))}
            </ul>
          )}
        </>
      )}

      {insights.episodeTriggers.length > 0 && (
        <>
          <h3>Noted with your episodes</h3>
          <p className="muted">
            Counted, not compared: these were noted only when it hurt, so there are no pain-free days to
            compare them with. Check-ins make that comparison possible.
          </p>
          <ul data-testid="episode-triggers">
            {insights.episodeTriggers.map((count) => (
              <li key={count.kind}>{triggerCountSentence(count)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
