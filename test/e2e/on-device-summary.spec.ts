import { beforeAll, describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { usePolicy } from './harness/policy';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, openRecordPanel, recordUrl } from './harness/sofie';

describe('an admin chooses the on-device model in a browser that has none', () => {
  usePolicy('on-device-summary', { summaryProvider: 'on-device' });
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(
      t,
      recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity),
      {
        connectAs: 'admin@acme.example',
      },
    ));
  });

  it('keeps the built-in summary and says the on-device model is not available', async () => {
    await panel.waitFor('document.querySelector("[data-model-note]")', 20_000);

    expect(
      await panel.evaluate<string>('document.querySelector("[data-model-note]").dataset.modelNote'),
    ).toBe('unavailable');
    expect(await panel.text()).toContain(
      'The on-device model is not available in this browser, so this is the built-in summary.',
    );
    expect(await panel.evaluate<boolean>('!!document.querySelector("[data-generated]")')).toBe(
      false,
    );
    expect(
      await panel.evaluate<number>('document.querySelectorAll(".sofie-sentences li").length'),
    ).toBeGreaterThan(0);
    expect(
      await panel.evaluate<boolean>('!!document.querySelector("[data-section=model-payload]")'),
    ).toBe(false);
  });
});
