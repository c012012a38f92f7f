/** Printing the report to a real PDF and reading it back with poppler's pdftotext and pdfinfo. */
import { execFileSync } from 'node:child_process';
import type { Page, TestInfo } from '@playwright/test';
import { REPORT_PDF_OPTIONS } from '../../src/shared/report/pdfOptions';

/** The report printed the way the desktop app prints it (the same options as Electron's printToPDF). */
export async function printReport(page: Page, testInfo: TestInfo, name = 'report.pdf'): Promise<string> {
  const path = testInfo.outputPath(name);
  await page.pdf({
    path,
    printBackground: REPORT_PDF_OPTIONS.printBackground,
    preferCSSPageSize: REPORT_PDF_OPTIONS.preferCSSPageSize,
    displayHeaderFooter: REPORT_PDF_OPTIONS.displayHeaderFooter,
    tagged: REPORT_PDF_OPTIONS.generateTaggedPDF,
  });
  return path;
}

/** The text, laid out as on the page, or (isReadingOrder) block by block, columns one after the other. */
export function pdfText(
  path: string,
  pages?: { first: number; last: number },
  isReadingOrder = false,
): string {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const layout = isReadingOrder ? [] : ['-layout'];
  return execFileSync('pdftotext', [...layout, ...range, path, '-']).toString('utf8');
}

export function pdfInfo(path: string): { pages: number; pageSize: string } {
  const info = execFileSync('pdfinfo', [path]).toString('utf8');
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '',
  };
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each page's lines of text, as pdftotext lays them out with their boxes. */
export function pdfLines(path: string): string[][] {
  const html = execFileSync('pdftotext', ['-bbox-layout', path, '-']).toString('utf8');
  return html
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) =>
        [...(line[1] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/g)]
          .map((word) => unescape(word[1] ?? ''))
          .join(' '),
      ),
    );
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfPage {
  width: number;
  height: number;
  words: PdfWord[];
}

/** Every word of every page with its box, in points from the page's top left. */
export function pdfWords(path: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', path, '-']).toString('utf8');
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [
      ...(page[3] ?? '').matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescape(w[5] ?? ''),
    })),
  }));
}

/** The pages (1-based) on which some line holds the text. */
export function pagesWith(lines: string[][], text: string): number[] {
  return lines.flatMap((page, index) => (page.some((line) => line.includes(text)) ? [index + 1] : []));
}
