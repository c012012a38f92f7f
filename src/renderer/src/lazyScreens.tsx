/**
 * Screens loaded the first time they are opened (Shell lists them). The journal's first screen then
 * parses only what it shows; charts (recharts), the report, import and help come in their own files.
 * React.lazy is React's own way of doing this.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';

/** React.lazy for a module's named export (lazy expects a default one). */
export function lazyNamed<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * When a screen cannot be shown (its file failed to load, say after an update replaced the app's files
 * under a running window, or it hit a bug): a calm message in the screen's place, never a blank window.
 * The journal's data is not touched by this; reloading fetches the screen's file afresh (a failed
 * import stays failed until the page reloads).
 */
function ScreenFailed({ resetErrorBoundary }: FallbackProps) {
  return (
    <section className="screen-failed" role="alert" aria-labelledby="screen-failed-title">
      <h2 id="screen-failed-title">This screen couldn’t be opened</h2>
      <p>Your journal is safe: nothing was changed. Reloading the window usually fixes this.</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          Reload the window
        </button>
        <button type="button" onClick={resetErrorBoundary}>
          Try again
        </button>
      </div>
    </section>
  );
}

/**
 * A screen in its place: while its file loads (a moment, from the app's own files) a calm line, announced
 * politely, so a click never seems to do nothing; if it fails, ScreenFailed. `screen` resets the failure
 * when the person opens another screen. react-error-boundary rather than a class of our own: it is the
 * usual, maintained way to catch render errors in React.
 */
export function ScreenLoading({ screen, children }: { screen: string; children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={ScreenFailed} resetKeys={[screen]}>
      <Suspense
        fallback={
          <p className="screen-loading" role="status">
            Opening…
          </p>
        }
      >
        {children}
      </Suspense>
    </ErrorBoundary>
  );
}
