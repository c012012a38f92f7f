/**
 * Screens loaded the first time they are opened (Shell lists them). The journal's first screen then
 * parses only what it shows; charts (recharts), the report, import and help come in their own files.
 * React.lazy is React's own way of doing this.
 */
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** React.lazy for a module's named export (lazy expects a default one). */
export function lazyNamed<Props extends object, Name extends string>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * While a screen's file loads (a moment, from the app's own files): a calm line in the screen's place,
 * announced politely, so a click never seems to do nothing.
 */
export function ScreenLoading({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="screen-loading" role="status">
          Opening…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
