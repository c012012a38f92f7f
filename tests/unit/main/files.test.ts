import type { SaveDialogOptions } from 'electron';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtomicWriteFs } from '../../../src/main/atomicFile';
import { nodeMainFs } from '../../../src/main/atomicFile';
import type { SaveDialogResultLike } from '../../../src/main/files';
import {
  MAX_FILE_NAME_LENGTH,
  saveDialogOptions,
  saveFileWithDialog,
  suggestedFileExtension,
} from '../../../src/main/files';

describe('suggestedFileExtension', () => {
  it.each([
    ['upper-back-journal-backup-2026-11-21.json', 'json'],
    ['Upper Back Journal report (Ana) 2026-11-21.html', 'html'],
    ['episodes_2026.CSV', 'csv'],
    ['notes, for the physio.txt', 'txt'],
    ['summary.md', 'md'],
    ['Upper back report 2026-11-21.pdf', 'pdf'],
    ['REPORT.PDF', 'pdf'],
    ['journal-été.json', 'json'],
    ['2026.json', 'json'],
    [`${'a'.repeat(MAX_FILE_NAME_LENGTH - 5)}.json`, 'json'],
  ])('accepts %j', (name, extension) => {
    expect(suggestedFileExtension(name)).toBe(extension);
  });

  it.each([
    ['an empty name', ''],
    ['a parent folder', '../x.json'],
    ['a Windows parent folder', '..\\x.json'],
    ['a sub-folder', 'a/b.json'],
    ['a Windows sub-folder', 'a\\b.json'],
    ['an absolute path', '/etc/passwd.txt'],
    ['a drive', 'C:\\x.json'],
    ['a colon', 'x:y.json'],
    ['two dots', 'x..json'],
    ['a hidden file', '.bashrc.txt'],
    ['no extension', 'backup'],
    ['only an extension', '.json'],
    ['an executable', 'report.exe'],
    ['a script', 'report.sh'],
    ['a shortcut', 'report.json.lnk'],
    ['a macOS command file', 'report.command'],
    ['a trailing dot', 'report.json.'],
    ['a trailing space', 'report.json '],
    ['a Windows device name', 'CON.json'],
    ['another device name', 'lpt1.txt'],
    ['a null byte', 'x\0.json'],
    ['a newline', 'x\n.json'],
    ['a wildcard', 'x*.json'],
    ['a question mark', 'x?.json'],
    ['angle brackets', '<x>.json'],
    ['a pipe', 'x|y.json'],
    ['a quote', 'x".json'],
    ['a right-to-left override', 'report\u202Enosj.txt'],
    ['a name too long', `${'a'.repeat(MAX_FILE_NAME_LENGTH - 4)}.json`],
  ])('refuses %s', (_label, name) => {
    expect(suggestedFileExtension(name)).toBeNull();
  });
});

