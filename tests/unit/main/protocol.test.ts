import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';
import type { BundleHandler } from '../../../src/main/protocol';
import {
  createBundleHandler,
  installBundleProtocol,
  registerAppScheme,
  resolveBundlePath,
} from '../../../src/main/protocol';

let sandbox: string;
let root: string;
let reads: string[];
let handler: BundleHandler;

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Upper Back Journal</title>',
  'assets/app.js': 'console.log("app")',
  'assets/app.css': 'body{}',
  'assets/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'assets/logo.png': 'png-bytes',
  'assets/font.woff2': 'woff2-bytes',
  'assets/manifest.json': '{}',
  'favicon.ico': 'ico-bytes',
  'assets/data.bin': 'bin-bytes',
};

beforeAll(async () => {
  sandbox = await mkdtemp(join(tmpdir(), 'ubj-protocol-'));
  root = join(sandbox, 'renderer');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  // Things a traversal would try to reach: a file beside the bundle, and a sibling folder whose name
  // starts with the bundle folder's name (which a bare startsWith(root) check would let through).
  await writeFile(join(sandbox, 'secret.txt'), 'SECRET');
  await mkdir(join(sandbox, 'renderer-evil'), { recursive: true });
  await writeFile(join(sandbox, 'renderer-evil', 'index.html'), 'SECRET');
});

afterAll(async () => {
  await rm(sandbox, { recursive: true, force: true });
});

beforeEach(() => {
  reads = [];
  handler = createBundleHandler({
    rootDir: root,
    readFile: async (path) => {
      reads.push(path);
      return readFile(path);
    },
  });
});

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

function expectNoReadOutsideRoot(): void {
  for (const path of reads) expect(path.startsWith(root + sep)).toBe(true);
}

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetch-capable, and nothing else', () => {
    const registered: CustomScheme[][] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(schemes) });
    expect(registered).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }],
    ]);
  });
});

describe('installBundleProtocol', () => {
  it('hands every app: request to the handler', () => {
    const installed: [string, BundleHandler][] = [];
    installBundleProtocol({ handle: (scheme, h) => installed.push([scheme, h]) }, handler);
    expect(installed).toEqual([['app', handler]]);
  });
});

describe('bundle handler: serving files', () => {
  it.each([
    ['app://bundle/', 'index.html'],
    ['app://bundle', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/assets/app.js', 'assets/app.js'],
    ['app://bundle/assets/app.js?v=3#top', 'assets/app.js'],
    ['app://bundle/assets/%61pp.css', 'assets/app.css'],
  ])('%s serves %s', async (url, file) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(files[file]);
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['assets/logo.png', 'image/png'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/manifest.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['assets/data.bin', 'application/octet-stream'],
  ])('serves %s as %s, never sniffed', async (file, type) => {
    const response = await get(`app://bundle/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe(type);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers HEAD with headers and no body', async () => {
    const response = await get('app://bundle/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await get('app://bundle/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(reads).toEqual([]);
  });

  it.each([
    'app://bundle/missing.js',
    'app://bundle/assets',
    'app://bundle/assets/',
    'app://bundle/index.html/x',
  ])('answers 404 for %s, which is not a file in the bundle', async (url) => {
    expect((await get(url)).status).toBe(404);
    expectNoReadOutsideRoot();
  });

  it('answers 500, and reports it, when a file exists but cannot be read', async () => {
    const errors: unknown[] = [];
    const denied = Object.assign(new Error('permission denied'), { code: 'EACCES' });
    const failing = createBundleHandler({
      rootDir: root,
      readFile: () => Promise.reject(denied),
      onReadError: (error) => errors.push(error),
    });
    const response = await failing(new Request('app://bundle/index.html'));
    expect(response.status).toBe(500);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(errors).toEqual([denied]);
  });
});

describe('bundle handler: refusing everything else', () => {
  it.each([
    'app://evil/index.html',
    'app://bundle.evil.com/index.html',
    'app://evilbundle/index.html',
    'app://bundle:8080/index.html',
    'https://bundle/index.html',
    'file:///etc/passwd',
  ])('answers 404 for %s without reading anything', async (url) => {
    expect((await get(url)).status).toBe(404);
    expect(reads).toEqual([]);
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E/%2E%2E/etc/passwd',
    'app://bundle/.%2e/secret.txt',
    'app://bundle/..%2fsecret.txt',
    'app://bundle/%2e%2e%2fsecret.txt',
    'app://bundle/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/..%2frenderer-evil%2findex.html',
    'app://bundle/..%5csecret.txt',
    'app://bundle/assets\\..\\..\\secret.txt',
    'app://bundle/%5c%5cserver%5cshare',
    'app://bundle//etc/passwd',
    'app://bundle/%2fetc%2fpasswd',
    'app://bundle/%2F..%2Fsecret.txt',
    'app://bundle/index.html%00.png',
    'app://bundle/%00',
    'app://bundle/%E0%A4%A',
    'app://bundle/%252e%252e/secret.txt',
    'app://bundle/C:%5cWindows%5cwin.ini',
  ])('answers 4xx for %s and never reads outside the bundle', async (url) => {
    const response = await get(url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toContain('SECRET');
    expectNoReadOutsideRoot();
  });

  it('answers 403 for an encoded parent segment, before touching the disk', async () => {
    expect((await get('app://bundle/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://bundle/index.html%00.png')).status).toBe(403);
    expect((await get('app://bundle/..%5csecret.txt')).status).toBe(403);
    expect(reads).toEqual([]);
  });
});

describe('bundle handler: Content-Security-Policy', () => {
  it.each([
    'app://bundle/index.html',
    'app://bundle/assets/app.js',
    'app://bundle/missing.js',
    'app://bundle/..%2fsecret.txt',
    'app://evil/index.html',
  ])('sends the policy with %s', async (url) => {
    const response = await get(url);
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('resolveBundlePath', () => {
  it('maps URL paths to files inside the root', () => {
    expect(resolveBundlePath('/srv/renderer', '/')).toBe(`${sep}srv${sep}renderer${sep}index.html`);
    expect(resolveBundlePath('/srv/renderer', '/assets/a%20b.js')).toBe(
      ['', 'srv', 'renderer', 'assets', 'a b.js'].join(sep),
    );
  });

  it.each(['/..', '/../renderer-evil/x', '/a/../../x', '/%2e%2e/x', '/x%00', '/a\\b', '/%ZZ'])(
    'refuses %s',
    (urlPath) => {
      expect(resolveBundlePath('/srv/renderer', urlPath)).toBeUndefined();
    },
  );
});
