import { beforeAll, describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { approve, decideRow, prepareInstruction } from './harness/review';
import type { SidePanel } from './harness/side-panel';
import {
  ACME,
  configure,
  control,
  emulatorRecord,
  openRecordPanel,
  recordUrl,
} from './harness/sofie';

const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);
const SUBJECT = 'Sofie updated 1 field';

async function approveNextStep(panel: SidePanel, value: string): Promise<void> {
  await prepareInstruction(panel, `next step to ${value}`);
  await decideRow(panel, 'NextStep', 'accept');
  expect(await approve(panel)).toBe('written');
}

describe('an admin has every approved change recorded as an activity on the record', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, { auditTaskOnWrite: true });
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  it('adds a completed Task with the old and new value after the write, and shows it', async () => {
    const emulator = control(t);
    const mark = (await emulator.log()).last;
    const before = (await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep as
      string | null;

    await approveNextStep(panel, 'Send the signed order form');

    const calls = (await emulator.log({ since: mark, kind: 'api' })).entries;
    const writes = calls.filter((e) => e.method !== 'GET' && !e.path.endsWith('/composite'));
    expect(writes.map((e) => `${e.method} ${e.path.replace(/\/v\d+\.0\//, '/vNN/')}`)).toEqual([
      `PATCH /services/data/vNN/sobjects/Opportunity/${ACME.opportunity}`,
      'POST /services/data/vNN/sobjects/Task',
    ]);
    expect(writes.map((e) => e.status)).toEqual([204, 201]);
    await panel.waitFor(
      `[...document.querySelectorAll('[data-related=tasks] a')].some((a) => a.textContent === ${JSON.stringify(SUBJECT)})`,
    );
    const taskId = await panel.evaluate<string>(
      `[...document.querySelectorAll('[data-related=tasks] a')]
        .find((a) => a.textContent === ${JSON.stringify(SUBJECT)}).dataset.recordLink`,
    );
    const task = await emulatorRecord(t, 'Task', taskId);
    expect(task).toMatchObject({ Status: 'Completed', WhatId: ACME.opportunity });
    expect(task.Description).toContain(
      `Next Step (NextStep): ${before ?? '(empty)'} → Send the signed order form`,
    );
    expect(task.Description).toContain('approved by admin@acme.example');
    expect(await panel.text()).toContain('1 field written to Salesforce.');
  });

  it('keeps the write when Salesforce refuses the Task, and says so', async () => {
    await control(t).addFault({
      method: 'POST',
      path: '/sobjects/Task$',
      status: 400,
      body: [
        {
          message: 'insufficient access rights on cross-reference id',
          errorCode: 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
          fields: [],
        },
      ],
    });

    await approveNextStep(panel, 'Book the kick-off');

    expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep).toBe(
      'Book the kick-off',
    );
    expect(await panel.text()).toContain(
      '1 field written to Salesforce. The activity that records this change could not be added',
    );
  });
});
