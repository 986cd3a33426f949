/**
 * `npm start`: builds Sofie, starts the Salesforce emulator and opens Chromium with the extension
 * on the demo org. With a display the browser stays open until you close it; without one it runs
 * headless, walks through the first screens, saves screenshots and says what it did.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';

import { launchExtension } from '../test/e2e/harness/launch';
import { startEmulator } from '../test/emulator/server';

const DEMO_RECORD = 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view';
const OUT = 'test-results/start';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}

const emulator = await startEmulator();
const ext = await launchExtension({ salesforcePort: emulator.port, headless });
console.log(`Sofie ${ext.extensionId} loaded; Salesforce emulator on port ${emulator.port}.`);

const page = await ext.openSalesforcePage(DEMO_RECORD);
console.log(`Opened ${DEMO_RECORD}`);
const panel = await ext.openPanelFromLauncher(page);
await panel.waitFor('document.querySelector("[data-state]")');
console.log('Opened the Sofie side panel from the launcher.');

if (headless) {
  await mkdir(OUT, { recursive: true });
  await page.screenshot({ path: `${OUT}/salesforce-page.png` });
  await writeFile(`${OUT}/side-panel.png`, await panel.screenshot());
  console.log(
    `No display: ran headless. Screenshots in ${OUT}/ (salesforce-page.png, side-panel.png).`,
  );
  console.log(`The panel says:\n${(await panel.text()).trim()}`);
  await ext.close();
  await emulator.close();
} else {
  console.log('Close the browser window to stop.');
  ext.context.on('close', () => {
    void emulator.close().then(() => process.exit(0));
  });
}
