import type { Page } from 'playwright-core';

import type { SidePanel } from './side-panel';

/** What the panel's record view shows: the record's id, name and object label. */
export interface ShownRecord {
  id: string | undefined;
  name: string | undefined;
  object: string | undefined;
}

const SHOWN = `(() => {
  const root = document.querySelector('[data-state=record]');
  const name = root?.querySelector('#record-name')?.textContent ?? undefined;
  const label = root?.querySelector('.sofie-record-header .slds-text-title_caps');
  return {
    id: root?.dataset.recordId,
    name,
    object: label ? label.firstChild?.textContent?.trim() : undefined,
  };
})()`;

export function shownRecord(panel: SidePanel): Promise<ShownRecord> {
  return panel.evaluate<ShownRecord>(SHOWN);
}

/** Waits until the panel shows the record `id`, loaded, with the name `name`. */
export async function waitForRecord(panel: SidePanel, id: string, name: string): Promise<void> {
  await panel.waitFor(
    `document.querySelector('[data-state=record][data-status=ready][data-record-id="${id}"] #record-name')?.textContent === ${JSON.stringify(name)}`,
    20_000,
  );
}

/** The record name the fake Lightning page shows in its heading. */
export async function pageHeading(page: Page): Promise<string> {
  return (await page.locator('main h1').textContent()) ?? '';
}

/** Waits until the fake page has rendered the record `id` (its subtitle names the id). */
export async function waitForPageRecord(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (recordId) => document.querySelector('main p')?.textContent?.includes(recordId) ?? false,
    id,
  );
}

/** Clicks a record link on the fake Lightning page (history.pushState) and waits for the page. */
export async function followLink(page: Page, objectApiName: string, id: string): Promise<string> {
  await page.locator(`main a[href="/lightning/r/${objectApiName}/${id}/view"]`).first().click();
  await page.waitForURL((url) => url.pathname.includes(id));
  await waitForPageRecord(page, id);
  return pageHeading(page);
}

/** Moves the page to another URL the way Lightning does: pushState, then the page script renders. */
export async function pushState(page: Page, path: string): Promise<void> {
  // `load` is the fake Lightning page's own renderer (test/emulator/rest/page-html.ts), a global
  // lexical binding of its script: reachable by name from an evaluated string.
  const href = JSON.stringify(path);
  await page.evaluate(`history.pushState({}, '', ${href}); load(${href})`);
}

/**
 * Records every record the panel renders from now on, so a test can tell that something was never
 * shown again (an answer that arrived late), not just that it is gone at the end.
 */
export async function watchPanel(panel: SidePanel): Promise<void> {
  await panel.evaluate(`(() => {
    window.__sofieSeen = [];
    const note = () => {
      const shown = ${SHOWN};
      const last = window.__sofieSeen.at(-1);
      if (shown.name && (last?.id !== shown.id || last?.name !== shown.name))
        window.__sofieSeen.push(shown);
    };
    new MutationObserver(note).observe(document.body, {
      subtree: true, childList: true, characterData: true, attributes: true,
    });
    note();
    return true;
  })()`);
}

export function seenRecords(panel: SidePanel): Promise<ShownRecord[]> {
  return panel.evaluate<ShownRecord[]>('window.__sofieSeen');
}
