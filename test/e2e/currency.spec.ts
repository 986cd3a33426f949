import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { discard, prepareInstruction } from './harness/review';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, openRecordPanel, recordUrl } from './harness/sofie';

const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);

const AMOUNT_SHOWN = `document.querySelector('[aria-label] .sofie-field-pair[data-field=Amount] dd')?.textContent`;
const REVIEW_AMOUNT = (kind: string) =>
  `document.querySelector('li[data-field=Amount] [data-value=${kind}] dd')?.textContent.trim()`;

describe('amounts show in the org’s currency, in the user’s Salesforce locale', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  afterAll(async () => {
    const open = await panel.evaluate<boolean>('!!document.querySelector("[data-action=discard]")');
    if (open) await discard(panel);
  });

  it('shows the opportunity’s Amount in euros in the record view', async () => {
    await panel.waitFor(AMOUNT_SHOWN);

    expect(await panel.evaluate<string>(AMOUNT_SHOWN)).toBe('€48,000.00');
  });

  it('shows the current and the proposed Amount in euros in the review', async () => {
    await prepareInstruction(panel, 'set amount to 52000');

    const current = await panel.evaluate<string>(REVIEW_AMOUNT('current'));
    const proposed = await panel.evaluate<string>(REVIEW_AMOUNT('proposed'));

    expect(current).toBe('€48,000.00');
    expect(proposed).toBe('€52,000.00');
  });
});
