#!/usr/bin/env node
// Renders the app and tray icons in resources/ from their SVG sources, with Debian's Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium) driven by Playwright. Never downloads a browser.
//
//   resources/icon.svg -> icon.png (1024x1024; electron-builder makes .ico/.icns/Linux sizes from it)
//                      -> tray.png (32x32, full colour, for Windows and Linux trays)
//   resources/tray.svg -> trayTemplate.png (16x16) and trayTemplate@2x.png (32x32): black on transparent;
//                         the "Template" suffix lets macOS tint it for light and dark menu bars.
//
// Usage: node scripts/render-icons.mjs
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const resources = fileURLToPath(new URL('../resources/', import.meta.url));

/** @type {{ source: string; output: string; size: number }[]} */
const RENDERS = [
  { source: 'icon.svg', output: 'icon.png', size: 1024 },
  { source: 'icon.svg', output: 'tray.png', size: 32 },
  { source: 'tray.svg', output: 'trayTemplate.png', size: 16 },
  { source: 'tray.svg', output: 'trayTemplate@2x.png', size: 32 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // Without these, Chromium keeps trying to reach the network.
  args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  // Scale factor 1: one CSS pixel is one image pixel, so the element's size is the PNG's size.
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { source, output, size } of RENDERS) {
    const svg = await readFile(resources + source, 'utf8');
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:transparent">` +
        `<div id="icon" style="width:${size}px;height:${size}px;line-height:0">${svg}</div></body></html>`,
    );
    // The SVG fills the box exactly, whatever width/height it declares itself.
    await page.$eval('#icon svg', (element) => {
      element.setAttribute('width', '100%');
      element.setAttribute('height', '100%');
      element.style.display = 'block';
    });
    const box = await page.locator('#icon').boundingBox();
    if (!box || box.width !== size || box.height !== size) {
      throw new Error(`${output}: the element is ${box?.width}x${box?.height}, expected ${size}x${size}`);
    }
    await page.locator('#icon').screenshot({ path: resources + output, omitBackground: true });
    console.log(`resources/${output}: ${size}x${size} from resources/${source}`);
  }
} finally {
  await browser.close();
}
