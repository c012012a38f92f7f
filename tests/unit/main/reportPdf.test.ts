import type { PrintToPDFOptions, SaveDialogOptions } from 'electron';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SaveFileResult } from '@shared/api';
import { nodeMainFs } from '../../../src/main/atomicFile';
import { saveFileWithDialog } from '../../../src/main/files';
import type { PrintableContents } from '../../../src/main/reportPdf';
import { REPORT_PDF_OPTIONS, saveReportPdf } from '../../../src/main/reportPdf';

// The start and end of a real PDF, with a byte that is not valid UTF-8 so any text conversion would show.
const PRINTED_PDF = Buffer.from([
  ...Buffer.from('%PDF-1.7\n'),
  0xe2,
  0xe3,
  0xcf,
  0xd3,
  0x0a,
  0x00,
  0xff,
  ...Buffer.from('\n%%EOF\n'),
]);

/** A page that prints to the given bytes, recording the options of each print. */
function fakeContents(pdf: Uint8Array = PRINTED_PDF) {
  const printed: PrintToPDFOptions[] = [];
  const contents: PrintableContents = {
    printToPDF: async (options) => {
      printed.push(options);
      return pdf;
    },
  };
  return { contents, printed };
}

/** A save step that answers as given, recording what it was asked to save. */
function recordingSave(answer: SaveFileResult) {
  const saved: { name: string; content: Uint8Array }[] = [];
  const saveFile = async (name: string, content: Uint8Array): Promise<SaveFileResult> => {
    saved.push({ name, content });
    return answer;
  };
  return { saveFile, saved };
}

describe('REPORT_PDF_OPTIONS', () => {
  it('prints backgrounds, tagged for screen readers, and leaves paper, margins and header to the CSS', () => {
    expect(REPORT_PDF_OPTIONS).toStrictEqual({
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: false,
      generateTaggedPDF: true,
    });
    for (const overridesCss of [
      'margins',
      'pageSize',
      'landscape',
      'scale',
      'headerTemplate',
      'footerTemplate',
    ]) {
      expect(overridesCss in REPORT_PDF_OPTIONS).toBe(false);
    }
  });
});

describe('saveReportPdf', () => {
  it('prints the page with exactly the report options and saves the printed bytes under the name', async () => {
    const { contents, printed } = fakeContents();
    const { saveFile, saved } = recordingSave({ saved: true, location: '/home/ana/Documents/report.pdf' });
    await expect(saveReportPdf({ contents, saveFile }, 'report.pdf')).resolves.toEqual({
      saved: true,
      location: '/home/ana/Documents/report.pdf',
    });
    expect(printed).toStrictEqual([REPORT_PDF_OPTIONS]);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.name).toBe('report.pdf');
    expect(Buffer.from(saved[0]?.content ?? []).equals(PRINTED_PDF)).toBe(true);
  });

  it('accepts the bytes as a plain Uint8Array too', async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff]);
    const { contents } = fakeContents(bytes);
    const { saveFile, saved } = recordingSave({ saved: true, location: '/x/report.pdf' });
    await saveReportPdf({ contents, saveFile }, 'report.pdf');
    expect(saved[0]?.content).toBe(bytes);
  });

  it('answers not saved when the person cancels the dialog', async () => {
    const { contents } = fakeContents();
    const { saveFile } = recordingSave({ saved: false });
    await expect(saveReportPdf({ contents, saveFile }, 'report.pdf')).resolves.toEqual({ saved: false });
  });

  it.each(['report.html', 'report.pdf.exe', 'report', 'report.pdf ', 'pdf', ''])(
    'refuses the name %j before printing anything',
    async (name) => {
      const { contents, printed } = fakeContents();
      const { saveFile, saved } = recordingSave({ saved: true, location: '/x' });
      await expect(saveReportPdf({ contents, saveFile }, name)).rejects.toThrow(/^Refused: .*\.pdf/);
      expect(printed).toEqual([]);
      expect(saved).toEqual([]);
    },
  );

  it('says clearly that the window has gone when there is no page to print', async () => {
    const { saveFile, saved } = recordingSave({ saved: true, location: '/x' });
    await expect(saveReportPdf({ contents: undefined, saveFile }, 'report.pdf')).rejects.toThrow(
      'Cannot save the report as a PDF: the app window has closed',
    );
    expect(saved).toEqual([]);
  });

  it('passes a printing failure on and saves nothing', async () => {
    const { saveFile, saved } = recordingSave({ saved: true, location: '/x' });
    const contents: PrintableContents = {
      printToPDF: () => Promise.reject(new Error('Failed to generate PDF')),
    };
    await expect(saveReportPdf({ contents, saveFile }, 'report.pdf')).rejects.toThrow(
      'Failed to generate PDF',
    );
    expect(saved).toEqual([]);
  });

  it('writes the printed PDF byte for byte through the real save dialog step', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ubj-report-pdf-'));
    try {
      const documents = join(dir, 'Documents');
      await mkdir(documents);
      // The person accepts the proposed name and folder.
      const dialog = {
        showSaveDialog: async (...args: [object, SaveDialogOptions] | [SaveDialogOptions]) => {
          const options = args.length === 2 ? args[1] : args[0];
          return { canceled: false, filePath: options.defaultPath ?? '' };
        },
      };
      const { contents } = fakeContents();
      const result = await saveReportPdf(
        {
          contents,
          saveFile: (name, content) =>
            saveFileWithDialog<object>(
              { dialog, window: undefined, fs: nodeMainFs, defaultFolder: documents },
              name,
              content,
            ),
        },
        'Upper back report 2026-11-21.pdf',
      );
      const location = join(documents, 'Upper back report 2026-11-21.pdf');
      expect(result).toEqual({ saved: true, location });
      expect((await readFile(location)).equals(PRINTED_PDF)).toBe(true);
      expect(await readdir(documents)).toEqual(['Upper back report 2026-11-21.pdf']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
