import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

interface ChartPanelProps {
  title: string;
  /** The chart in words: shown under the title and read by screen readers in place of the picture. */
  summary: string;
  /** Shown instead of the chart when there is nothing to draw: says what to log. */
  emptyMessage: string | null;
  chart: ReactNode;
  /** The same data as a table: a function, so a long table is built only when it is shown. */
  table: () => ReactNode;
  testId: string;
  /** About how tall the chart is drawn: reserved while it waits off screen, so nothing jumps. */
  height?: number;
}

/**
 * True while the element is on screen or within a screen's height of it. Charts are only drawn then:
 * ten charts of a long journal take far longer to draw than the one or two anyone is looking at.
 */
function useNearScreen<T extends Element>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') {
      setIsNear(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => setIsNear(entries.some((e) => e.isIntersecting)), {
      rootMargin: '100% 0px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, isNear];
}

/** Every chart: a title, its summary in words, a "show as table" switch, and an empty state. */
export function ChartPanel({
  title,
  summary,
  emptyMessage,
  chart,
  table,
  testId,
  height = 260,
}: ChartPanelProps) {
  const [showTable, setShowTable] = useState(false);
  const titleId = useId();
  const summaryId = useId();
  const [ref, isNear] = useNearScreen<HTMLElement>();
  return (
    <section ref={ref} className="chart-panel" aria-labelledby={titleId} data-testid={testId}>
      <div className="chart-panel-head">
        <h3 id={titleId}>{title}</h3>
        {emptyMessage === null && (
          // The button says what it does next, so no pressed state: a label that changes and a pressed
          // state together would say it twice, and contradict each other.
          <button type="button" onClick={() => setShowTable((s) => !s)}>
            {showTable ? 'Show as chart' : 'Show as table'}
          </button>
        )}
      </div>
      <p id={summaryId} className="chart-summary" data-testid={`${testId}-summary`}>
        {emptyMessage ?? summary}
      </p>
      {emptyMessage === null &&
        (showTable ? (
          <div className="table-scroll" data-testid={`${testId}-table`}>
            {table()}
          </div>
        ) : (
          <figure className="chart" aria-describedby={summaryId} data-testid={`${testId}-chart`}>
            {isNear ? chart : <div className="chart-placeholder" style={{ height }} aria-hidden="true" />}
          </figure>
        ))}
    </section>
  );
}
