import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import { RECORD_TYPES } from '../emulator/data/schema/picklists';
import { useBrowser } from './harness/fixture';
import { discard, prepareInstruction } from './harness/review';
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
const STAGE_ROW = 'li[data-field=StageName]';
const VALID = `document.querySelector('${STAGE_ROW}')?.dataset.valid`;
const REASON = `document.querySelector('${STAGE_ROW} [data-invalid]')?.textContent ?? ''`;

describe('a stage the record type does not offer is refused with the reason', () => {
  const t = useBrowser();
  let panel: SidePanel;

  beforeAll(async () => {
    // The anchor opportunity becomes a Renewal: its stages are Qualification, Negotiation/Review,
    // Closed Won and Closed Lost only (docs/demo-org.md).
    await emulatorRecord(t, 'Opportunity', ACME.opportunity, {
      fields: { RecordTypeId: RECORD_TYPES.renewal },
      asUsername: 'admin@acme.example',
    });
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, OPPORTUNITY, { connectAs: 'admin@acme.example' }));
  });

  afterEach(async () => {
    const open = await panel.evaluate<boolean>('!!document.querySelector("[data-action=discard]")');
    if (open) await discard(panel);
  });

  async function picklistRequests(since: number): Promise<string[]> {
    const { entries } = await control(t).log({ since, kind: 'api' });
    return entries.map((e) => e.path).filter((path) => path.includes('/picklist-values/'));
  }

  it('refuses a stage outside the Renewal record type, asking Salesforce once', async () => {
    const mark = (await control(t).log()).last;

    await prepareInstruction(panel, 'set stage to Value Proposition');

    expect(await panel.evaluate<string>(VALID)).toBe('false');
    expect(await panel.evaluate<string>(REASON)).toContain(
      '“Value Proposition” is not available for Stage on this record type.',
    );
    expect(await picklistRequests(mark)).toEqual([
      `/services/data/v62.0/ui-api/object-info/Opportunity/picklist-values/${RECORD_TYPES.renewal}`,
    ]);
  });

  it('lets a stage of the record type pass, from the cached values', async () => {
    const mark = (await control(t).log()).last;

    await prepareInstruction(panel, 'set stage to Qualification');

    expect(await panel.evaluate<string>(VALID)).toBe('true');
    expect(await picklistRequests(mark)).toEqual([]);
  });
});
