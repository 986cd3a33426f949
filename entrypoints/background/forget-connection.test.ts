import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const ACME = '00D000000000001AAA';
const GLOBEX = '00D000000000003AAA';
const ADA = '005000000000001AAA';
const SAM = '005000000000002AAA';

const review = (orgId: string, userId: string, recordId: string) => ({
  changeSet: {
    id: `cs-${recordId}`,
    ref: { objectApiName: 'Account', recordId },
    orgName: orgId === ACME ? 'Acme' : 'Globex',
    environment: 'production',
    user: { id: userId, username: 'someone@example.com' },
    createdAt: '2026-12-01T10:00:00.000Z',
    baseLastModifiedDate: '2026-12-01T09:00:00.000Z',
    changes: [],
  },
});

const turn = { role: 'user', text: 'What is next?', at: '2026-12-01T10:00:00.000Z' };

async function arrange() {
  await fakeBrowser.storage.local.set({
    changeSets: {
      [`${ACME}:001000000000001AAA`]: review(ACME, ADA, '001000000000001AAA'),
      [`${ACME}:001000000000002AAA`]: review(ACME, SAM, '001000000000002AAA'),
      [`${GLOBEX}:001000000000003AAA`]: review(GLOBEX, ADA, '001000000000003AAA'),
    },
  });
  await fakeBrowser.storage.session.set({
    conversations: {
      [`${ACME}:001000000000001AAA`]: [turn],
      [`${GLOBEX}:001000000000003AAA`]: [turn],
    },
  });
  vi.resetModules();
  const { forgetConnectionData } = await import('./forget-connection');
  return { forgetConnectionData, metadata: { clearOrg: vi.fn(() => Promise.resolve()) } };
}

const stored = async () => ({
  changeSets: Object.keys(
    (await fakeBrowser.storage.local.get<{ changeSets: object }>('changeSets')).changeSets,
  ),
  conversations: Object.keys(
    (await fakeBrowser.storage.session.get<{ conversations: object }>('conversations'))
      .conversations,
  ),
});

describe('forgetConnectionData', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('removes the org’s change sets, conversations and describe cache when no connection of it remains', async () => {
    const { forgetConnectionData, metadata } = await arrange();

    await forgetConnectionData(
      { key: `${ACME}:${ADA}`, orgId: ACME, userId: ADA },
      [{ orgId: GLOBEX }],
      { metadata },
    );

    expect(await stored()).toEqual({
      changeSets: [`${GLOBEX}:001000000000003AAA`],
      conversations: [`${GLOBEX}:001000000000003AAA`],
    });
    expect(metadata.clearOrg).toHaveBeenCalledWith(ACME);
  });

  it('removes only the user’s own change sets and describes while another user of the org stays connected', async () => {
    const { forgetConnectionData, metadata } = await arrange();

    await forgetConnectionData(
      { key: `${ACME}:${ADA}`, orgId: ACME, userId: ADA },
      [{ orgId: ACME }],
      { metadata },
    );

    expect(await stored()).toEqual({
      changeSets: [`${ACME}:001000000000002AAA`, `${GLOBEX}:001000000000003AAA`],
      conversations: [`${ACME}:001000000000001AAA`, `${GLOBEX}:001000000000003AAA`],
    });
    expect(metadata.clearOrg).toHaveBeenCalledTimes(1);
    expect(metadata.clearOrg).toHaveBeenCalledWith(`${ACME}:${ADA}`);
  });
});
