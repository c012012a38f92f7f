import { useEffect, useId, useRef } from 'react';
import { describeTwoReadings, twoReadings, type DateOrder, type DateSample } from '@shared/csv';

interface DateOrderQuestionProps {
  /** Two or three of the file's own dates that could be read either way. */
  examples: readonly DateSample[];
  onAnswer: (order: DateOrder) => void;
  onCancel: () => void;
}

/** Asked once for a file whose dates (03/02/2026) don't show whether the day or the month comes first. */
export function DateOrderQuestion({ examples, onAnswer, onCancel }: DateOrderQuestionProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const first = twoReadings(examples[0]?.text ?? '');
  return (
    <section className="notice" aria-labelledby={headingId} data-testid="csv-date-question">
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        Day first or month first?
      </h4>
      <p>The dates in this file could be read two ways, and none of them shows which. For example:</p>
      <ul>
        {examples.map((example) => (
          <li key={example.text}>{describeTwoReadings(example.text)}</li>
        ))}
      </ul>
      <p>Which way are they written? Every date in the file is read the same way. Nothing is saved yet.</p>
      <div className="actions">
        <button type="button" onClick={() => onAnswer('day-first')}>
          Day first ({first.dayFirst})
        </button>
        <button type="button" onClick={() => onAnswer('month-first')}>
          Month first ({first.monthFirst})
        </button>
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

interface DateOrderNoteProps {
  text: string;
  /** Set when the person chose the order, so they can choose again. */
  onChange?: () => void;
}

/** How the file's dates are being read, above the preview. */
export function DateOrderNote({ text, onChange }: DateOrderNoteProps) {
  const noteRef = useRef<HTMLParagraphElement>(null);
  // After an answer the question's buttons are gone: keep the focus here rather than lose it.
  useEffect(() => {
    if (onChange) noteRef.current?.focus();
    // Only when the note first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <p ref={noteRef} tabIndex={onChange ? -1 : undefined} data-testid="csv-date-order">
      {text}{' '}
      {onChange && (
        <button type="button" className="quiet" onClick={onChange}>
          Change how dates are read
        </button>
      )}
    </p>
  );
}
