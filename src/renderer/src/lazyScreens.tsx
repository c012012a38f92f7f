/**
 * Screens loaded the first time they are opened (Shell lists them). The journal's first screen then
 * parses only what it shows; charts (recharts), the report, import and help come in their own files.
 * React.lazy is React's own way of doing this.
 */
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';

/** React.lazy for a module's named export (lazy expects a default one). */
export function lazyNamed<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * React.lazy for a part the person can call up at any moment (the quick log, the episode editor): its
 * `preload()` fetches the file ahead of time (see preloadForms in Shell.tsx), so that once it is in,
 * the part opens straight away, with no placeholder. Whether the file was already in is decided once
 * per mount, so a part opened while its file loads keeps its state when the file arrives.
 */
export function lazyNamedWithPreload<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  let loaded: ComponentType<Props> | undefined;
  let loading: Promise<ComponentType<Props>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (module) => (loaded = module[name]),
      (error: unknown) => {
        // Tried again on the next open (and the error shows there, in the part's place).
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Preloaded(props: Props) {
    const [Now] = useState(() => loaded);
    return Now ? <Now {...props} /> : <Lazy {...props} />;
  }
  return Object.assign(Preloaded, { preload });
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

function PartFailed() {
  return (
    <p className="muted" role="status">
      Part of this screen couldn’t be shown. Your journal is safe; reloading the window usually fixes this.
    </p>
  );
}

/**
 * A part of a screen that appears only when it has something to say (the journal's notices, a due
 * follow-up): nothing shows while its file loads, as nothing would show before it had read the journal
 * either; if it fails, one quiet line in its place.
 */
export function PartLoading({ part, children }: { part: string; children: ReactNode }) {
  return (
    <ErrorBoundary FallbackComponent={PartFailed} resetKeys={[part]}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  );
}
