import { beforeAll, describe, expect, it } from 'vitest';

import { seriousViolations } from './harness/axe';
import { useBrowser } from './harness/fixture';
import { focused, press, tabTo, typeText } from './harness/keyboard';
import { approve, discard, prepareInstruction } from './harness/review';
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

const PICKS = '[...document.querySelectorAll("[data-pick]")].map((b) => b.dataset.pick)';
const INPUT = (field: string) => `[data-hand-edit=${field}] [data-input=${field}]`;
const PROBLEM = (field: string) =>
  `document.querySelector("[data-problem-for=${field}]")?.textContent ?? ""`;

async function openEditor(panel: SidePanel): Promise<void> {
  await panel.click('[data-action=edit-fields]');
  await panel.waitFor('document.querySelector("[data-pick]")');
}

async function pick(panel: SidePanel, field: string): Promise<void> {
  await panel.click(`[data-pick=${field}]`);
  await panel.waitFor(`document.querySelector(${JSON.stringify(INPUT(field))})`);
}

/** Sets a select the way React sees a choice: the value, then its change event. */
async function choose(panel: SidePanel, selector: string, value: string): Promise<void> {
  await panel.evaluate(`(() => {
    const select = document.querySelector(${JSON.stringify(selector)});
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  })()`);
}

function attribute(panel: SidePanel, selector: string, name: string): Promise<string | null> {
  return panel.evaluate<string | null>(
    `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`,
  );
}

async function apiRequestsSince(t: ReturnType<typeof useBrowser>, mark: number) {
  return (await control(t).log({ since: mark, kind: 'api' })).entries;
}

