import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

import { handle } from './handlers';

const ID = 'oinnjcbdpaniieilaajcpkppjimmggla';

/** Delivers a message the way Chrome would, with the sender Chrome would attach. */
async function deliver(type: string, data: unknown, sender: chrome.runtime.MessageSender) {
  let reply: unknown;
  // The fake's typings call this an array of promises; at run time it is one promise.
  await (fakeBrowser.runtime.onMessage.trigger(
    { id: 1, type, data, timestamp: Date.now() },
    sender,
    (response: unknown) => {
      reply = response;
    },
  ) as unknown as Promise<unknown>);
  await vi.waitFor(() => expect(reply).toBeDefined());
  return reply as { res?: unknown; err?: { message: string } };
}

describe('handle', () => {
  const removers: (() => void)[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('chrome', fakeBrowser);
  });

  afterEach(() => {
    removers.splice(0).forEach((remove) => remove());
  });

  it('runs the handler for an allowed sender and returns its answer', async () => {
    const handler = vi.fn(() => undefined);
    removers.push(handle('openOptionsPage', ['extension-page'], handler, ID));

    const reply = await deliver('openOptionsPage', undefined, {
      id: ID,
      url: `chrome-extension://${ID}/sidepanel.html`,
    });

    expect(handler).toHaveBeenCalledOnce();
    expect(reply.err).toBeUndefined();
  });

  it('refuses a content script asking for a privileged message, without running the handler', async () => {
    const handler = vi.fn(() => undefined);
    removers.push(handle('panelOpenRecord', ['extension-page'], handler, ID));

    const reply = await deliver(
      'panelOpenRecord',
      { objectApiName: 'Account', recordId: '001000000000001AAA', newTab: false },
      {
        id: ID,
        url: 'https://acme.lightning.force.com/lightning/page/home',
        tab: { id: 4 } as chrome.tabs.Tab,
      },
    );

    expect(handler).not.toHaveBeenCalled();
    expect(reply.err?.message).toMatch(/refused "panelOpenRecord"/);
  });

  it('refuses another extension', async () => {
    const handler = vi.fn(() => ({ opened: true }));
    removers.push(handle('launcherOpenPanel', ['content-script'], handler, ID));

    const reply = await deliver('launcherOpenPanel', undefined, { id: 'someone-else' });

    expect(handler).not.toHaveBeenCalled();
    expect(reply.err?.message).toMatch(/refused/);
  });
});
