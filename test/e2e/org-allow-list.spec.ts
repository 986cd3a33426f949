import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PINNED_EXTENSION_ID } from '../../lib/manifest-key';
import { sfid } from '../emulator/core/ids';
import { openOptions, storedAuth } from './connections-helpers';
import { useBrowser } from './harness/fixture';
import { configure, control } from './harness/sofie';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'sofie-e2e-org-allow-list.json');
const GLOBEX_ORG = sfid('00D', 3);
const ACME_ORG = sfid('00D', 1);

describe('an admin allows Sofie only with approved orgs', () => {
  // Registered before useBrowser, so the policy file exists when Chromium starts.
  beforeAll(() => {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [PINNED_EXTENSION_ID]: {
              allowedOrgIds: [GLOBEX_ORG],
              supportContact: 'it-help@globex.example',
            },
          },
        },
      }),
    );
  });

  afterAll(() => {
    rmSync(POLICY_FILE, { force: true });
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
