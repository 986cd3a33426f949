import 'fake-indexeddb/auto';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import type { PanelSnapshot } from '@/lib/panel-state';
import { slimDescribe } from '@/lib/salesforce/describe';
import type { RecordContext } from '@/lib/salesforce/record-context';
import { createTabTracker } from '@/lib/tabs/tab-tracker';

import { acmeConnection } from '../../test/fixtures/connection';
import type { Connections } from './connections';
import { PanelController } from './panel-controller';
import type { PanelHub } from './panel-hub';
import type { RecordLoader } from './record-loader';

const RECORD_URL = 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view';

const CONNECTION = acmeConnection();

function accountView(id: string, name: string): RecordContext {
  const object = slimDescribe({
    name: 'Account',
    label: 'Account',
    fields: [
      { name: 'Id', type: 'id' },
      { name: 'Name', type: 'string', nameField: true },
    ],
  });
  const lastModifiedDate = '2026-03-01T10:00:00.000+0000';
  return {
    org: {
      id: CONNECTION.orgId,
      name: CONNECTION.orgName,
      myDomain: CONNECTION.myDomain,
      apiHost: CONNECTION.apiHost,
      isSandbox: false,
      environment: 'production',
      currencyIsoCode: undefined,
    },
    user: {
      id: CONNECTION.userId,
      username: CONNECTION.username,
      displayName: CONNECTION.displayName,
      locale: undefined,
      timeZone: 'UTC',
    },
    object,
    record: {
      ref: {
        orgId: CONNECTION.orgId,
        apiHost: CONNECTION.apiHost,
        objectApiName: 'Account',
        recordId: id,
      },
      name,
      fields: { Id: id, Name: name, LastModifiedDate: lastModifiedDate },
      lastModifiedDate,
      recordTypeId: undefined,
    },
    related: [],
    loadedAt: '2026-03-10T09:00:00.000Z',
  };
}

function setUp(
  allowed: Awaited<ReturnType<Connections['allowed']>> = { ok: true, value: undefined },
) {
  const published: PanelSnapshot[] = [];
  const hub = {
    openWindows: () => [1],
    publish: (_windowId: number, snapshot: PanelSnapshot) => published.push(snapshot),
  } as unknown as PanelHub;
  const tracker = createTabTracker();
  tracker.activated(1, 10);
  tracker.updated(10, RECORD_URL);
  const connections = {
    list: () => Promise.resolve([CONNECTION]),
    isSignedIn: () => Promise.resolve(true),
    allowed: () => Promise.resolve(allowed),
  } as unknown as Connections;
  let answer: (value: Awaited<ReturnType<RecordLoader['load']>>) => void = () => undefined;
  const load = vi.fn(
    () =>
      new Promise<Awaited<ReturnType<RecordLoader['load']>>>((resolve) => {
        answer = resolve;
      }),
  );
  const loader = { load } as unknown as RecordLoader;
  const controller = new PanelController(hub, tracker, connections, loader);
  return { controller, load, published, answer: (v: Parameters<typeof answer>[0]) => answer(v) };
}

describe('PanelController', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ settings: { clientId: 'demo' } });
  });

  it('asks Salesforce once when the record is requested again while its load is under way', async () => {
    const { controller, load, published, answer } = setUp();

    const first = controller.refresh(1);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    const second = controller.refresh(1, true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    answer({ ok: false, problem: { code: 'not-found', message: 'gone' } });
    await Promise.all([first, second]);

    expect(load).toHaveBeenCalledTimes(1);
    expect(published.at(-1)).toMatchObject({ kind: 'record', view: { status: 'problem' } });
  });

  it('loads again once the earlier load has answered', async () => {
    const { controller, load, answer } = setUp();

    const first = controller.refresh(1);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    answer({ ok: false, problem: { code: 'offline', message: 'offline' } });
    await first;
    const second = controller.refresh(1, true);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    answer({ ok: false, problem: { code: 'offline', message: 'offline' } });
    await second;

    expect(load).toHaveBeenCalledTimes(2);
  });

  it('shows why and loads nothing when the policy no longer allows the org', async () => {
    const problem = { code: 'orgNotAllowed', message: 'not this org', params: ['00D000000000001'] };
    const { controller, load, published } = setUp({ ok: false, problem });

    await controller.refresh(1);

    expect(load).not.toHaveBeenCalled();
    expect(published.at(-1)).toMatchObject({
      kind: 'not-allowed',
      connection: { orgId: CONNECTION.orgId },
      problem,
    });
    expect(await controller.currentRecord(1)).toBeUndefined();
  });

  it('never shows a record from the cache again once Salesforce says it was deleted', async () => {
    vi.stubGlobal('navigator', { language: 'en-US' });
    const { controller, load, published, answer } = setUp();
    const context = accountView('001000000000001AAA', 'Acme Corporation');
    const first = controller.refresh(1);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    answer({ ok: true, value: context });
    await first;
    const second = controller.refresh(1, true);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    answer({ ok: false, problem: { code: 'deleted', message: 'deleted' } });
    await second;
    published.length = 0;

    const third = controller.refresh(1, true);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(3));
    answer({ ok: false, problem: { code: 'deleted', message: 'deleted' } });
    await third;

    const views = published.map((p) => (p.kind === 'record' ? p.view : undefined));
    expect(views.map((v) => v?.status)).toEqual(['loading', 'problem']);
    expect(views.every((v) => v?.context === undefined)).toBe(true);
    expect(await controller.currentRecord(1)).toBeUndefined();
  });
});
