import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import { ANCHORS } from '../emulator/data/seed';
import { useBrowser } from './harness/fixture';
import {
  followLink,
  pageHeading,
  pushState,
  seenRecords,
  shownRecord,
  waitForPageRecord,
  waitForRecord,
  watchPanel,
} from './harness/record-pages';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

describe('the panel follows the record of the tab as the user moves through Lightning', () => {
  const t = useBrowser();
  let page: Page;
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ page, panel } = await openRecordPanel(
      t,
      recordUrl(ACME.lightning, 'Account', ACME.account),
      {
        connectAs: 'admin@acme.example',
      },
    ));
  });

  it('shows the account, then the contact, then the opportunity the page navigates to', async () => {
    expect(await shownRecord(panel)).toEqual({
      id: ACME.account,
      name: await pageHeading(page),
      object: 'Account',
    });
    await watchPanel(panel);

    const contact = await followLink(page, 'Contact', ACME.contact);
    await waitForRecord(panel, ACME.contact, contact);
    const contactText = await panel.text();
    const opportunity = await followLink(page, 'Opportunity', ACME.opportunity);
    await waitForRecord(panel, ACME.opportunity, opportunity);

    expect(contact).toBe('Rose Gonzalez');
    expect(contactText).not.toContain('Manufacturing');
    expect(await shownRecord(panel)).toEqual({
      id: ACME.opportunity,
      name: opportunity,
      object: 'Opportunity',
    });
    expect(await panel.text()).not.toContain('VP, Procurement');
    expect((await seenRecords(panel)).map((r) => `${r.object} ${r.name}`)).toEqual([
      'Account Acme Corporation',
      'Contact Rose Gonzalez',
      'Opportunity Acme - 200 Widgets',
    ]);
  });

  it('drops a slow answer for a record the user already left, and ends on the next one', async () => {
    const emulator = control(t);
    await emulator.addFault({
      id: 'slow-record',
      method: 'POST',
      path: '/composite$',
      latencyMs: 2_500,
      times: 1,
    });
    await watchPanel(panel);

    await followLink(page, 'Account', ANCHORS.privateAccount);
    const caseName = await followLink(page, 'Case', ANCHORS.case);
    await waitForRecord(panel, ANCHORS.case, caseName);
    await expect
      .poll(async () => (await emulator.log()).entries.some((e) => e.fault === 'slow-record'), {
        timeout: 10_000,
      })
      .toBe(true);
    await panel.waitFor(
      '!document.querySelector("[data-status=loading], [data-status=refreshing]")',
    );

    expect(await shownRecord(panel)).toMatchObject({ id: ANCHORS.case, name: caseName });
    expect((await seenRecords(panel)).map((r) => r.id)).not.toContain(ANCHORS.privateAccount);
  });
});

describe('in a service console, the panel follows the focused subtab', () => {
  const t = useBrowser();
  const workspace = `ws=${encodeURIComponent(`/lightning/r/Case/${ANCHORS.case}/view`)}`;
  let page: Page;
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ page, panel } = await openRecordPanel(
      t,
      `${recordUrl(ACME.lightning, 'Contact', ACME.contact)}?${workspace}`,
      { connectAs: 'admin@acme.example' },
    ));
  });

  it('shows the subtab’s record, not the workspace’s, and follows when another subtab is focused', async () => {
    expect(await shownRecord(panel)).toEqual({
      id: ACME.contact,
      name: await pageHeading(page),
      object: 'Contact',
    });

    await pushState(page, `/lightning/r/Opportunity/${ACME.opportunity}/view?${workspace}`);
    await waitForPageRecord(page, ACME.opportunity);
    await waitForRecord(panel, ACME.opportunity, await pageHeading(page));
    await pushState(page, `/lightning/r/Case/${ANCHORS.case}/view?${workspace}`);
    await waitForPageRecord(page, ANCHORS.case);
    await waitForRecord(panel, ANCHORS.case, await pageHeading(page));

    expect(await shownRecord(panel)).toMatchObject({ id: ANCHORS.case, object: 'Case' });
  });
});

describe('pages that are not records say what they are, and switching or closing tabs is followed', () => {
  const t = useBrowser();
  let record: Page;
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ page: record, panel } = await openRecordPanel(
      t,
      recordUrl(ACME.lightning, 'Account', ACME.account),
      { connectAs: 'admin@acme.example' },
    ));
  });

  it('names an object list page and offers search there', async () => {
    const list = await t.ext.openSalesforcePage(`${ACME.lightning}/lightning/o/Account/list`);
    await panel.waitFor('document.querySelector("[data-state=page][data-surface=object]")');

    expect(await panel.text()).toContain('Account list');
    expect(await panel.text()).not.toContain('Acme Corporation');
    expect(await panel.text()).toContain('You can also search records above.');
    // The search box the hint points to is there, above the page's card.
    expect(
      await panel.evaluate<boolean>(`(() => {
        const search = document.querySelector('.sofie-search input[role=combobox]');
        const card = document.querySelector('[data-state=page]');
        return !!search && !!(search.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING);
      })()`),
    ).toBe(true);
    await list.close();
  });

  it('names a setup page', async () => {
    const setup = await t.ext.openSalesforcePage(
      'https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/home',
    );
    await panel.waitFor('document.querySelector("[data-state=page][data-surface=setup]")');

    expect(await panel.text()).toContain('Salesforce Setup');
    await setup.close();
  });

  it('shows the record of the tab switched back to, and of the tab left active when one closes', async () => {
    const list = await t.ext.openSalesforcePage(`${ACME.lightning}/lightning/o/Contact/list`);
    await panel.waitFor('document.querySelector("[data-state=page][data-surface=object]")');
    await record.bringToFront();
    await waitForRecord(panel, ACME.account, await pageHeading(record));
    await list.close();

    const contact = await t.ext.openSalesforcePage(
      recordUrl(ACME.lightning, 'Contact', ACME.contact),
    );
    await waitForRecord(panel, ACME.contact, await pageHeading(contact));
    await contact.close();
    const active = await t.ext.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.url ?? '';
    });

    expect(active).toContain(ACME.account);
    await waitForRecord(panel, ACME.account, 'Acme Corporation');
  });
});
