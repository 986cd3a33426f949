import { describe, expect, it } from 'vitest';

import { DEMO_CLIENT_ID } from '../emulator/oauth/apps';
import { openOptions, signInThroughPopup } from './connections-helpers';
import { useBrowser } from './harness/fixture';
import { ACME, control, openRecordPanel, recordUrl } from './harness/sofie';

const CALLBACK = 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/oauth2';

describe('a user sets up the Salesforce connection on the options page', () => {
  const t = useBrowser();

  it('types the client id and a pasted Lightning address, saves, copies the callback URL and connects', async () => {
    await control(t).autoLogin(null);
    const page = await openOptions(t);
    // Records what the page hands to the real clipboard, which an extension page cannot read back.
    await page.evaluate(() => {
      const copied = { text: '' };
      Object.assign(globalThis, { copied });
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        copied.text = text;
        return write(text);
      };
    });

    await page.locator('#setting-clientId').fill(DEMO_CLIENT_ID);
    await page.locator('input[name=authBaseUrl-kind][value=my-domain]').check();
    await page
      .locator('#setting-authBaseUrl')
      .fill('https://acme.lightning.force.com/lightning/page/home');

    const note = await page.locator('#authBaseUrl-normalised').textContent();
    expect(note).toContain('Sofie will use https://acme.my.salesforce.com');
    expect(note).toContain('used the My Domain login host instead of the Lightning host');
    expect(note).toContain('removed the page path');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('[data-save-status]').textContent()).toBe('Saved.');
    expect(await page.locator('#setting-authBaseUrl').inputValue()).toBe(
      'https://acme.my.salesforce.com',
    );

    expect(await page.locator('#callback-url').inputValue()).toBe(CALLBACK);
    await page.locator('[data-setting=callbackUrl] button').click();
    await expect
      .poll(() => page.locator('[data-setting=callbackUrl] [role=status]').textContent())
      .toBe('Callback URL copied.');
    expect(
      await page.evaluate(
        () => (globalThis as unknown as { copied: { text: string } }).copied.text,
      ),
    ).toBe(CALLBACK);

    await signInThroughPopup(t, () => page.locator('[data-action=connect]').click(), {
      username: 'admin@acme.example',
    });
    await page.locator('[data-connection]').waitFor({ timeout: 20_000 });

    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account));
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
    expect(
      await panel.evaluate<string>(
        'document.querySelector("[data-state=record] [data-environment]").textContent',
      ),
    ).toBe('Production');
  });
});
