import { describe, expect, it } from 'vitest';

import { sfid } from '../emulator/core/ids';
import { openOptions } from './connections-helpers';
import { useBrowser } from './harness/fixture';
import { usePolicy, writePolicy } from './harness/policy';
import { ACME, configure, control, openRecordPanel, recordUrl } from './harness/sofie';

const ACME_ORG = sfid('00D', 1);
const GLOBEX_ORG = sfid('00D', 3);
const CONTACT = 'it-help@acme.example';

describe('an admin narrows the allowed orgs while Sofie is connected', () => {
  usePolicy('narrowed-allow-list', { allowedOrgIds: [ACME_ORG], supportContact: CONTACT });
  const t = useBrowser();

  it('stops using the connection at once, says so in the panel and the settings, and calls nothing', async () => {
    await configure(t, {});
    const { panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account), {
      connectAs: 'admin@acme.example',
    });
    const emulator = control(t);
    const mark = (await emulator.log()).last;

    writePolicy('narrowed-allow-list', { allowedOrgIds: [GLOBEX_ORG], supportContact: CONTACT });

    await panel.waitFor('document.querySelector("[data-state=not-allowed]")', 40_000);
    const reason = await panel.evaluate<string>(
      'document.querySelector("[data-state=not-allowed] [data-field=reason]").textContent',
    );
    expect(reason).toContain('Your organization allows Sofie only with approved Salesforce orgs');
    expect(reason).toContain(ACME_ORG.slice(0, 15));
    expect(reason).toContain(`Contact ${CONTACT}`);

    const options = await openOptions(t);
    const row = options.locator('[data-connection]');
    expect(await row.getAttribute('data-org-id')).toBe(ACME_ORG);
    expect(await row.locator('[data-field=not-allowed]').textContent()).toContain(
      `Contact ${CONTACT}`,
    );
    expect((await emulator.log({ since: mark, kind: 'api' })).entries).toEqual([]);
  });
});
