import type { PrintToPDFOptions } from 'electron';
import type { SaveFileResult } from '@shared/api';
import { REPORT_PDF_OPTIONS as SHARED_OPTIONS } from '@shared/report/pdfOptions';

/** The shared options, checked here against Electron's own type. */
export const REPORT_PDF_OPTIONS = SHARED_OPTIONS satisfies PrintToPDFOptions;

/** The part of a WebContents used to print: Electron answers a Buffer, which is a Uint8Array. */
export interface PrintableContents {
  printToPDF(options: PrintToPDFOptions): Promise<Buffer | Uint8Array>;
}

export interface ReportPdfDeps {
  /** The main window's page; undefined when the window has gone. */
  contents: PrintableContents | undefined;
  /** Asks where to save and writes the file (saveFileWithDialog, bound to the main window). */
  saveFile: (suggestedName: string, content: Uint8Array) => Promise<SaveFileResult>;
}

/**
 * Prints the page the person is looking at (the report) to PDF and asks where to save it. The name is checked
 * first so a refused name costs no printing; saveFile checks it again, with the size, before its dialog.
 */
export async function saveReportPdf(deps: ReportPdfDeps, suggestedName: string): Promise<SaveFileResult> {
  if (!suggestedName.toLowerCase().endsWith('.pdf')) {
    throw new Error('Refused: a report PDF must be saved under a name ending in .pdf');
  }
  if (deps.contents === undefined) {
    throw new Error('Cannot save the report as a PDF: the app window has closed');
  }
  const pdf = await deps.contents.printToPDF({ ...REPORT_PDF_OPTIONS });
  return deps.saveFile(suggestedName, pdf);
}