describe('a person prepares an update by hand and approves exactly what they entered', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  it('opens the editor from the loaded view without an API request and filters the fields', async () => {
    const mark = (await control(t).log()).last;

    await openEditor(panel);

    expect(await apiRequestsSince(t, mark)).toEqual([]);
    const offered = await panel.evaluate<string[]>(PICKS);
    expect(offered).toEqual(
      expect.arrayContaining(['StageName', 'Amount', 'CloseDate', 'NextStep', 'Description']),
    );
    for (const readOnly of ['IsClosed', 'IsWon', 'LastModifiedDate', 'CreatedDate', 'Id']) {
      expect(offered).not.toContain(readOnly);
    }

    await typeInPanel(panel, '#sofie-hand-edit-filter', 'close');
    await panel.waitFor(`${PICKS}.length === 1`);
    expect(await panel.evaluate<string[]>(PICKS)).toEqual(['CloseDate']);
    await typeInPanel(panel, '#sofie-hand-edit-filter', 'nextstep');
    await panel.waitFor(`${PICKS}.join() === "NextStep"`);
    await typeInPanel(panel, '#sofie-hand-edit-filter', '');
    await panel.waitFor(`${PICKS}.length === ${offered.length}`);
  });

  it('gives each field the input of its type, and an invalid value its message, losing nothing', async () => {
    for (const field of ['StageName', 'Amount', 'CloseDate', 'NextStep', 'Description']) {
      await pick(panel, field);
    }

    const stageOptions = await panel.evaluate<string[]>(
      `[...document.querySelectorAll(${JSON.stringify(`${INPUT('StageName')} option`)})].map((o) => o.value)`,
    );
    expect(stageOptions).toContain('Negotiation/Review');
    expect(stageOptions).not.toContain('');
    expect(await attribute(panel, INPUT('Amount'), 'type')).toBe('number');
    expect(await attribute(panel, INPUT('CloseDate'), 'type')).toBe('date');
    expect(await attribute(panel, INPUT('NextStep'), 'type')).toBe('text');
    expect(
      await panel.evaluate<string>(
        `document.querySelector(${JSON.stringify(INPUT('Description'))}).tagName`,
      ),
    ).toBe('TEXTAREA');
    // The org's currency (EUR in the emulator) when the record view knows it.
    expect(
      await panel.evaluate<string>(
        'document.querySelector("[data-hand-edit=Amount] [data-hint=currency]")?.textContent',
      ),
    ).toMatch(/^(Amount in EUR|An amount in the org’s currency)$/);

    await choose(panel, INPUT('StageName'), 'Negotiation/Review');
    await typeInPanel(panel, INPUT('Amount'), '52000.5');
    await typeInPanel(panel, INPUT('CloseDate'), '2027-01-15');
    await typeInPanel(panel, INPUT('NextStep'), 'x'.repeat(256));
    await typeInPanel(panel, INPUT('Description'), 'Renewal with\nthe new conveyor line.');
    const mark = (await control(t).log()).last;
    await panel.click('[data-action=review-hand-edits]');
    await panel.waitFor(`(${PROBLEM('NextStep')}) !== ""`);

    expect(await panel.evaluate<string>(PROBLEM('NextStep'))).toBe(
      'Next Step takes at most 255 characters.',
    );
    expect(await attribute(panel, INPUT('NextStep'), 'aria-invalid')).toBe('true');
    expect((await focused(panel, INPUT('NextStep'))).matches).toBe(true);
    expect(
      await panel.evaluate<string>(
        `document.querySelector(${JSON.stringify(INPUT('Amount'))}).value`,
      ),
    ).toBe('52000.5');
    expect(await panel.evaluate<boolean>('!document.querySelector(".sofie-review")')).toBe(true);
    expect(await apiRequestsSince(t, mark)).toEqual([]);
  });

  it('adds the values to the change set and opens the review, written only after approval', async () => {
    const mark = (await control(t).log()).last;

    await typeInPanel(panel, INPUT('NextStep'), 'Call Rose about the conveyor line');
    await panel.click('[data-action=review-hand-edits]');
    await panel.waitFor('document.querySelector(".sofie-review li[data-field]")');

    const rows = await panel.evaluate<{ field: string; source: string }[]>(
      `[...document.querySelectorAll('.sofie-review li[data-field]')].map((li) => ({
        field: li.dataset.field,
        source: li.querySelector('.sofie-review-source')?.textContent ?? '',
      }))`,
    );
    expect(rows.map((r) => r.field)).toEqual([
      'StageName',
      'Amount',
      'CloseDate',
      'NextStep',
      'Description',
    ]);
    for (const row of rows) expect(row.source).toContain('Entered by a person');
    expect((await apiRequestsSince(t, mark)).filter((e) => e.method === 'PATCH')).toEqual([]);

    await panel.click('[data-action=accept-all]');
    await panel.waitFor(
      'document.querySelectorAll(".sofie-review li[data-decision=accepted]").length === 5',
    );
    expect(await approve(panel)).toBe('written');

    const patches = (await apiRequestsSince(t, mark)).filter((e) => e.method === 'PATCH');
    expect(patches).toHaveLength(1);
    const record = await emulatorRecord(t, 'Opportunity', ACME.opportunity);
    expect(record).toMatchObject({
      StageName: 'Negotiation/Review',
      Amount: 52000.5,
      CloseDate: '2027-01-15',
      NextStep: 'Call Rose about the conveyor line',
      Description: 'Renewal with\nthe new conveyor line.',
    });
    expect(await panel.text()).toContain('5 fields written');
  });

  it('works from the keyboard with visible focus and no serious accessibility problems', async () => {
    await panel.waitFor('document.querySelector("[data-state=record][data-status=ready]")');
    // Start from the instruction box just after the editor's button, and go back to it.
    await panel.evaluate('document.querySelector("#sofie-instruction").focus(), true');

    await tabTo(panel, '[data-action=edit-fields]', { shift: true });
    await press(panel, 'Enter');
    await panel.waitFor('document.querySelector("[data-pick]")');
    await tabTo(panel, '#sofie-hand-edit-filter');
    await typeText(panel, 'next step');
    await panel.waitFor(`${PICKS}.join() === "NextStep"`);
    await tabTo(panel, '[data-pick=NextStep]');
    await press(panel, 'Enter');
    await panel.waitFor(`document.activeElement?.matches(${JSON.stringify(INPUT('NextStep'))})`);
    await typeText(panel, ' today');

    expect(await panel.evaluate<string>('document.activeElement.value')).toBe(
      'Call Rose about the conveyor line today',
    );
    expect(await seriousViolations(panel)).toEqual([]);
    await tabTo(panel, '[data-action=cancel-hand-edits]');
    await press(panel, 'Enter');
    await panel.waitFor('document.activeElement?.matches("[data-action=edit-fields]")');
  });
});

describe('hand edits join a change set already prepared for the record', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  it('adds the edited field beside the instruction’s, keeping both for review', async () => {
    await prepareInstruction(panel, 'next step to Call Rose');

    await openEditor(panel);
    await pick(panel, 'CloseDate');
    await typeInPanel(panel, INPUT('CloseDate'), '2027-02-01');
    await panel.click('[data-action=review-hand-edits]');
    await panel.waitFor('document.querySelector(".sofie-review li[data-field=CloseDate]")');

    expect(
      await panel.evaluate<string[]>(
        '[...document.querySelectorAll(".sofie-review li[data-field]")].map((li) => li.dataset.field)',
      ),
    ).toEqual(['NextStep', 'CloseDate']);
    expect(await panel.evaluate<boolean>('!document.querySelector("[data-hand-edit]")')).toBe(true);
    await discard(panel);
  });
});

describe('the sales user is offered only fields they may edit', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'sales@acme.example' }));
  });

  it('leaves out Probability, which field-level security keeps them from editing', async () => {
    await openEditor(panel);

    const offered = await panel.evaluate<string[]>(PICKS);
    expect(offered).toEqual(expect.arrayContaining(['StageName', 'Amount', 'CloseDate']));
    expect(offered).not.toContain('Probability');
    await typeInPanel(panel, '#sofie-hand-edit-filter', 'probability');
    await panel.waitFor(`${PICKS}.length === 0`);
    expect(await panel.text()).toContain('No field you may edit matches “probability”.');
  });
});
