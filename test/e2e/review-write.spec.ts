import { beforeAll, describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
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

/** Clicks a row's button and waits until the background's answer shows the decision. */
async function decideRow(
  panel: SidePanel,
  field: string,
  action: 'accept' | 'reject',
): Promise<void> {
  const decision = action === 'accept' ? 'accepted' : 'rejected';
  await panel.click(`[data-field=${field}] [data-action=${action}]`);
  await panel.waitFor(`document.querySelector('[data-field=${field}][data-decision=${decision}]')`);
}

async function prepare(panel: SidePanel, instruction: string): Promise<void> {
  await typeInPanel(panel, '#sofie-instruction', instruction);
  await panel.click('[data-action=prepare-instruction]');
  await panel.waitFor('document.querySelector(".sofie-review, [data-field] [data-action=accept]")');
}

describe('a reviewer approves exactly what is written', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  it('shows the overdue close date in the summary with a suggestion to move it', async () => {
    await panel.waitFor('document.querySelector("[data-section=summary]")');
    await panel.click('[data-lens=project]');

    expect(await panel.text()).toMatch(/close date .* passed|passed .* close date|overdue/i);
    expect(
      await panel.evaluate<boolean>('!!document.querySelector("[data-suggestion=CloseDate]")'),
    ).toBe(true);
  });

  it('writes only the two approved fields of three, in one PATCH, and shows the new values', async () => {
    const emulator = control(t);
    const mark = (await emulator.log()).last;
    await prepare(
      panel,
      'set stage to Negotiation/Review and close date to 2027-01-15 and next step to Call Rose',
    );
    await decideRow(panel, 'StageName', 'accept');
    await decideRow(panel, 'CloseDate', 'accept');
    await decideRow(panel, 'NextStep', 'reject');
    await panel.waitFor('!document.querySelector("[data-action=approve]").disabled');
    await panel.click('[data-action=approve]');
    await panel.waitFor('document.querySelector("[data-notice=shown]")', 20_000);

    const writes = (await emulator.log({ since: mark, kind: 'api' })).entries.filter(
      (e) => e.method === 'PATCH',
    );
    expect(writes).toHaveLength(1);
    expect(writes[0]!.write?.body).toEqual({
      StageName: 'Negotiation/Review',
      CloseDate: '2027-01-15',
    });
    expect(writes[0]!.write?.ifUnmodifiedSince).toMatch(/^\w{3}, \d{2} \w{3} \d{4} [\d:]{8} GMT$/);
    const record = await emulatorRecord(t, 'Opportunity', ACME.opportunity);
    expect(record.StageName).toBe('Negotiation/Review');
    expect(record.CloseDate).toBe('2027-01-15');
    expect(record.NextStep ?? null).toBeNull();
    expect(await panel.text()).toContain('2 fields written');
    await panel.waitFor('document.querySelector("[data-record-id][data-status=ready]")');
    expect(await panel.text()).toContain('Negotiation/Review');
    expect(await panel.text()).toMatch(/15 Jan 2027|1\/15\/2027|15\/01\/2027|Jan 15, 2027/);
  });

  it('shows a colleague’s edit in a three-way view and keeps their value unless told otherwise', async () => {
    await prepare(panel, 'next step to Call Rose');
    await control(t).advanceClock(60_000);
    await emulatorRecord(t, 'Opportunity', ACME.opportunity, {
      fields: { NextStep: 'Colleague: send contract' },
      asUsername: 'sales@acme.example',
    });
    await decideRow(panel, 'NextStep', 'accept');
    await panel.click('[data-action=approve]');
    await panel.waitFor('document.querySelector("[data-merge=changed-by-others]")', 20_000);

    expect(await panel.text()).toContain('Colleague: send contract');
    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep).toBe(
      'Colleague: send contract',
    );
  });
});
