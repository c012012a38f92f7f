import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngIssue } from '../../../scripts/electronegativityFindings.mjs';
import {
  evaluateScan,
  formatFindingsTable,
  formatSummary,
  isBlocking,
} from '../../../scripts/electronegativityFindings.mjs';
import { installedElectronVersion, scanForElectronIssues } from '../../../scripts/electronegativityScan.mjs';

function issue(overrides: Partial<EngIssue> = {}): EngIssue {
  return {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    severity: { name: 'MEDIUM', value: 2 },
    confidence: { name: 'TENTATIVE', value: 0 },
    file: '/repo/src/main/index.ts',
    location: { line: 58, column: 4 },
    description: 'Review the use of openExternal',
    manualReview: true,
    visibility: { inlineDisabled: false, globalCheckDisabled: false, excludesGlobal: [] },
    ...overrides,
  };
}

const low = issue({
  id: 'CSP_GLOBAL_CHECK',
  severity: { name: 'LOW', value: 1 },
  confidence: { name: 'FIRM', value: 1 },
  file: '/repo/src/renderer/index.html',
  location: { line: 5, column: 0 },
  description: 'One or more CSP directives detected seems to be vulnerable',
  visibility: undefined,
});

describe('which findings block the scan', () => {
  it.each([
    ['HIGH', true],
    ['MEDIUM', true],
    ['LOW', false],
    ['INFORMATIONAL', false],
    ['SOMETHING_NEW', true],
  ])('%s blocks: %s, whatever the confidence', (name, blocks) => {
    for (const confidence of ['TENTATIVE', 'FIRM', 'CERTAIN']) {
      expect(isBlocking(issue({ severity: { name }, confidence: { name: confidence } }))).toBe(blocks);
    }
  });

  it('ignores findings switched off by an eng-disable comment', () => {
    const silenced = issue({ visibility: { inlineDisabled: true } });
    expect(isBlocking(silenced)).toBe(false);
    expect(isBlocking(issue({ visibility: { globalCheckDisabled: true } }))).toBe(false);
    expect(evaluateScan({ issues: [silenced, low] })).toMatchObject({
      ok: true,
      blocking: [],
      reported: [low],
    });
  });

  it('fails on a finding of medium or higher', () => {
    const medium = issue();
    expect(evaluateScan({ issues: [medium, low] })).toMatchObject({
      ok: false,
      blocking: [medium],
      reported: [low],
    });
  });

  it('fails when a file could not be parsed, but not on parser warnings', () => {
    const unparsed = { file: '/repo/src/x.ts', message: 'Unexpected token (1:6)', tolerable: false };
    const warning = { file: '/repo/src/y.ts', message: 'odd but fine', tolerable: true };
    expect(evaluateScan({ issues: [], errors: [warning] }).ok).toBe(true);
    expect(evaluateScan({ issues: [], errors: [warning, unparsed] })).toMatchObject({
      ok: false,
      unparsed: [unparsed],
      parseWarnings: [warning],
    });
  });
});

describe('the printed findings', () => {
  it('sums up a clean scan with the lower findings by id', () => {
    expect(formatSummary({ checks: 41, files: 219, issues: [low] })).toBe(
      'electronegativity: 41 checks over 219 files, 0 findings of medium or higher (1 low: CSP_GLOBAL_CHECK)',
    );
    expect(formatSummary({ checks: 1, files: 1, issues: [] })).toBe(
      'electronegativity: 1 check over 1 file, 0 findings of medium or higher',
    );
  });

  it('counts blocking findings, repeated ids and unparsed files', () => {
    const info = issue({ id: 'NODE_INTEGRATION_JS_CHECK', severity: { name: 'INFORMATIONAL' } });
    const summary = formatSummary({
      checks: 41,
      files: 3,
      issues: [issue(), issue({ location: { line: 95, column: 8 } }), low, low, info],
      errors: [{ file: '/repo/src/x.ts', message: 'Unexpected token', tolerable: false }],
    });
    expect(summary).toBe(
      'electronegativity: 41 checks over 3 files, 2 findings of medium or higher ' +
        '(2 low: CSP_GLOBAL_CHECK ×2; 1 informational: NODE_INTEGRATION_JS_CHECK), 1 file not scanned (parse errors)',
    );
  });

  it('prints a table, most severe first, with paths relative to the repository', () => {
    const table = formatFindingsTable([low, issue()], '/repo').split('\n');
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/^id\s+severity\s+confidence\s+file:line\s+description$/);
    expect(table[1]).toMatch(
      /^OPEN_EXTERNAL_JS_CHECK\s+MEDIUM\s+TENTATIVE\s+src\/main\/index\.ts:58\s+Review the use of openExternal \(manual review\)$/,
    );
    expect(table[2]).toMatch(
      /^CSP_GLOBAL_CHECK\s+LOW\s+FIRM\s+src\/renderer\/index\.html:5\s+One or more CSP/,
    );
    // Columns line up.
    expect(table[1]?.indexOf('MEDIUM')).toBe(table[0]?.indexOf('severity'));
  });

  it('says where a whole-app finding (no file) applies', () => {
    const noCsp = issue({ id: 'CSP_GLOBAL_CHECK', file: 'N/A', location: { line: 0, column: 0 } });
    expect(formatFindingsTable([noCsp], '/repo')).toContain('(whole app)');
  });
});

