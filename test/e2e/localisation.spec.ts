import { describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { approve, discard, decideRow, prepareInstruction } from './harness/review';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

const ACCOUNT_URL = 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view';
const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);

/** What the same story shows in each language; object and field labels stay the org's. */
interface Words {
  summary: string;
  suggestionReason: string;
  reviewTitle: string;
  tooLong: string;
  limit: string;
  written: string;
}

const GERMAN: Words = {
  summary: 'Kein nächster Schritt festgelegt',
  suggestionReason: 'Der Schlusstermin ist verstrichen',
  reviewTitle: 'Änderungen prüfen',
  tooLong: 'Kann nicht geschrieben werden: Next Step nimmt höchstens 255 Zeichen auf.',
  limit: 'Ihre Org hat ihre täglichen Salesforce-API-Anfragen aufgebraucht.',
  written: '1 Feld in Salesforce geschrieben.',
};

const ENGLISH: Words = {
  summary: 'No next step is set',
  suggestionReason: 'The close date has passed',
  reviewTitle: 'Review changes',
  tooLong: 'Cannot be written: Next Step takes at most 255 characters.',
  limit: 'Your org has used up its daily Salesforce API requests.',
  written: '1 field written to Salesforce.',
};

const alertText = (panel: SidePanel) =>
  panel.evaluate<string>('document.querySelector(".sofie-review-alert")?.textContent ?? ""');

/** Summary, suggestion, review screen, a validation reason, a Salesforce error and a write. */
async function recordStory(t: ReturnType<typeof useBrowser>, words: Words): Promise<void> {
  await configure(t, {});
  const { panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' });

  await panel.click('[data-lens=project]');
  await panel.waitFor(`document.body.innerText.includes(${JSON.stringify(words.summary)})`);
  await panel.waitFor('document.querySelector("[data-suggestion=CloseDate]")');
  expect(await panel.text()).toContain(words.suggestionReason);

  await prepareInstruction(panel, `set next step to ${'x'.repeat(300)}`);
  expect(await panel.text()).toContain(words.reviewTitle);
  expect(await panel.text()).toContain(words.tooLong);
  await discard(panel);

  await prepareInstruction(panel, 'next step to Call Rose');
  await decideRow(panel, 'NextStep', 'accept');
  await control(t).setUsage('acme', { max: 1000, used: 1000 });
  expect(await approve(panel)).toBe('problem');
  expect(await alertText(panel)).toContain(words.limit);

  await control(t).setUsage('acme', { max: 15000, used: 0 });
  expect(await approve(panel)).toBe('written');
  expect(
    await panel.evaluate<string>('document.querySelector("[data-notice=shown]").textContent'),
  ).toContain(words.written);
}

describe('a German-speaking user gets Sofie in German', () => {
  const t = useBrowser({ launch: { locale: 'de' } });

  it('shows the launcher, the panel and the settings in the browser language', async () => {
    const page = await t.ext.openSalesforcePage(ACCOUNT_URL);
    expect(await page.locator('#sofie-launcher-host button').getAttribute('aria-label')).toBe(
      'Sofie öffnen',
    );

    const panel = await t.ext.openPanelFromLauncher(page);
    await panel.waitFor('document.querySelector("[data-state=not-configured]")');

    expect(await panel.text()).toContain('Salesforce-Verbindung einrichten');
    expect(await panel.evaluate<string>('document.documentElement.lang')).toMatch(/^de/);
  });

  it('reads the summary, suggestions, review, validation and Salesforce’s refusal in German', async () => {
    await recordStory(t, GERMAN);
  });
});

describe('an English-speaking user gets the same story in English', () => {
  const t = useBrowser({ launch: { locale: 'en-US' } });

  it('reads the summary, suggestions, review, validation and Salesforce’s refusal in English', async () => {
    await recordStory(t, ENGLISH);
  });
});
