import type { RemedyRelief } from '@shared/analysis';
import { orderSelfCare } from '@shared/analysis/selfCare';
import { points } from '@shared/analysis/wording';
import { causesForFactor, labelOfRemedy, sourceById } from '@shared/taxonomy';
import type { AnalysisFactorKind } from '@shared/taxonomy/causes';

interface CauseExplanationProps {
  kind: AnalysisFactorKind;
  reliefs: readonly RemedyRelief[];
}

/** What the source documents say can lie behind a factor, and their self-care, best-measured first. */
export function CauseExplanation({ kind, reliefs }: CauseExplanationProps) {
  return (
    <div className="causes" data-testid="cause-explanation">
      {causesForFactor(kind).map((cause) => (
        <section key={cause.id} aria-label={cause.name}>
          <h5>{cause.name}</h5>
          <p>{cause.mechanism}</p>
          {cause.selfCare.length > 0 && (
            <>
              <p className="muted">
                What the documents suggest{reliefs.length > 0 ? ', what has helped you most first' : ''}:
              </p>
              <ul>
                {orderSelfCare(cause.selfCare, reliefs).map(({ remedy, relief }) => (
                  <li key={remedy}>
                    {labelOfRemedy(remedy)}
                    {relief?.mean !== null && relief?.mean !== undefined && (
                      <span className="muted">
                        {' '}
                        (for you: about {points(relief.mean)} {relief.mean >= 0 ? 'less' : 'more'} pain
                        afterwards, {relief.uses} rated uses)
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {cause.seeProfessional && cause.advice && <p>{cause.advice}</p>}
          <p className="muted small">
            From the source documents: {cause.sources.map((id) => sourceById(id).title).join('; ')}.
          </p>
        </section>
      ))}
    </div>
  );
}
