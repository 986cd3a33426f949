import { beforeAll, describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, openRecordPanel, recordUrl } from './harness/sofie';

const OPPORTUNITY = recordUrl(ACME.lightning, 'Opportunity', ACME.opportunity);

describe('a user sees why Sofie did not suggest an update', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, { blockedFields: { Opportunity: ['CloseDate'] } });
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
    await panel.waitFor('document.querySelector("[data-section=summary]")');
  });

  it('drops the close-date suggestion for a blocked field and names the reason in the details', async () => {
    const suggested = await panel.evaluate<boolean>(
      '!!document.querySelector("[data-suggestion=CloseDate]")',
    );
    await panel.click('[data-section=suggestions-dropped] summary');
    const reason = await panel.evaluate<string>(
      'document.querySelector("[data-dropped=CloseDate]").textContent',
    );

    expect(suggested).toBe(false);
    expect(reason).toContain('Close Date');
    expect(reason).toMatch(/block/i);
    expect(
      await panel.evaluate<boolean>(
        'document.querySelector("[data-section=suggestions-dropped]").open',
      ),
    ).toBe(true);
  });
});
