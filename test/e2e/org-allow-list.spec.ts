import { describe, expect, it } from 'vitest';

import { sfid } from '../emulator/core/ids';
import { openOptions, storedAuth } from './connections-helpers';
import { useBrowser } from './harness/fixture';
import { usePolicy } from './harness/policy';
import { configure, control } from './harness/sofie';

const GLOBEX_ORG = sfid('00D', 3);
const ACME_ORG = sfid('00D', 1);

describe('an admin allows Sofie only with approved orgs', () => {
  usePolicy('org-allow-list', {
    allowedOrgIds: [GLOBEX_ORG],
    supportContact: 'it-help@globex.example',
  });

  const t = useBrowser();

  it('refuses to connect an org outside the list, says why and whom to ask, and keeps nothing', async () => {
    await configure(t, {});
    await control(t).autoLogin('admin@acme.example');
    const page = await openOptions(t);

    await page.locator('[data-action=connect]').click();

    const problem = page.locator('.sofie-conn__status [data-problem]');
    await problem.waitFor({ timeout: 20_000 });
    expect(await problem.getAttribute('data-problem')).toBe('org_not_allowed');
    const text = await problem.textContent();
    expect(text).toContain('Your organization allows Sofie only with approved Salesforce orgs');
    expect(text).toContain(ACME_ORG.slice(0, 15));
    expect(text).toContain('Contact it-help@globex.example');
    expect(await page.locator('[data-connection]').count()).toBe(0);
    expect(await storedAuth(t)).toEqual({ connections: 0, refreshTokens: 0, accessTokens: 0 });
  });

  it('connects the allowed org', async () => {
    await control(t).autoLogin('admin@globex.example');
    const page = await openOptions(t);

    await page.locator('[data-action=connect]').click();

    await page.locator('[data-connection]').waitFor({ timeout: 20_000 });
    expect(await page.locator('[data-connection]').getAttribute('data-org-id')).toBe(GLOBEX_ORG);
  });
});
