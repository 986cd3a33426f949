import { readFile } from 'node:fs/promises';

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';

import type { AuditEntry } from '../../lib/audit/types';
import { useBrowser } from './harness/fixture';
import { approve, decideRow, prepareInstruction } from './harness/review';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, emulatorRecord, openRecordPanel, recordUrl } from './harness/sofie';

const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);
const STEP = 'Check the audit trail';
const WRITE_ROW = 'tr[data-entry][data-kind=write]';

async function downloaded(page: Page, action: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`[data-action=${action}]`),
  ]);
  return readFile(await download.path(), 'utf8');
}

async function openAuditLog(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-section=audit] tr[data-entry]').first().waitFor();
}

describe('a reviewer reads the audit log on the options page, exports it and undoes a write', () => {
  const t = useBrowser();
  let panel: SidePanel;
  let options: Page;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
    before = await emulatorRecord(t, 'Opportunity', ACME.opportunity);
    await prepareInstruction(panel, `next step to ${STEP} and amount to 61000`);
    await decideRow(panel, 'NextStep', 'accept');
    await decideRow(panel, 'Amount', 'accept');
    expect(await approve(panel)).toBe('written');
    options = await t.ext.context.newPage();
    await openAuditLog(options, t.ext.extensionUrl('options.html'));
  });

  it('lists the approved change with each field before and after, and a filter narrows it', async () => {
    const row = options.locator(WRITE_ROW);

    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('[data-field=NextStep] [data-before]').textContent()).toBe(
      (before.NextStep as string | null) ?? '—',
    );
    expect(await row.locator('[data-field=NextStep] [data-after]').textContent()).toBe(STEP);
    expect(await row.locator('[data-field=Amount] [data-before]').textContent()).toBe(
      String(before.Amount),
    );
    expect(await row.locator('[data-field=Amount] [data-after]').textContent()).toBe('61000');
    expect(await row.textContent()).toContain('Approved by admin@acme.example');

    await options.selectOption('[data-filter=kind]', 'handoff');
    await options.locator('[data-section=audit] [data-empty]').waitFor();
    await options.selectOption('[data-filter=kind]', '');
    await options.fill('[data-filter=text]', 'no such words anywhere');
    await options.locator('[data-section=audit] [data-empty]').waitFor();
    await options.fill('[data-filter=text]', STEP);
    await row.waitFor();
    expect(await options.locator('[data-section=audit] tr[data-entry]').count()).toBe(1);
  });

  it('exports the entry as CSV and as JSON files', async () => {
    const csv = await downloaded(options, 'export-csv');
    const json = JSON.parse(await downloaded(options, 'export-json')) as AuditEntry[];

    expect(csv.split('\n')[0]).toContain('before');
    expect(csv).toContain(STEP);
    expect(csv).toContain(ACME.opportunity);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({
      kind: 'write',
      recordRef: { recordId: ACME.opportunity },
      salesforce: { status: 'applied' },
    });
    expect(json[0]!.fields).toContainEqual(
      expect.objectContaining({ field: 'NextStep', before: before.NextStep ?? null, after: STEP }),
    );
  });

  it('undoes the write through the same review, refusing a field a colleague changed since', async () => {
    await emulatorRecord(t, 'Opportunity', ACME.opportunity, {
      fields: { Amount: 70000 },
      asUsername: 'sales@acme.example',
    });

    await options.click(`${WRITE_ROW} [data-action=undo]`);
    const notice = options.locator('[data-undo=prepared]');
    await notice.waitFor();
    expect(await notice.locator('[data-undo-refused]').textContent()).toContain('Amount');
    expect(await notice.locator('[data-action=open-undo-record]').getAttribute('href')).toBe(
      OPPORTUNITY,
    );
    // The link opens the record in a new tab; the panel follows it and shows the waiting undo.
    await Promise.all([
      t.ext.context.waitForEvent('page'),
      notice.locator('[data-action=open-undo-record]').click(),
    ]);

    await panel.waitFor(
      'document.querySelector("li[data-field=NextStep][data-decision=accepted]")',
    );
    expect(
      await panel.evaluate<boolean>(
        '!!document.querySelector("li[data-field=Amount][data-decision=rejected]")',
      ),
    ).toBe(true);
    expect(await panel.text()).toContain('someone changed this field since');
    expect(await approve(panel)).toBe('written');

    const record = await emulatorRecord(t, 'Opportunity', ACME.opportunity);
    expect(record.NextStep ?? null).toBe(before.NextStep ?? null);
    expect(record.Amount).toBe(70000);

    await openAuditLog(options, t.ext.extensionUrl('options.html'));
    const undo = options.locator('tr[data-entry][data-kind=undo]');
    await undo.waitFor();
    expect(await undo.locator('[data-field=NextStep] [data-after]').textContent()).toBe(
      (before.NextStep as string | null) ?? '—',
    );
    expect(await undo.locator('[data-field=Amount]').count()).toBe(0);
    expect(await options.locator(WRITE_ROW).textContent()).toContain('Undone');
  });

  it('undoes a write from the panel right after it, through the same review', async () => {
    const before = (await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep ?? null;
    await prepareInstruction(panel, 'next step to Undo me from the panel');
    await decideRow(panel, 'NextStep', 'accept');
    expect(await approve(panel)).toBe('written');

    await panel.click('[data-action=undo-write]');
    await panel.waitFor(
      'document.querySelector("li[data-field=NextStep][data-decision=accepted]")',
    );
    expect(await panel.text()).toContain('Undo of an earlier write');
    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep).toBe(
      'Undo me from the panel',
    );
    expect(await approve(panel)).toBe('written');

    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep ?? null).toBe(
      before,
    );
  });
});
