import type { RemedyRelief } from '@shared/analysis';
import { orderSelfCare } from '@shared/analysis/selfCare';
import { reliefCaveat, selfCareLeadIn, selfCareRelief } from '@shared/analysis/wording';
import { causesForFactor, labelOfRemedy, sourceById } from '@shared/taxonomy';
import type { AnalysisFactorKind } from '@shared/taxonomy/causes';

interface CauseExplanationProps {
  kind: AnalysisFactorKind;
  reliefs: readonly RemedyRelief[];
}

/** What the source documents say can lie behind a factor, and their self-care, best-measured first. */
export function CauseExplanation({ kind, reliefs }: CauseExplanationProps) {
  const rated = reliefs.some((relief) => relief.mean !== null);
  const compared = reliefs.some((relief) => relief.beyond !== null);
  const caveat = reliefCaveat(reliefs);
  return (
    <div className="causes" data-testid="cause-explanation">
      {causesForFactor(kind).map((cause) => (
        <section key={cause.id} aria-label={cause.name}>
          <h5>{cause.name}</h5>
          <p>{cause.mechanism}</p>
          {cause.selfCare.length > 0 && (
            <>
              <p className="muted">{selfCareLeadIn(rated, compared)}</p>
              <ul>
                {orderSelfCare(cause.selfCare, reliefs).map(({ remedy, relief }) => {
                  const note = relief ? selfCareRelief(relief) : null;
                  return (
                    <li key={remedy}>
                      {labelOfRemedy(remedy)}
                      {note && <span className="muted"> {note}</span>}
                    </li>
                  );
                })}
              </ul>
              {caveat && <p className="muted small">{caveat}</p>}
            </>
          )}
          {cause.seeProfessional && cause.advice && <p>{cause.advice}</p>}
          <p className="muted small">
            From the back-pain guidance this journal draws on:{' '}
            {cause.sources.map((id) => sourceById(id).title).join('; ')}.
          </p>
        </section>
      ))}
    </div>
  );
}
