import { describe, expect, it } from 'vitest';

import { openOptions, signInThroughPopup, storedAuth } from './connections-helpers';
import { useBrowser } from './harness/fixture';
import { configure, control } from './harness/sofie';

describe('a user connects and disconnects orgs on the options page', () => {
  const t = useBrowser();

  it('connects through Salesforce’s own login and consent pages and lists the org', async () => {
    await configure(t, {});
    await control(t).autoLogin(null);
    const page = await openOptions(t);
    expect(await page.locator('[data-section=connections]').textContent()).toContain(
      'No Salesforce org is connected yet.',
    );

    await signInThroughPopup(t, () => page.locator('[data-action=connect]').click(), {
      username: 'admin@acme.example',
    });

    const row = page.locator('[data-connection]');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('.sofie-conn__org-name').textContent()).toBe('Acme');
    expect(await row.locator('[data-environment]').textContent()).toBe('Production');
    expect(await row.locator('[data-field=username]').textContent()).toContain(
      'admin@acme.example',
    );
    expect(await row.locator('[data-field=host]').textContent()).toContain(
      'acme.my.salesforce.com',
    );
    const since = await row.locator('[data-field=since] time').getAttribute('datetime');
    expect(Math.abs(Date.parse(since ?? '') - Date.now())).toBeLessThan(120_000);
    expect(await storedAuth(t)).toEqual({ connections: 1, refreshTokens: 1, accessTokens: 1 });
  });

  it('disconnects: revokes at Salesforce and forgets the connection and its tokens', async () => {
    const emulator = control(t);
    const mark = (await emulator.log()).last;
    const page = await openOptions(t);

    await page.getByRole('button', { name: 'Disconnect Acme (admin@acme.example)' }).click();

    await page.locator('[data-connection]').waitFor({ state: 'detached' });
    expect(await page.locator('.sofie-conn__status').textContent()).toContain(
      'Disconnected Acme (admin@acme.example)',
    );
    const revokes = (await emulator.log({ since: mark, kind: 'oauth' })).entries.filter(
      (e) => e.path === '/services/oauth2/revoke',
    );
    expect(revokes.map((e) => [e.method, e.status])).toEqual([['POST', 200]]);
    expect(await storedAuth(t)).toEqual({ connections: 0, refreshTokens: 0, accessTokens: 0 });
  });

  it('signs in as a different user even while Salesforce remembers the last one', async () => {
    const page = await openOptions(t);

    // The emulator still has the admin's session cookie: only `prompt=login` shows the form.
    await signInThroughPopup(t, () => page.locator('[data-action=connect-other-user]').click(), {
      username: 'sales@acme.example',
    });

    const row = page.locator('[data-connection]');
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator('[data-field=username]').textContent()).toContain(
      'sales@acme.example',
    );
  });
});
