#!/usr/bin/env node
// Serves the built renderer (out/renderer) on http://127.0.0.1:$PORT for any browser, with the same
// Content-Security-Policy header as the desktop app's app:// protocol. Only loopback, only files
// inside out/renderer.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../out/renderer', import.meta.url)));
const port = Number(process.env.PORT ?? 5199);
const host = '127.0.0.1';

// Keep in step with src/shared/csp.ts (a unit test checks they match).
const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const server = createServer(async (request, response) => {
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' };
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', `http://${host}`).pathname);
  } catch {
    response.writeHead(400, headers).end('Bad request');
    return;
  }
  const file = resolve(join(root, pathname === '/' ? 'index.html' : pathname));
  if (!file.startsWith(root + sep) || pathname.includes('\0')) {
    response.writeHead(403, headers).end('Forbidden');
    return;
  }
  try {
    const body = await readFile(file);
    response
      .writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    response.writeHead(404, headers).end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`Upper Back Journal is running at http://${host}:${port}/ (press Ctrl+C to stop)`);
});
