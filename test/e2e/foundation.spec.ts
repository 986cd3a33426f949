import { describe, expect, it } from 'vitest';

import { PINNED_EXTENSION_ID } from '../../lib/manifest-key';
import { useBrowser } from './harness/fixture';

const ACCOUNT_URL = 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view';

describe('a person opens Sofie from a Salesforce record page', () => {
  const t = useBrowser();

  it('loads the extension with the pinned id', () => {
    expect(t.ext.extensionId).toBe(PINNED_EXTENSION_ID);
  });

  it('shows the launcher on a Lightning record page, opens the real side panel, which asks to set up the connection, and reaches the settings', async () => {
    const page = await t.ext.openSalesforcePage(ACCOUNT_URL);
    expect(await page.locator('h1').textContent()).toBe('Acme Corporation');
    const launcher = page.locator('#sofie-launcher-host button');
    await launcher.waitFor();
    expect(await launcher.getAttribute('aria-label')).toBe('Open Sofie');

    const panel = await t.ext.openPanelFromLauncher(page);
    await panel.waitFor('document.querySelector("[data-state=not-configured]")');
    const text = await panel.text();
    expect(text).toContain('Set up the Salesforce connection');

    const optionsOpened = t.ext.context.waitForEvent('page', {
      predicate: (p) => p.url().startsWith(t.ext.extensionUrl('options.html')),
    });
    await panel.click('Open settings');
    const options = await optionsOpened;
    await options.waitForLoadState();
    expect(await options.locator('h1').textContent()).toBe('Sofie settings');
  });

  it('offers no launcher on the login host', async () => {
    const page = await t.ext.openSalesforcePage('https://login.salesforce.com/lightning/page/home');
    await page.waitForTimeout(500);
    expect(await page.locator('#sofie-launcher-host').count()).toBe(0);
  });
});
