import type { Page } from 'playwright-core';

import { EmulatorControl } from '../../emulator/control/client';
import { DEMO_CLIENT_ID } from '../../emulator/oauth/apps';
import type { BrowserTestContext } from './fixture';
import type { SidePanel } from './side-panel';

/** Anchor records of the demo org (docs/demo-org.md). */
export const ACME = {
  lightning: 'https://acme.lightning.force.com',
  account: '001000000000001AAA',
  contact: '003000000000001AAA',
  opportunity: '006000000000001AAA',
};

export const UAT_LIGHTNING = 'https://acme--uat.sandbox.lightning.force.com';

export function recordUrl(base: string, objectApiName: string, id: string): string {
  return `${base}/lightning/r/${objectApiName}/${id}/view`;
}

/** Writes the user's settings the way the options page stores them (`local:settings`). */
export async function configure(
  t: BrowserTestContext,
  settings: Record<string, unknown>,
): Promise<void> {
  await t.ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ settings: value }), {
    clientId: DEMO_CLIENT_ID,
    authBaseUrl: 'https://login.salesforce.com',
    ...settings,
  });
}

export function control(t: BrowserTestContext): EmulatorControl {
  return new EmulatorControl(t.emulator.controlUrl);
}

/**
 * Opens a record page, opens the panel from the launcher and, when asked, signs in through the
 * emulator's real authorize endpoint (auto-login as `username`) with the panel's Connect button.
 */
export async function openRecordPanel(
  t: BrowserTestContext,
  url: string,
  options: { connectAs?: string } = {},
): Promise<{ page: Page; panel: SidePanel }> {
  const page = await t.ext.openSalesforcePage(url);
  const panel = await t.ext.openPanelFromLauncher(page);
  if (options.connectAs) {
    await control(t).autoLogin(options.connectAs);
    await panel.waitFor(
      'document.querySelector("[data-state=not-connected] .sofie-connect button")',
    );
    await panel.click('[data-state=not-connected] .sofie-connect button');
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
  }

  return { page, panel };
}

/** Reads or changes a record directly in the emulator (as Salesforce's database would). */
export async function emulatorRecord(
  t: BrowserTestContext,
  objectApiName: string,
  id: string,
  change?: { fields: Record<string, unknown>; asUsername: string },
): Promise<Record<string, unknown>> {
  const response = await fetch(`${t.emulator.controlUrl}/data/acme/${objectApiName}/${id}`, {
    method: change ? 'PATCH' : 'GET',
    headers: { 'content-type': 'application/json' },
    ...(change ? { body: JSON.stringify(change) } : {}),
  });
  const body = (await response.json()) as { fields: Record<string, unknown> };
  return body.fields;
}

/** Types into an input of the panel the way React sees typing (value setter plus input event). */
export async function typeInPanel(panel: SidePanel, selector: string, text: string): Promise<void> {
  await panel.evaluate(`(() => {
    const input = document.querySelector(${JSON.stringify(selector)});
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value').set;
    setter.call(input, ${JSON.stringify(text)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    return true;
  })()`);
}
