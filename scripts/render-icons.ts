/**
 * Renders docs/brand/sofie.svg to the PNG sizes the manifest names, with the same headless
 * Chromium the tests use. Run after changing the SVG: `npx tsx scripts/render-icons.ts`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

import { findChromium } from '../test/e2e/harness/chromium';

const SIZES = [16, 32, 48, 128];

const svg = await readFile('docs/brand/sofie.svg', 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const page = await browser.newPage();

for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await writeFile(`public/icons/${size}.png`, await page.screenshot({ omitBackground: true }));
}

await browser.close();
console.log(`Rendered ${SIZES.join(', ')} px icons.`);
