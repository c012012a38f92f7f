/**
 * How the report is put on paper: the paper size for the person's locale, the running header and page
 * numbers (CSS @page rules, so the browser's print and the desktop's printToPDF lay out the same pages),
 * and the file name offered when saving.
 */
import type { ReportHeader } from './header';

export type PaperSize = 'A4' | 'Letter';

/**
 * Regions that use US Letter paper; everywhere else uses A4. (The United States, Canada, Mexico, Chile,
 * Colombia, Venezuela, Guatemala, Costa Rica, Panama, the Dominican Republic, Puerto Rico, El Salvador
 * and the Philippines.)
 */
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'PR',
  'SV',
  'PH',
]);

/** A4 or Letter from a locale such as "en-GB" or "en-US"; a language alone ("en") is made likely first. */
export function paperSizeForLocale(locale: string): PaperSize {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region !== undefined && LETTER_REGIONS.has(region) ? 'Letter' : 'A4';
  } catch {
    return 'A4';
  }
}

/** Text as a CSS string literal: quotes and backslashes escaped, line breaks and control characters spaced. */
export function cssString(text: string): string {
  const escaped = text
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"');
  return `"${escaped}"`;
}

/** Longest name the running header shows; the report's first page always has the name in full. */
export const RUNNING_HEADER_NAME_LENGTH = 60;

/**
 * The name cut to `max` characters (whole letters with their accents, never half of one) with an
 * ellipsis: the header sits in the page's top margin, where a long name would run off the paper.
 */
function shortName(name: string, max: number): string {
  const letters = Array.from(new Intl.Segmenter().segment(name), (part) => part.segment);
  return letters.length <= max
    ? name
    : `${letters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** The line printed at the top of every page. */
export function runningHeader(header: ReportHeader): string {
  const who =
    header.patientName === ''
      ? 'Pain journal report'
      : `Pain journal report for ${shortName(header.patientName, RUNNING_HEADER_NAME_LENGTH)}`;
  return `${who} · ${header.rangeWords} · self-reported, not a diagnosis`;
}

/** Page margins: room at the top and bottom for the running header and the page numbers. */
export const PAGE_MARGINS = '16mm 14mm 16mm 14mm';

/** The @page rules for printing the report: paper size, margins, running header and "Page 2 of 5". */
export function pageRulesCss(paper: PaperSize, header: ReportHeader): string {
  return [
    '@page {',
    `  size: ${paper === 'Letter' ? 'letter' : 'A4'};`,
    `  margin: ${PAGE_MARGINS};`,
    `  @top-left { content: ${cssString(runningHeader(header))}; font: 8pt system-ui, sans-serif; color: #444; }`,
    '  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #444; }',
    '}',
  ].join('\n');
}

/** "Pain report 2026-10-23 to 2026-11-21.pdf": plain characters only, safe on every system. */
export function reportFileName(header: ReportHeader): string {
  return `Pain report ${header.range.from} to ${header.range.to}.pdf`;
}
