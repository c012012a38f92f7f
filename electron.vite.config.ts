import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import pkg from './package.json';

// The production Content-Security-Policy lives in src/renderer/index.html. Vite's dev server injects an
// inline React-refresh preamble, inline styles and a websocket, so only `npm start` loosens it.
function relaxCspForDevServer(): Plugin {
  return {
    name: 'relax-csp-for-dev-server',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

const shared = resolve(__dirname, 'src/shared');

export default defineConfig({
  main: {
    resolve: { alias: { '@shared': shared } },
  },
  preload: {
    resolve: { alias: { '@shared': shared } },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias: { '@shared': shared, '@renderer': resolve(__dirname, 'src/renderer/src') } },
    // __BUILD_ID__ tells one build from the next, so answers kept from an older build are worked out again.
    define: {
      __APP_VERSION__: JSON.stringify(pkg.version),
      __BUILD_ID__: JSON.stringify(`${pkg.version} ${new Date().toISOString()}`),
    },
    plugins: [react(), relaxCspForDevServer()],
    // electron-vite leaves minifying off; the renderer loads faster minified.
    build: { sourcemap: process.env.UBJ_SOURCEMAP === '1', minify: true },
  },
});