// A real run of electronegativity, so the scan cannot pass just because it checked nothing.
describe('a real electronegativity scan', () => {
  let dir = '';

  // A small app that does what electronegativity asks: isolated sandboxed window, navigation and new
  // windows refused, permissions denied, a strict CSP.
  const cleanMain = `import { BrowserWindow, session } from 'electron';

export function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  return win;
}
`;
  const cleanHtml = `<!doctype html>
<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'" /></head><body></body></html>
`;

  async function app(name: string, extra: Record<string, string> = {}): Promise<string> {
    const folder = join(dir, name);
    await mkdir(folder, { recursive: true });
    const files: Record<string, string> = { 'main.ts': cleanMain, 'index.html': cleanHtml, ...extra };
    for (const [file, text] of Object.entries(files)) await writeFile(join(folder, file), text);
    return folder;
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ubj-electronegativity-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('never loads the HTTP client electronegativity would use to go online', async () => {
    await scanForElectronIssues({ input: await app('offline') });
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.some((file) => file.includes('@doyensec/electronegativity'))).toBe(true);
    expect(loaded.filter((file) => /[\\/]node_modules[\\/]got[\\/]/.test(file))).toEqual([]);
  }, 30_000); // a real scan of a real app: seconds alone, more on a busy machine

  it('reads the installed Electron version', () => {
    expect(installedElectronVersion()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('finds nothing in a clean app', async () => {
    const result = await scanForElectronIssues({ input: await app('clean') });
    expect(result.checks).toBeGreaterThan(30);
    expect(result.files).toBe(2);
    expect(result.errors).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(evaluateScan(result).ok).toBe(true);
  });

  it('blocks a window with Node integration and no context isolation', async () => {
    const bad = `const { BrowserWindow } = require('electron');
const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
`;
    const folder = await app('bad', { 'bad.js': bad });
    const result = await scanForElectronIssues({ input: folder });
    const verdict = evaluateScan(result);
    expect(verdict.ok).toBe(false);
    expect(verdict.blocking).toContainEqual(
      expect.objectContaining({
        id: 'CONTEXT_ISOLATION_JS_CHECK',
        file: join(folder, 'bad.js'),
        location: expect.objectContaining({ line: 2 }),
      }),
    );
    // Every finding is in the bad file: the clean one next to it stays clean.
    expect(result.issues.map((found) => found.file)).toEqual(result.issues.map(() => join(folder, 'bad.js')));
  });

  it('honours `// eng-disable CHECK reason` on the flagged line, and only there', async () => {
    const links = `import { shell } from 'electron';

export function open(url: string): void {
  void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK url checked by isAllowedExternalUrl
}

export function openUnchecked(url: string): void {
  void shell.openExternal(url);
}
`;
    const result = await scanForElectronIssues({ input: await app('links', { 'links.ts': links }) });
    expect(result.issues.map((found) => [found.id, found.location?.line])).toEqual([
      ['OPEN_EXTERNAL_JS_CHECK', 8],
    ]);
  });

  it('fails when a file cannot be parsed, since it was not scanned', async () => {
    const result = await scanForElectronIssues({
      input: await app('broken', { 'broken.ts': 'let x: = 1;\n' }),
    });
    const verdict = evaluateScan(result);
    expect(verdict.ok).toBe(false);
    expect(verdict.unparsed).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/broken\.ts$/) }),
    ]);
  });
});
