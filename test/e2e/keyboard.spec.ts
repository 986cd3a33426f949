import { describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { focused, press, tabTo } from './harness/keyboard';
import { ACME, configure, control, emulatorRecord, recordUrl } from './harness/sofie';

const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);

describe('the main flow works with the keyboard alone', () => {
  const t = useBrowser();

  it('opens the panel, connects, prepares a suggested change, decides it and approves, by keyboard', async () => {
    await configure(t, {});
    await control(t).autoLogin('admin@acme.example');
    const page = await t.ext.openSalesforcePage(OPPORTUNITY);
    await page.locator('#sofie-launcher-host button').waitFor();

    const onLauncher = () =>
      page.evaluate(() => document.activeElement?.id === 'sofie-launcher-host');
    for (let i = 0; i < 60 && !(await onLauncher()); i++) await page.keyboard.press('Tab');
    expect(await onLauncher()).toBe(true);
    await page.keyboard.press('Enter');
    const panel = await t.ext.findPanel();
    await panel.waitFor(
      'document.querySelector("[data-state=not-connected] .sofie-connect button")',
    );

    await tabTo(panel, '.sofie-connect button');
    await press(panel, 'Enter');
    await panel.waitFor('document.querySelector("[data-suggestion=CloseDate]")', 20_000);

    await tabTo(panel, '[data-action=review-suggestions]');
    await press(panel, 'Enter');
    await panel.waitFor('document.querySelector("li[data-field=CloseDate] [data-action=accept]")');

    await tabTo(panel, 'li[data-field=CloseDate] [data-action=accept]');
    await press(panel, 'Space');
    await panel.waitFor(
      'document.querySelector("li[data-field=CloseDate][data-decision=accepted]")',
    );
    expect((await focused(panel)).visible).toBe(true);

    await tabTo(panel, 'li[data-field=NextStep] [data-action=reject]');
    await tabTo(panel, 'li[data-field=CloseDate] [data-action=accept]', { shift: true });
    await tabTo(panel, 'li[data-field=NextStep] [data-action=reject]');
    await press(panel, 'Enter');
    await panel.waitFor(
      'document.querySelector("li[data-field=NextStep][data-decision=rejected]")',
    );

    await tabTo(panel, '[data-action=approve]');
    await press(panel, 'Enter');
    await panel.waitFor('document.querySelector("[data-notice=shown]")', 20_000);

    // The suggestion moves the passed close date to the next open task's due date.
    const task = await emulatorRecord(t, 'Task', '00T000000000001EAA');
    const record = await emulatorRecord(t, 'Opportunity', ACME.opportunity);
    expect(record.CloseDate).toBe(task.ActivityDate);
    expect(record.NextStep ?? null).toBeNull();
    expect(await panel.text()).toContain('1 field written');
  });
});
