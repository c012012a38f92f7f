import { URGENCY_LABELS, mostUrgent, redFlagById } from '@shared/taxonomy/labels';
import type { RedFlagId } from '@shared/taxonomy/redFlags';

interface RedFlagAdviceProps {
  flags: readonly RedFlagId[];
  /** Heading level text; the card uses a smaller wording than the notice after saving. */
  heading: string;
}

/**
 * Warning signs with what to do about each: calm, clear, most urgent first. Shown after saving, on the
 * episode in history, and (later) in the report.
 */
export function RedFlagAdvice({ flags, heading }: RedFlagAdviceProps) {
  const urgency = mostUrgent(flags);
  if (urgency === null) return null;
  const entries = flags
    .map(redFlagById)
    .sort((a, b) => (a.urgency === b.urgency ? 0 : a.urgency === 'emergency' ? -1 : 1));
  return (
    <div className={`notice urgency-${urgency}`} data-testid="red-flag-advice">
      <h4>{heading}</h4>
      <ul className="flag-list">
        {entries.map((flag) => (
          <li key={flag.id}>
            <strong>
              {flag.label} · {URGENCY_LABELS[flag.urgency]}
            </strong>
            <p>{flag.advice}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
