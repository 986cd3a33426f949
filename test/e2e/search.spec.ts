import { describe, expect, it } from 'vitest';

import { ANCHORS } from '../emulator/data/seed';
import { seriousViolations } from './harness/axe';
import { useBrowser } from './harness/fixture';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

const INPUT = '.sofie-search input[role=combobox]';
const ROSE = ACME.contact;

/** Replaces the search text the way typing does: one input event for the whole text. */
async function typeSearch(panel: SidePanel, text: string): Promise<void> {
  await panel.evaluate(`(() => {
    const input = document.querySelector(${JSON.stringify(INPUT)});
    input.focus();
    input.select();
  })()`);
  await panel.command('Input.insertText', { text });
}

const KEY_CODES: Record<string, number> = { ArrowDown: 40, ArrowUp: 38, Enter: 13, Escape: 27 };
const MODIFIERS = { alt: 1, ctrl: 2, meta: 4, shift: 8 };

async function press(
  panel: SidePanel,
  key: string,
  modifier?: keyof typeof MODIFIERS,
): Promise<void> {
  const base = {
    key,
    code: key,
    windowsVirtualKeyCode: KEY_CODES[key],
    modifiers: modifier ? MODIFIERS[modifier] : 0,
  };
  await panel.command('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...base });
  await panel.command('Input.dispatchKeyEvent', { type: 'keyUp', ...base });
}

/** Waits until the results shown belong to `term` and the search has settled. */
async function waitForResults(panel: SidePanel, term: string): Promise<void> {
  await panel.waitFor(
    `document.querySelector(${JSON.stringify(INPUT)}).value === ${JSON.stringify(term)} &&
     document.querySelector('[data-search-phase=done]')`,
    15_000,
  );
}

interface Option {
  id: string;
  object: string;
  name: string;
  selected: boolean;
}

function options(panel: SidePanel): Promise<Option[]> {
  return panel.evaluate<Option[]>(`[...document.querySelectorAll('.sofie-search [role=option]')]
    .map((o) => ({
      id: o.dataset.recordId,
      object: o.dataset.object,
      name: o.querySelector('.sofie-search__name').textContent,
      selected: o.getAttribute('aria-selected') === 'true',
    }))`);
}

async function apiCallsSince(t: ReturnType<typeof useBrowser>, mark: number): Promise<string[]> {
  const { entries } = await control(t).log({ since: mark, kind: 'api' });
  return entries.map((e) => `${e.method} ${e.path.replace(/\/v\d+\.\d+\//, '/vNN/')}`);
}

const SEARCH_CALL = 'POST /services/data/vNN/parameterizedSearch';

describe('a user finds records of the tab’s org from the panel search', () => {
  const t = useBrowser();

  it('finds records whose names hold SOSL reserved characters, with one API call per search', async () => {
    await configure(t, {});
    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account), {
      connectAs: 'admin@acme.example',
    });
    await panel.waitFor(`document.querySelector(${JSON.stringify(INPUT)})`);

    const mark = (await control(t).log()).last;
    await typeSearch(panel, 'Acme - 200');
    await waitForResults(panel, 'Acme - 200');

    const found = await options(panel);
    expect(found).toContainEqual(
      expect.objectContaining({ id: ACME.opportunity, name: 'Acme - 200 Widgets' }),
    );
    expect(found.every((o) => o.name.includes('Acme'))).toBe(true);
    expect(await apiCallsSince(t, mark)).toEqual([SEARCH_CALL]);
    expect(
      await panel.evaluate<string>('document.querySelector("[data-search-status]").textContent'),
    ).toMatch(/record(s)? found/);
    expect(
      await panel.evaluate<string>(`document.querySelector(${JSON.stringify(INPUT)})
        .getAttribute('aria-expanded')`),
    ).toBe('true');
    expect(await seriousViolations(panel)).toEqual([]);

    const second = (await control(t).log()).last;
    await typeSearch(panel, "O'Brien-Kelly");
    await waitForResults(panel, "O'Brien-Kelly");

    expect(await options(panel)).toEqual([
      expect.objectContaining({
        id: ANCHORS.reservedContact,
        object: 'Contact',
        name: "Siobhán O'Brien-Kelly",
      }),
    ]);
    expect(await panel.evaluate('document.querySelector("[data-search-problem]")')).toBeNull();
    expect(await apiCallsSince(t, second)).toEqual([SEARCH_CALL]);

    await typeSearch(panel, 'Brennan (EMEA) & Sons');
    await waitForResults(panel, 'Brennan (EMEA) & Sons');

    expect(await options(panel)).toEqual([
      expect.objectContaining({
        id: ANCHORS.reservedAccount,
        object: 'Account',
        name: 'Brennan (EMEA) & Sons',
      }),
    ]);

    await typeSearch(panel, "O'Brien (Acme)");
    await waitForResults(panel, "O'Brien (Acme)");

    expect(await options(panel)).toEqual([]);
    expect(await panel.text()).toContain("No records match “O'Brien (Acme)”.");
    expect(await panel.evaluate('document.querySelector("[data-search-problem]")')).toBeNull();
  });

  it('searches a custom object only once the settings name it', async () => {
    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account));
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);

    await typeSearch(panel, 'Plant Rollout');
    await waitForResults(panel, 'Plant Rollout');
    const without = await options(panel);
    const settingsPage = await t.ext.context.newPage();
    await settingsPage.goto(t.ext.extensionUrl('options.html'));
    await settingsPage.locator('#setting-searchObjects').fill('Project__c\nNowhere__c');
    await settingsPage.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => settingsPage.locator('[data-save-status]').textContent())
      .toBe('Saved.');
    const source = await settingsPage.locator('#searchObjects-source').textContent();
    await settingsPage.close();
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
    await typeSearch(panel, 'Acme Plant Rollout');
    await waitForResults(panel, 'Acme Plant Rollout');
    const withSetting = await options(panel);

    expect(source).toBe('Your setting');
    expect(without.some((o) => o.object === 'Project__c')).toBe(false);
    expect(withSetting).toContainEqual(
      expect.objectContaining({
        id: ANCHORS.project,
        object: 'Project__c',
        name: 'Acme Plant Rollout',
      }),
    );
    expect(await panel.evaluate('document.querySelector("[data-search-problem]")')).toBeNull();
  });

  it('never lets a slow answer for an earlier term replace the answer for the newer one', async () => {
    const emulator = control(t);
    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account));
    await panel.waitFor(`document.querySelector(${JSON.stringify(INPUT)})`, 20_000);
    await emulator.addFault({ path: 'parameterizedSearch', latencyMs: 1500, times: 1 });
    const mark = (await emulator.log()).last;

    await typeSearch(panel, 'Widgets');
    const deadline = Date.now() + 5_000;
    while ((await emulator.faults()).faults.length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await typeSearch(panel, 'Rose Gonzalez');
    await waitForResults(panel, 'Rose Gonzalez');
    while (
      !(await emulator.log({ since: mark, kind: 'api' })).entries.some((e) => e.fault) &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 300));

    const slow = (await emulator.log({ since: mark, kind: 'api' })).entries.filter((e) => e.fault);
    expect(slow).toHaveLength(1);
    const found = await options(panel);
    expect(found.map((o) => o.id)).toContain(ROSE);
    expect(found.some((o) => o.name.includes('Widgets'))).toBe(false);
  });

  it('opens a result with the keyboard in the tab, and the panel then shows that record', async () => {
    const { page, panel } = await openRecordPanel(
      t,
      recordUrl(ACME.lightning, 'Account', ACME.account),
    );
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
    await typeSearch(panel, 'Rose Gonzalez');
    await waitForResults(panel, 'Rose Gonzalez');

    await press(panel, 'ArrowDown');
    await press(panel, 'ArrowDown');
    await press(panel, 'ArrowUp');
    const active = (await options(panel)).filter((o) => o.selected);
    await press(panel, 'Enter');

    expect(active).toEqual([expect.objectContaining({ id: ROSE, object: 'Contact' })]);
    await panel.waitFor(
      `document.querySelector('[data-state=record][data-status=ready][data-record-id="${ROSE}"]')`,
      20_000,
    );
    expect(page.url()).toBe(recordUrl(ACME.lightning, 'Contact', ROSE));
    expect(await panel.evaluate<string>('document.querySelector("#record-name").textContent')).toBe(
      'Rose Gonzalez',
    );
    expect(
      await panel.evaluate<string>(`document.querySelector(${JSON.stringify(INPUT)})
        .getAttribute('aria-expanded')`),
    ).toBe('false');
  });

  it('closes the list with Escape and opens a result in a new tab with Ctrl+Enter', async () => {
    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account));
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")', 20_000);
    await typeSearch(panel, 'Acme - 200');
    await waitForResults(panel, 'Acme - 200');
    const expanded = () =>
      panel.evaluate<string>(`document.querySelector(${JSON.stringify(INPUT)})
        .getAttribute('aria-expanded')`);

    await press(panel, 'Escape');
    const afterEscape = await expanded();
    await press(panel, 'ArrowDown');
    const activeId = await panel.evaluate<string>(`(() => {
      const input = document.querySelector(${JSON.stringify(INPUT)});
      return document.getElementById(input.getAttribute('aria-activedescendant')).dataset.recordId;
    })()`);
    const opened = t.ext.context.waitForEvent('page', { timeout: 10_000 });
    await press(panel, 'Enter', 'ctrl');
    const tab = await opened;
    await tab.waitForURL(/\/lightning\/r\//);

    expect(afterEscape).toBe('false');
    expect(activeId).toBe(ACME.opportunity);
    expect(tab.url()).toBe(recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity));
  });
});
