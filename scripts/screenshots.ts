/**
 * `npm run screenshots`: the panel's main states at 360 px wide, light and dark, from the real
 * extension against the emulator, written to docs/screenshots/ (linked from the README).
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';

import { launchExtension } from '../test/e2e/harness/launch';
import type { SidePanel } from '../test/e2e/harness/side-panel';
import { typeInPanel } from '../test/e2e/harness/sofie';
import { EmulatorControl } from '../test/emulator/control/client';
import { DEMO_CLIENT_ID } from '../test/emulator/oauth/apps';
import { startEmulator } from '../test/emulator/server';

const OUT = 'docs/screenshots';
const ACME = 'https://acme.lightning.force.com/lightning/r';

if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
await mkdir(OUT, { recursive: true });

const emulator = await startEmulator();
const control = new EmulatorControl(emulator.controlUrl);
const ext = await launchExtension({ salesforcePort: emulator.port });

async function shoot(panel: SidePanel, name: string): Promise<void> {
  await panel.command('Emulation.setDeviceMetricsOverride', {
    width: 360,
    height: 720,
    deviceScaleFactor: 1,
    mobile: false,
  });
  for (const scheme of ['light', 'dark'] as const) {
    await panel.command('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-color-scheme', value: scheme }],
    });
    await new Promise((r) => setTimeout(r, 150));
    await writeFile(`${OUT}/${name}-${scheme}.png`, await panel.screenshot());
  }
  console.log(`${name}: light and dark`);
}

const page = await ext.openSalesforcePage(`${ACME}/Account/001000000000001AAA/view`);
const panel = await ext.openPanelFromLauncher(page);
await panel.waitFor('document.querySelector("[data-state=not-configured]")');
await shoot(panel, 'not-configured');

await ext.serviceWorker.evaluate(
  (clientId) =>
    chrome.storage.local.set({
      settings: { clientId, authBaseUrl: 'https://login.salesforce.com' },
    }),
  DEMO_CLIENT_ID,
);
await panel.waitFor('document.querySelector("[data-state=not-connected]")');
await shoot(panel, 'not-connected');

await control.autoLogin('admin@acme.example');
await panel.click('[data-state=not-connected] .sofie-connect button');
await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
await shoot(panel, 'record-account');

await page.goto(`${ACME}/Opportunity/006000000000001AAA/view`);
await panel.waitFor(
  'document.querySelector("[data-record-id=\'006000000000001AAA\'][data-status=ready]")',
  20_000,
);
await shoot(panel, 'record-opportunity');

await typeInPanel(panel, '.sofie-search input[role=combobox]', 'Acme');
await panel.waitFor('document.querySelector("[data-search-phase=done] [role=option]")', 15_000);
await shoot(panel, 'search-results');
await typeInPanel(panel, '.sofie-search input[role=combobox]', '');
await panel.waitFor('!document.querySelector("[role=option]")');

await panel.click('[data-action=review-suggestions]');
await panel.waitFor('document.querySelector("li[data-field=CloseDate] [data-action=accept]")');
await panel.click('li[data-field=CloseDate] [data-action=accept]');
await panel.waitFor('document.querySelector("li[data-field=CloseDate][data-decision=accepted]")');
await panel.evaluate('document.querySelector(".sofie-review").scrollIntoView() || true');
await shoot(panel, 'review');
await panel.click('[data-action=discard]');
await panel.waitFor('!document.querySelector("[data-action=discard]")');

await page.goto(
  'https://acme--uat.sandbox.lightning.force.com/lightning/r/Account/001000000000001AAA/view',
);
await panel.waitFor('document.querySelector("[data-state=mismatch]")', 20_000);
await shoot(panel, 'mismatch');

await ext.close();
await emulator.close();
