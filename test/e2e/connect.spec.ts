import { describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

describe('a user connects Sofie to their org and stays connected', () => {
  const t = useBrowser();

  it('connects through Salesforce sign-in from the panel and shows the record of the tab', async () => {
    await configure(t, {});
    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account), {
      connectAs: 'admin@acme.example',
    });

    expect(await panel.evaluate<string>('document.querySelector("#record-name").textContent')).toBe(
      'Acme Corporation',
    );
    expect(await panel.text()).toContain('Acme');
    expect(
      await panel.evaluate<string>('document.querySelector("[data-environment]").textContent'),
    ).toBe('Production');
  });

  it('renews an expired access token without any prompt', async () => {
    const emulator = control(t);
    await emulator.autoLogin(null);
    const mark = (await emulator.log()).last;
    await emulator.expireSessions();

    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Contact', ACME.contact));
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);

    expect(await panel.evaluate<string>('document.querySelector("#record-name").textContent')).toBe(
      'Rose Gonzalez',
    );
    const oauth = (await emulator.log({ since: mark, kind: 'oauth' })).entries.map(
      (e) => `${e.method} ${e.path}`,
    );
    expect(oauth).toContain('POST /services/oauth2/token');
    expect(oauth).not.toContain('GET /services/oauth2/authorize');
  });

  it('asks to sign in again after Salesforce revokes the connection, and loses nothing else', async () => {
    const emulator = control(t);
    await emulator.revokeTokens('admin@acme.example');
    await emulator.expireSessions();

    const { panel } = await openRecordPanel(
      t,
      recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity),
    );
    await panel.waitFor('document.querySelector("[data-state=reconnect]")', 20_000);

    expect(await panel.text()).toContain('Sign in again');
    const settings = await t.ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
    expect(settings).toHaveProperty('settings.clientId', 'SofieDemoClientId');
  });
});