describe('saveDialogOptions', () => {
  it('proposes the name in the default folder, filtered to its kind, and asks before overwriting', () => {
    expect(saveDialogOptions('/home/ana/Documents', 'episodes.csv', 'csv')).toEqual({
      title: 'Save a copy',
      defaultPath: join('/home/ana/Documents', 'episodes.csv'),
      filters: [
        { name: 'CSV (spreadsheet)', extensions: ['csv'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });
});

describe('saveFileWithDialog', () => {
  let dir: string;
  let documents: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ubj-save-'));
    documents = join(dir, 'Documents');
    await mkdir(documents);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const mainWindow = { id: 'main window' };
  type FakeWindow = typeof mainWindow;

  /** A save dialog that answers as the person would, recording how it was shown. */
  function fakeDialog(answer: (options: SaveDialogOptions) => SaveDialogResultLike) {
    const shown: { window: FakeWindow | undefined; options: SaveDialogOptions }[] = [];
    const dialog = {
      showSaveDialog: async (...args: [FakeWindow, SaveDialogOptions] | [SaveDialogOptions]) => {
        const [window, options] = args.length === 2 ? args : [undefined, args[0]];
        shown.push({ window, options });
        return answer(options);
      },
    };
    return { dialog, shown };
  }

  const acceptDefault = (options: SaveDialogOptions): SaveDialogResultLike => ({
    canceled: false,
    filePath: options.defaultPath ?? '',
  });

  function save(
    dialog: ReturnType<typeof fakeDialog>['dialog'],
    name: string,
    content: string | Uint8Array,
    options: { fs?: AtomicWriteFs; window?: FakeWindow | undefined; maxBytes?: number } = {},
  ) {
    return saveFileWithDialog<FakeWindow>(
      {
        dialog,
        window: 'window' in options ? options.window : mainWindow,
        fs: options.fs ?? nodeMainFs,
        defaultFolder: documents,
        maxBytes: options.maxBytes,
      },
      name,
      content,
    );
  }

  it('shows the dialog on the window with the suggested name, then writes the file where the person chose', async () => {
    const { dialog, shown } = fakeDialog(acceptDefault);
    const content = '{"format":"upper-back-journal-backup","tables":{"episodes":[{"note":"ünïcode ✓"}]}}';
    const result = await save(dialog, 'journal.json', content);
    const location = join(documents, 'journal.json');
    expect(result).toEqual({ saved: true, location });
    expect(shown).toHaveLength(1);
    expect(shown[0]?.window).toBe(mainWindow);
    expect(shown[0]?.options.defaultPath).toBe(location);
    expect(await readFile(location, 'utf8')).toBe(content);
    expect(await readdir(documents)).toEqual(['journal.json']);
  });

  it('writes any text, not only backups: CSV and reports too', async () => {
    const { dialog } = fakeDialog(acceptDefault);
    await save(dialog, 'episodes.csv', 'date,intensity\n2026-11-21,4\n');
    expect(await readFile(join(documents, 'episodes.csv'), 'utf8')).toBe('date,intensity\n2026-11-21,4\n');
  });

  it('saves to another folder and name when the person picks them', async () => {
    const elsewhere = join(dir, 'USB stick');
    await mkdir(elsewhere);
    const { dialog } = fakeDialog(() => ({ canceled: false, filePath: join(elsewhere, 'my copy.json') }));
    await expect(save(dialog, 'journal.json', '{}')).resolves.toEqual({
      saved: true,
      location: join(elsewhere, 'my copy.json'),
    });
    expect(await readdir(elsewhere)).toEqual(['my copy.json']);
    expect(await readdir(documents)).toEqual([]);
  });

  it('writes bytes (a printed PDF) byte for byte, offering the PDF filter', async () => {
    const { dialog, shown } = fakeDialog(acceptDefault);
    // Not valid UTF-8: any conversion to text on the way would change these bytes.
    const pdf = new Uint8Array([
      0x25, 0x50, 0x44, 0x46, 0x2d, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff, 0x80,
    ]);
    const result = await save(dialog, 'report.pdf', pdf);
    const location = join(documents, 'report.pdf');
    expect(result).toEqual({ saved: true, location });
    expect(shown[0]?.options.filters?.[0]).toEqual({ name: 'PDF document', extensions: ['pdf'] });
    expect(new Uint8Array(await readFile(location))).toEqual(pdf);
    expect(await readdir(documents)).toEqual(['report.pdf']);
  });

  it('shows a free-standing dialog when there is no window', async () => {
    const { dialog, shown } = fakeDialog(acceptDefault);
    await save(dialog, 'journal.json', '{}', { window: undefined });
    expect(shown).toEqual([
      { window: undefined, options: expect.objectContaining({ title: 'Save a copy' }) },
    ]);
  });

  it.each<[string, SaveDialogResultLike]>([
    ['cancelled', { canceled: true, filePath: '' }],
    ['cancelled with a path left over', { canceled: true, filePath: '/tmp/x.json' }],
    ['closed without a path', { canceled: false, filePath: '' }],
    ['closed with no path at all', { canceled: false }],
  ])('saves nothing when the dialog was %s', async (_label, answer) => {
    const { dialog } = fakeDialog(() => answer);
    await expect(save(dialog, 'journal.json', '{}')).resolves.toEqual({ saved: false });
    expect(await readdir(documents)).toEqual([]);
  });

  it('replaces an existing file whole when the person confirms', async () => {
    await writeFile(join(documents, 'journal.json'), 'an older, longer copy of the journal');
    const { dialog } = fakeDialog(acceptDefault);
    await save(dialog, 'journal.json', '{"new":true}');
    expect(await readFile(join(documents, 'journal.json'), 'utf8')).toBe('{"new":true}');
    expect(await readdir(documents)).toEqual(['journal.json']);
  });

  it('keeps the existing file and leaves no temp file when the write fails before the rename', async () => {
    await writeFile(join(documents, 'journal.json'), 'the previous copy');
    const failingFs: AtomicWriteFs = {
      ...nodeMainFs,
      rename: async () => {
        throw new Error('EPERM: the file is open in another program');
      },
    };
    const { dialog } = fakeDialog(acceptDefault);
    await expect(save(dialog, 'journal.json', '{"new":true}', { fs: failingFs })).rejects.toThrow('EPERM');
    expect(await readFile(join(documents, 'journal.json'), 'utf8')).toBe('the previous copy');
    expect(await readdir(documents)).toEqual(['journal.json']);
  });

  it('fails, writing nothing, when the chosen folder does not exist', async () => {
    const { dialog } = fakeDialog(() => ({ canceled: false, filePath: join(dir, 'gone', 'journal.json') }));
    await expect(save(dialog, 'journal.json', '{}')).rejects.toThrow(/ENOENT/);
    expect(await readdir(dir)).toEqual(['Documents']);
  });

  it.each(['../x.json', '..\\x', '/etc/passwd', 'report.exe', ''])(
    'refuses the suggested name %j without showing the dialog',
    async (name) => {
      const { dialog, shown } = fakeDialog(acceptDefault);
      await expect(save(dialog, name, '{}')).rejects.toThrow('Refused: the suggested file name');
      expect(shown).toEqual([]);
      expect(await readdir(dir)).toEqual(['Documents']);
    },
  );

  it('refuses content larger than the limit, counted in UTF-8 bytes, without showing the dialog', async () => {
    const { dialog, shown } = fakeDialog(acceptDefault);
    const content = 'é'.repeat(10); // 20 bytes
    await expect(save(dialog, 'notes.txt', content, { maxBytes: 19 })).rejects.toThrow('too large');
    expect(shown).toEqual([]);
    await expect(save(dialog, 'notes.txt', content, { maxBytes: 20 })).resolves.toMatchObject({
      saved: true,
    });
  });

  it('refuses bytes larger than the limit, counted in bytes, without showing the dialog', async () => {
    const { dialog, shown } = fakeDialog(acceptDefault);
    const pdf = new Uint8Array(20).fill(0xff);
    await expect(save(dialog, 'report.pdf', pdf, { maxBytes: 19 })).rejects.toThrow('too large');
    expect(shown).toEqual([]);
    expect(await readdir(documents)).toEqual([]);
    await expect(save(dialog, 'report.pdf', pdf, { maxBytes: 20 })).resolves.toMatchObject({ saved: true });
  });

  it('counts the bytes of a view into a larger buffer, not the whole buffer', async () => {
    const { dialog } = fakeDialog(acceptDefault);
    const view = new Uint8Array(new ArrayBuffer(64), 8, 4).fill(0x41);
    await expect(save(dialog, 'report.pdf', view, { maxBytes: 4 })).resolves.toMatchObject({ saved: true });
    expect(await readFile(join(documents, 'report.pdf'), 'utf8')).toBe('AAAA');
  });
});
