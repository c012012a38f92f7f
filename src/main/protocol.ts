import type { CustomScheme } from 'electron';
import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from '@shared/appOrigin';
import { CONTENT_SECURITY_POLICY } from '@shared/csp';

/**
 * standard: real origin, relative URLs and IndexedDB work; secure: treated like https (secure context);
 * supportFetchAPI: the renderer may fetch its own assets.
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const satisfies CustomScheme['privileges'];

/** Must run before the app's 'ready' event: Chromium reads the list of privileged schemes at startup. */
export function registerAppScheme(protocol: {
  registerSchemesAsPrivileged(customSchemes: CustomScheme[]): void;
}): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? FALLBACK_CONTENT_TYPE;
}

export type ReadBundleFile = (absolutePath: string) => Promise<Uint8Array>;

export type BundleHandler = (request: Request) => Promise<Response>;

/** Errors from reading a path that simply is not a file in the bundle. */
const NOT_FOUND_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

function isNotFoundError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    NOT_FOUND_CODES.has(error.code)
  );
}

function respond(status: number, body: Uint8Array | string | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

const refuse = (status: 403 | 404 | 405 | 500): Response =>
  respond(status, null, 'text/plain; charset=utf-8');

/**
 * Maps a URL path to a file under rootDir, or undefined when the path tries to leave it. Chromium already
 * resolves '..' segments, but the decoded path can still hold separators ('%2f', '%5c'), null bytes or an
 * absolute path, so the final check is on the resolved file path itself.
 */
export function resolveBundlePath(rootDir: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded.split('/').some((segment) => segment === '..')) return undefined;

  const relativePath = decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const filePath = resolve(root, relativePath === '' ? 'index.html' : relativePath);
  return filePath.startsWith(root + sep) ? filePath : undefined;
}

/** Serves the built renderer from rootDir for app://bundle/<path>, and nothing else. */
export function createBundleHandler(options: {
  rootDir: string;
  readFile: ReadBundleFile;
  /** Told about read failures other than "not there" (permissions, disk errors), which answer 500. */
  onReadError?: (error: unknown) => void;
}): BundleHandler {
  const { rootDir, readFile, onReadError } = options;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);

    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(404);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404);

    const filePath = resolveBundlePath(rootDir, url.pathname);
    if (filePath === undefined) return refuse(403);

    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch (error) {
      if (isNotFoundError(error)) return refuse(404);
      onReadError?.(error);
      return refuse(500);
    }
    return respond(200, request.method === 'HEAD' ? null : body, contentTypeFor(filePath));
  };
}

/** Routes every app:// request in the default session through the handler. Call after 'ready'. */
export function installBundleProtocol(
  protocol: { handle(scheme: string, handler: BundleHandler): void },
  handler: BundleHandler,
): void {
  protocol.handle(APP_SCHEME, handler);
}
