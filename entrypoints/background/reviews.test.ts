import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { listAudit, clearAudit } from '@/lib/audit';
import type { Connection } from '@/lib/auth/connections';
import type { RecordContext } from '@/lib/salesforce/record-context';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-model';

import { opportunityPastClose } from '../../test/fixtures/contexts/scenarios';
import { loadReview, reviewKey } from './change-set-store';
import type { Connections } from './connections';
import type { PanelController } from './panel-controller';
import type { RecordLoader } from './record-loader';
import { Reviews } from './reviews';

const settings = vi.hoisted(() => ({ values: {} }));
vi.mock('./settings', () => ({
  getEffectiveSettings: () => Promise.resolve({ values: settings.values }),
}));

const WINDOW = 1;
const context = opportunityPastClose();
const connection = {
  key: `${context.org.id}:${context.user.id}`,
  orgId: context.org.id,
  userId: context.user.id,
  username: context.user.username,
  orgName: 'Acme Corp',
  environment: 'production',
} as Connection;

function setUp(policy: Record<string, unknown>) {
  settings.values = { ...DEFAULT_SETTINGS, auditTaskOnWrite: false, ...policy };
  const update = vi.fn(() => Promise.resolve({ ok: true, value: { kind: 'updated' } }));
  const connections = { client: () => ({ update }) } as unknown as Connections;
  const loader = {
    load: () => Promise.resolve({ ok: true, value: context }),
    withRecordTypePicklists: (_connection: Connection, loaded: RecordContext) =>
      Promise.resolve(loaded),
  } as unknown as RecordLoader;
  const controller = {
    currentRecord: () => Promise.resolve({ connection, context, insights: {} }),
    republish: () => Promise.resolve(),
    replace: () => Promise.resolve(),
  } as unknown as PanelController;
  return { update, reviews: new Reviews(connections, loader, controller) };
}

async function prepareNextStep(reviews: Reviews): Promise<void> {
  await reviews.prepare(WINDOW, [
    { field: 'NextStep', proposedValue: 'Call Rose', provenance: { kind: 'user' } },
    { field: 'Description', proposedValue: 'Not this one', provenance: { kind: 'user' } },
  ]);
  await reviews.decide(WINDOW, 'NextStep', 'accepted');
}

/** The refusal's message; undefined when the write went through. */
const messageOf = (answer: Awaited<ReturnType<Reviews['approve']>>) =>
  answer.ok ? undefined : answer.problem.message;

const stored = () => loadReview(reviewKey(connection.orgId, context.record.ref.recordId));

describe('the background write guard', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearAudit();
  });

  it('sends nothing when the policy allows previews only, and keeps the change set', async () => {
    const { reviews, update } = setUp({ writeMode: 'off' });
    await prepareNextStep(reviews);

    const answer = await reviews.approve(WINDOW, undefined);

    expect(messageOf(answer)).toMatch(/previews only/);
    expect(update).not.toHaveBeenCalled();
    expect((await stored())?.changeSet.changes).toHaveLength(2);
  });

  it('sends nothing to a production org when production writes are off', async () => {
    const { reviews, update } = setUp({ allowProductionWrites: false });
    await prepareNextStep(reviews);

    const answer = await reviews.approve(WINDOW, undefined);

    expect(messageOf(answer)).toMatch(/production/);
    expect(update).not.toHaveBeenCalled();
    expect(await stored()).toBeDefined();
  });

  it('needs the org name typed before a production write, then sends only the accepted field', async () => {
    const { reviews, update } = setUp({ requireTypedConfirmationInProduction: true });
    await prepareNextStep(reviews);

    const wrong = await reviews.approve(WINDOW, 'Acme');
    expect(messageOf(wrong)).toContain('Acme Corp');
    expect(update).not.toHaveBeenCalled();

    const right = await reviews.approve(WINDOW, ' Acme Corp ');

    expect(right).toEqual({ ok: true, value: { written: ['NextStep'] } });
    expect(update).toHaveBeenCalledWith(
      'Opportunity',
      context.record.ref.recordId,
      { NextStep: 'Call Rose' },
      { ifUnmodifiedSince: context.record.lastModifiedDate },
    );
    expect(await stored()).toBeUndefined();
    const [entry] = await listAudit();
    expect(entry).toMatchObject({ kind: 'write', salesforce: { status: 'applied' } });
  });

  it('records a 412 conflict in the audit log and keeps the change set', async () => {
    const { reviews, update } = setUp({});
    update.mockResolvedValueOnce({ ok: true, value: { kind: 'conflict' } });
    await prepareNextStep(reviews);

    await reviews.approve(WINDOW, undefined);

    const [entry] = await listAudit();
    expect(entry).toMatchObject({
      salesforce: {
        status: 'conflict',
        message: 'Someone changed the record after the change was prepared; nothing was written.',
      },
      fields: [{ field: 'NextStep', after: 'Call Rose' }],
    });
    expect(await stored()).toBeDefined();
  });
});
