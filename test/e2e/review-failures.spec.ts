import { beforeAll, describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { approve, decideRow, discard, prepareInstruction } from './harness/review';
import type { SidePanel } from './harness/side-panel';
import {
  ACME,
  configure,
  control,
  emulatorRecord,
  openRecordPanel,
  recordUrl,
  typeInPanel,
} from './harness/sofie';

const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);
const LOCKED = '006000000000002AAA';

async function alertText(panel: SidePanel): Promise<string> {
  return panel.evaluate<string>('document.querySelector(".sofie-review-alert")?.textContent ?? ""');
}

async function patchesSince(t: ReturnType<typeof useBrowser>, mark: number): Promise<number> {
  const { entries } = await control(t).log({ since: mark, kind: 'api' });
  return entries.filter((e) => e.method === 'PATCH').length;
}

describe('a failed write says why and keeps the prepared change', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  it('shows the validation rule’s own message and keeps every row', async () => {
    await prepareInstruction(panel, 'set stage to Closed Won and amount to blank');
    await decideRow(panel, 'StageName', 'accept');
    await decideRow(panel, 'Amount', 'accept');

    expect(await approve(panel)).toBe('problem');
    expect(await alertText(panel)).toContain('A Closed Won opportunity needs an Amount.');
    expect(await panel.evaluate<number>('document.querySelectorAll("li[data-field]").length')).toBe(
      2,
    );
    await discard(panel);
  });

  it('says a required field cannot be blanked, sends nothing and keeps the change', async () => {
    const mark = (await control(t).log()).last;

    await typeInPanel(panel, '#sofie-instruction', 'close date to blank');
    await panel.click('[data-action=prepare-instruction]');
    await panel.waitFor(
      'document.querySelector("li[data-field=CloseDate] [data-invalid=required]")',
    );

    expect(
      await panel.evaluate<string>(
        'document.querySelector("li[data-field=CloseDate] [data-invalid]").textContent',
      ),
    ).toContain('Close Date cannot be empty.');
    expect(
      await panel.evaluate<boolean>('document.querySelector("[data-action=approve]").disabled'),
    ).toBe(true);
    expect(await patchesSince(t, mark)).toBe(0);
    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).CloseDate).not.toBeNull();
    await discard(panel);
  });

  it('says the daily API limit is used up, and keeps the change', async () => {
    await prepareInstruction(panel, 'next step to Call Rose');
    await decideRow(panel, 'NextStep', 'accept');
    await control(t).setUsage('acme', { max: 1000, used: 1000 });

    expect(await approve(panel)).toBe('problem');
    expect(await alertText(panel)).toMatch(/limit/i);
    expect(
      await panel.evaluate<boolean>('!!document.querySelector("li[data-field=NextStep]")'),
    ).toBe(true);
    await control(t).setUsage('acme', { max: 15000, used: 0 });
  });

  it('finds a write that was applied before the connection dropped, and does not send it again', async () => {
    // Its own change set, whatever the tests before left behind.
    if (await panel.evaluate<boolean>('!!document.querySelector("[data-action=discard]")'))
      await discard(panel);
    await prepareInstruction(panel, 'next step to Call Rose');
    await decideRow(panel, 'NextStep', 'accept');
    const mark = (await control(t).log()).last;
    await control(t).addFault({
      method: 'PATCH',
      path: '/sobjects/Opportunity/',
      drop: 'after',
      times: 1,
    });

    expect(await approve(panel)).toBe('written');
    expect(await patchesSince(t, mark)).toBe(1);
    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep).toBe('Call Rose');
  });

  it('retries a write the connection lost before Salesforce applied it, and writes it once', async () => {
    await prepareInstruction(panel, 'next step to Send the contract');
    await decideRow(panel, 'NextStep', 'accept');
    const mark = (await control(t).log()).last;
    await control(t).addFault({
      method: 'PATCH',
      path: '/sobjects/Opportunity/',
      drop: 'before',
      times: 1,
    });

    expect(await approve(panel)).toBe('problem');
    expect(await alertText(panel)).toContain('Nothing was written');
    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep).toBe('Call Rose');

    expect(await approve(panel)).toBe('written');
    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep).toBe(
      'Send the contract',
    );
    expect(await patchesSince(t, mark)).toBe(2);
  });

  it('explains a record locked by an approval process', async () => {
    await t.ext.context
      .pages()
      .at(-1)!
      .goto(recordUrl(ACME.lightning, 'Opportunity', LOCKED));
    await panel.waitFor(
      `document.querySelector("[data-record-id='${LOCKED}'][data-status=ready]")`,
      20_000,
    );
    await prepareInstruction(panel, 'next step to Call legal');
    await decideRow(panel, 'NextStep', 'accept');

    expect(await approve(panel)).toBe('problem');
    expect(await alertText(panel)).toMatch(/locked/i);
    expect(
      await panel.evaluate<string | undefined>(
        'document.querySelector("li[data-field=NextStep]")?.dataset.decision',
      ),
    ).toBe('accepted');
  });
});
