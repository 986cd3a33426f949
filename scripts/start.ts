/**
 * `npm start`: builds Sofie, starts the Salesforce emulator and opens Chromium with the extension
 * on the demo org: the demo connected app is set in the settings and the panel signs in through
 * the emulator's real OAuth pages as the demo admin. With a display the browser stays open until
 * you close it; without one it runs headless, saves screenshots and says what it did.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';

import { launchExtension } from '../test/e2e/harness/launch';
import { EmulatorControl } from '../test/emulator/control/client';
import { DEMO_CLIENT_ID } from '../test/emulator/oauth/apps';
import { startEmulator } from '../test/emulator/server';

const DEMO_RECORD = 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view';
const DEMO_USER = 'admin@acme.example';
const CONNECT = '[data-state=not-connected] .sofie-connect button';
const OUT = 'test-results/start';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (!process.argv.includes('--no-build')) {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
}

const emulator = await startEmulator();
const ext = await launchExtension({ salesforcePort: emulator.port, headless });
console.log(`Sofie ${ext.extensionId} loaded; Salesforce emulator on port ${emulator.port}.`);
await ext.serviceWorker.evaluate(
  (clientId) =>
    chrome.storage.local.set({
      settings: {
        clientId,
        authBaseUrl: 'https://login.salesforce.com',
        // The demo org's own data model, so its projects and quality issues turn up in search.
        searchObjects: ['Project__c', 'Quality_Issue__c'],
      },
    }),
  DEMO_CLIENT_ID,
);
console.log(
  `Set the demo connected app (${DEMO_CLIENT_ID}), https://login.salesforce.com and the demo's custom objects for search.`,
);

const page = await ext.openSalesforcePage(DEMO_RECORD);
console.log(`Opened ${DEMO_RECORD}`);
const panel = await ext.openPanelFromLauncher(page);
await panel.waitFor(`document.querySelector(${JSON.stringify(CONNECT)})`);
console.log('Opened the Sofie side panel from the launcher.');
await new EmulatorControl(emulator.controlUrl).autoLogin(DEMO_USER);
await panel.click(CONNECT);
await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 30_000);
console.log(`Signed in as ${DEMO_USER} through the emulator's OAuth pages; the record is shown.`);

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
