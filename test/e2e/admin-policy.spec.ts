import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { PINNED_EXTENSION_ID } from '../../lib/manifest-key';
import { useBrowser } from './harness/fixture';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'sofie-e2e-admin-policy.json');

/**
 * A policy as an admin might really push it: some good values, two of the wrong type (Chromium
 * drops those against the managed schema before Sofie sees them), one unknown key (dropped too),
 * and two that pass the schema but that Sofie refuses: a login host outside Salesforce and a
 * My Domain that is not one.
 */
const POLICY = {
  writeMode: 'off',
  allowProductionWrites: false,
  supportContact: 'it-help@acme.example',
  maxFieldsPerChange: 'ten',
  verboseLogging: 'yes',
  authBaseUrl: 'https://login.example.com',
  allowedMyDomains: ['acme.my.salesforce.com', 'acme.example.com'],
  surpriseSetting: true,
};

async function openOptions(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-setting=writeMode]').waitFor();
}

describe('an admin manages Sofie through browser policy', () => {
  // Registered before useBrowser, so the policy file exists when Chromium starts.
  beforeAll(() => {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [PINNED_EXTENSION_ID]: POLICY } } }),
    );
  });

  afterAll(() => {
    rmSync(POLICY_FILE, { force: true });
  });

  const t = useBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await t.ext.context.newPage();
    page.on('console', (m) => t.ext.logs.push(`[options:${m.type()}] ${m.text()}`));
  });

  it('shows the values the policy sets as locked and "Set by your organization"', async () => {
    await openOptions(page, t.ext.extensionUrl('options.html'));

    const writeMode = page.locator('#setting-writeMode');
    expect(await writeMode.inputValue()).toBe('off');
    expect(await writeMode.isDisabled()).toBe(true);
    expect(await page.locator('#writeMode-source').textContent()).toContain(
      'Set by your organization',
    );
    expect(await page.locator('#setting-allowProductionWrites').isChecked()).toBe(false);
    expect(await page.locator('#setting-allowProductionWrites').isDisabled()).toBe(true);
    const contact = page.locator('#setting-supportContact');
    expect(await contact.inputValue()).toBe('it-help@acme.example');
    expect(await contact.getAttribute('readonly')).not.toBeNull();
    expect(await contact.getAttribute('aria-describedby')).toContain('supportContact-source');
    expect(await page.locator('#callback-url').inputValue()).toBe(
      `https://${PINNED_EXTENSION_ID}.chromiumapp.org/oauth2`,
    );
  });

  it('lists the policy problems and keeps every other setting working', async () => {
    await openOptions(page, t.ext.extensionUrl('options.html'));

    const problems = page.locator('[data-section=policy-problems]');
    expect(await problems.locator('h2').textContent()).toBe('Policy problems');
    const authProblem = await problems.locator('[data-policy-key=authBaseUrl]').textContent();
    expect(authProblem).toContain('is not a Salesforce login address');
    expect(authProblem).toContain('Sofie uses the default instead.');
    expect(await problems.locator('[data-policy-key=allowedMyDomains]').textContent()).toContain(
      'acme.example.com',
    );
    // The refused login host leaves the default in place, and the person may still change it.
    expect(await page.locator('input[name=authBaseUrl-kind][value=production]').isChecked()).toBe(
      true,
    );
    expect(await page.locator('#authBaseUrl-source').textContent()).toBe('Default');
    // Values of the wrong type never reach Sofie: their defaults apply, unlocked.
    expect(await page.locator('#setting-maxFieldsPerChange').inputValue()).toBe('10');
    expect(await page.locator('#setting-verboseLogging').isDisabled()).toBe(false);

    await page.locator('#setting-sofieWebAppUrl').fill('https://sofie.acme.example');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => page.getByRole('status').last().textContent()).toBe('Saved.');
    await openOptions(page, t.ext.extensionUrl('options.html'));
    expect(await page.locator('#setting-sofieWebAppUrl').inputValue()).toBe(
      'https://sofie.acme.example/',
    );
    expect(await page.locator('#sofieWebAppUrl-source').textContent()).toBe('Your setting');
  });

  it('shows an invalid value next to its field and saves nothing at all', async () => {
    await openOptions(page, t.ext.extensionUrl('options.html'));

    await page.locator('#setting-sofieWebAppUrl').fill('https://another.acme.example');
    await page.locator('#setting-clientId').fill('Consumer Key 3MVG9');
    await page.getByRole('button', { name: 'Save' }).click();

    const clientId = page.locator('#setting-clientId');
    await expect.poll(() => clientId.getAttribute('aria-invalid')).toBe('true');
    expect(await clientId.getAttribute('aria-describedby')).toContain('clientId-error');
    expect(await page.locator('#clientId-error').textContent()).toContain(
      'The Client ID contains spaces.',
    );
    expect(await page.locator('.sofie-savebar [role=status]').textContent()).toContain(
      'Nothing was saved.',
    );

    await openOptions(page, t.ext.extensionUrl('options.html'));
    expect(await page.locator('#setting-clientId').inputValue()).toBe('');
    expect(await page.locator('#setting-sofieWebAppUrl').inputValue()).toBe(
      'https://sofie.acme.example/',
    );
  });

  it('has no accessibility violations on the options page', async () => {
    await openOptions(page, t.ext.extensionUrl('options.html'));
    const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        globalThis as unknown as {
          axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });

    expect(violations).toEqual([]);
  });
});
