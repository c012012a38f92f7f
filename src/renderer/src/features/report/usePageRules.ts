import { useEffect } from 'react';

/**
 * Puts the report's @page rules (paper size, margins, running header, page numbers) on the document while
 * the report screen is open. They go in a constructed stylesheet because their text holds the patient's
 * name, and the app's Content-Security-Policy rightly allows no inline <style>.
 */
export function usePageRules(css: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
