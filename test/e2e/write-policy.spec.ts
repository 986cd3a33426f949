import { beforeAll, describe, expect, it } from 'vitest';

import { useBrowser } from './harness/fixture';
import { usePolicy } from './harness/policy';
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

/**
 * Prepares a change on the production demo org and checks the review offers no write, says why,
 * and that nothing but reads reached Salesforce.
 */
async function expectPreviewOnly(
  t: ReturnType<typeof useBrowser>,
  panel: SidePanel,
  block: 'writes-off' | 'production-off',
  why: string,
): Promise<void> {
  const mark = (await control(t).log()).last;
  const before = (await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep ?? null;

  await typeInPanel(panel, '#sofie-instruction', 'next step to Written by policy?');
  await panel.click('[data-action=prepare-instruction]');
  await panel.waitFor('document.querySelector("li[data-field=NextStep]")', 20_000);

  expect(
    await panel.evaluate<string>(`document.querySelector("[data-notice=${block}]")?.textContent`),
  ).toBe(why);
  expect(await panel.evaluate<boolean>('!!document.querySelector("[data-action=approve]")')).toBe(
    false,
  );
  expect(
    await panel.evaluate<boolean>(
      '!!document.querySelector("li[data-field] [data-action=accept]")',
    ),
  ).toBe(false);
  const { entries } = await control(t).log({ since: mark, kind: 'api' });
  expect(entries.filter((e) => e.method !== 'GET' && !e.path.endsWith('/composite'))).toEqual([]);
  expect((await emulatorRecord(t, 'Opportunity', ACME.opportunity)).NextStep ?? null).toBe(before);
}

describe('an admin turns writing off by policy: Sofie only previews', () => {
  usePolicy('write-off', { writeMode: 'off' });
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  it('offers no write on the review screen, says why, and sends no write request', async () => {
    await expectPreviewOnly(
      t,
      panel,
      'writes-off',
      'Previews only: writing to Salesforce is turned off in the settings.',
    );
  });
});

describe('an admin keeps Sofie from writing to production orgs', () => {
  usePolicy('no-production', { allowProductionWrites: false });
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  it('offers no write on the production demo org, says why, and sends no write request', async () => {
    await expectPreviewOnly(
      t,
      panel,
      'production-off',
      'Previews only: writes to production are turned off by your organization.',
    );
  });
});
