import { describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';

const ACCOUNT_URL = 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view';

describe('a German-speaking user gets Sofie in German', () => {
  const t = useBrowser({ launch: { locale: 'de' } });

  it('shows the launcher, the panel and the settings in the browser language', async () => {
    const page = await t.ext.openSalesforcePage(ACCOUNT_URL);
    expect(await page.locator('#sofie-launcher-host button').getAttribute('aria-label')).toBe(
      'Sofie öffnen',
    );

    const panel = await t.ext.openPanelFromLauncher(page);
    await panel.waitFor('document.querySelector("[data-state=not-configured]")');

    expect(await panel.text()).toContain('Salesforce-Verbindung einrichten');
    expect(await panel.evaluate<string>('document.documentElement.lang')).toMatch(/^de/);
  });
});
