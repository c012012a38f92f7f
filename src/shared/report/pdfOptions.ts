/**
 * How the desktop app prints the report with Electron's printToPDF. The report's print stylesheet decides
 * the layout: its @page rules set the paper (A4 or Letter), the margins, the running header and the page
 * numbers, so no margins, page size or header template are given here — any of them would override the
 * CSS. Shared so the end-to-end tests print with exactly these options too.
 */
export const REPORT_PDF_OPTIONS = {
  printBackground: true,
  preferCSSPageSize: true,
  displayHeaderFooter: false,
  generateTaggedPDF: true,
} as const;
