import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { PINNED_EXTENSION_ID } from '../../lib/manifest-key';
import { useBrowser } from './harness/fixture';
import { usePolicy } from './harness/policy';

/**
 * A policy as an admin might really push it: some good values, one of the wrong type (Chromium
 * drops it against the managed schema before Sofie sees it), one unknown key (dropped too), and
 * three that pass the schema but that Sofie refuses: a login host outside Salesforce, a My Domain
 * that is not one, and a field count out of range (a guardrail, so it becomes the strictest).
 */
const POLICY = {
  writeMode: 'off',
  allowProductionWrites: false,
  supportContact: 'it-help@acme.example',
  maxFieldsPerChange: 500,
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
  usePolicy('admin-policy', POLICY);
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
    const domains = page.locator('[data-setting=allowedMyDomains]');
    expect(await domains.locator('[data-field=value]').textContent()).toBe(
      'acme.my.salesforce.com',
    );
    expect(await domains.locator('#allowedMyDomains-source').textContent()).toContain(
      'Set by your organization',
    );
    const orgIds = page.locator('[data-setting=allowedOrgIds]');
    expect(await orgIds.locator('[data-field=value]').textContent()).toBe('No restriction');
    expect(await orgIds.locator('#allowedOrgIds-source').textContent()).toBe('Default');
    const userSettings = page.locator('[data-setting=allowUserConnectionSettings]');
    expect(await userSettings.locator('[data-field=value]').textContent()).toBe('Yes');
    expect(await userSettings.locator('[data-source]').getAttribute('data-source')).toBe('default');
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
    // A guardrail out of range takes its strictest value, locked.
    expect(await problems.locator('[data-policy-key=maxFieldsPerChange]').textContent()).toContain(
      'Sofie uses the most restrictive value instead.',
    );
    expect(await page.locator('#setting-maxFieldsPerChange').inputValue()).toBe('1');
    expect(await page.locator('#maxFieldsPerChange-source').textContent()).toContain(
      'Set by your organization',
    );
    // A value of the wrong type never reaches Sofie: its default applies, unlocked.
    expect(await page.locator('#setting-verboseLogging').isDisabled()).toBe(false);

    await page.locator('#setting-sofieWebAppUrl').fill('https://sofie.acme.example');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe('Saved.');
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

  it('lists the policy problems in the connection test and in the text copied for support', async () => {
    await openOptions(page, t.ext.extensionUrl('options.html'));
    await page.evaluate(() => {
      const copied = { text: '' };
      Object.assign(globalThis, { copied });
      navigator.clipboard.writeText = (text: string) => {
        copied.text = text;
        return Promise.resolve();
      };
    });

    await page.locator('[data-action=test-connection]').click();

    const check = page.locator('.sofie-conn__test[data-testing=false] [data-check=policy]');
    await check.waitFor({ timeout: 20_000 });
    expect(await check.getAttribute('data-status')).toBe('warn');
    const detail = await check.locator('.sofie-conn__detail').textContent();
    expect(detail).toContain('authBaseUrl ("https://login.example.com")');
    expect(detail).toContain('maxFieldsPerChange (500)');
    expect(detail).toContain('acme.example.com');
    expect(await check.locator('.sofie-conn__fix').textContent()).toContain('chrome://policy');
    await page.locator('[data-action=copy-support]').click();
    await expect.poll(() => page.locator('.sofie-conn__support').textContent()).toContain('Copied');
    const copied = await page.evaluate(
      () => (globalThis as unknown as { copied: { text: string } }).copied.text,
    );
    expect(copied).toContain('[WARN] The admin policy can be used as written:');
    expect(copied).toContain('maxFieldsPerChange (500)');
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
