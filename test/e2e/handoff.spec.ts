import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { makeCertificate } from '../emulator/cert';
import { startWorkflowServer, type WorkflowServer } from '../fixtures/workflow/server';
import { useBrowser } from './harness/fixture';
import { usePolicy } from './harness/policy';
import type { SidePanel } from './harness/side-panel';
import { ACME, configure, openRecordPanel, recordUrl, typeInPanel } from './harness/sofie';

const WORKFLOW_HOST = 'workflow.example.test';
const ALLOWED = `https://${WORKFLOW_HOST}/hooks/sofie`;
const ACCOUNT_LINK = `${ACME.lightning}/lightning/r/Account/${ACME.account}/view`;

interface AuditRow {
  kind: string;
  recordRef: { recordId: string; name: string };
  preparedBy: { kind: string; detail: string };
  salesforce: { status: string; message?: string };
}

/** The extension's audit log, read straight from its IndexedDB (only once a hand-off created it). */
function readAudit(t: ReturnType<typeof useBrowser>): Promise<AuditRow[]> {
  return t.ext.serviceWorker.evaluate(
    () =>
      new Promise<AuditRow[]>((resolve, reject) => {
        const open = indexedDB.open('sofie-audit');
        open.onerror = () => reject(new Error('audit log unreadable'));
        open.onsuccess = () => {
          const all = open.result.transaction('entries').objectStore('entries').getAll();
          all.onerror = () => reject(new Error('audit log unreadable'));
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as AuditRow[]);
          };
        };
      }),
  );
}

/** Keeps what the panel writes to the clipboard, so the test reads exactly what was copied. */
async function watchClipboard(panel: SidePanel): Promise<void> {
  await panel.evaluate(`(() => {
    window.__copied = [];
    navigator.clipboard.writeText = async (text) => { window.__copied.push(text); };
    return true;
  })()`);
}

async function share(panel: SidePanel, target: string): Promise<void> {
  await panel.click(`[data-share-target=${target}]`);
  await panel.waitFor(`document.querySelector('[data-share-preview=${target}]')`);
}

describe('a user shares the record in view and asks Sofie about it', () => {
  let workflow: WorkflowServer;
  const launch: { hostRules: string[] } = { hostRules: [] };

  // Registered before useBrowser, so the browser starts knowing the workflow host's address.
  beforeAll(async () => {
    workflow = await startWorkflowServer({ tls: await makeCertificate(), cors: true });
    launch.hostRules.push(`MAP ${WORKFLOW_HOST} 127.0.0.1:${new URL(workflow.origin).port}`);
  });

  afterAll(async () => {
    await workflow.close();
  });

  usePolicy('handoff', { allowedWorkflowEndpoints: [ALLOWED] });
  const t = useBrowser({ launch });
  let panel: SidePanel;

  beforeAll(async () => {
    await configure(t, {});
    ({ panel } = await openRecordPanel(t, recordUrl(ACME.lightning, 'Account', ACME.account), {
      connectAs: 'admin@acme.example',
    }));
    await panel.waitFor('document.querySelector("[data-section=share] [data-share-target]")');
  });

  it('copies the record as Markdown after showing exactly what will be copied', async () => {
    await watchClipboard(panel);
    await share(panel, 'copy-json');
    const bundle = JSON.parse(
      await panel.evaluate<string>('document.querySelector("[data-share-body]").textContent'),
    ) as { summary: { lenses: { sentences: { text: string }[] }[] } };
    const sentence = bundle.summary.lenses.flatMap((l) => l.sentences)[0]?.text ?? '';
    await panel.click('[data-share-cancel]');

    await share(panel, 'copy-markdown');
    const previewed = await panel.evaluate<string>(
      'document.querySelector("[data-share-body]").textContent',
    );
    await panel.click('[data-share-confirm]');
    await panel.waitFor('document.querySelector("[data-share-status=ok]")');

    const copied = await panel.evaluate<string[]>('window.__copied');
    expect(copied).toEqual([previewed]);
    expect(copied[0]).toContain('Acme Corporation');
    expect(copied[0]).toContain(ACCOUNT_LINK);
    expect(sentence).not.toBe('');
    expect(copied[0]).toContain(sentence.slice(0, 20));
    expect(await panel.text()).toContain('Copied to the clipboard.');
  });

  it('sends the record to an allowed workflow and logs the hand-off', async () => {
    await panel.click('[data-share-target=workflow]');
    await panel.waitFor(
      'document.querySelector("[data-share-preview=workflow][data-allowed=true]")',
    );
    expect(
      await panel.evaluate<string>(
        'document.querySelector("[data-share-destination]").textContent',
      ),
    ).toContain(ALLOWED);

    await panel.click('[data-share-confirm]');
    await panel.waitFor('document.querySelector("[data-share-status]")', 20_000);

    expect(await panel.text()).toContain('Sent. The workflow answered HTTP 202.');
    const posts = workflow.received.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]?.url).toBe('/hooks/sofie');
    const delivered = JSON.parse(posts[0]?.body ?? '{}') as {
      record: { id: string; name: string };
    };
    expect(delivered.record).toMatchObject({ id: ACME.account, name: 'Acme Corporation' });
    const logged = (await readAudit(t)).filter((e) => e.preparedBy.detail === 'workflow');
    expect(logged).toEqual([
      expect.objectContaining({
        kind: 'handoff',
        recordRef: expect.objectContaining({ recordId: ACME.account }) as unknown,
        salesforce: expect.objectContaining({ status: 'applied' }) as unknown,
      }),
    ]);
  });

  it('refuses a workflow the policy does not allow, without sending anything', async () => {
    const before = workflow.received.length;

    // A tampered panel asking for another address: the background decides, not the UI.
    const answer = await panel.evaluate<{ res?: { ok: boolean; problem?: { message: string } } }>(`
      chrome.runtime.sendMessage({
        id: 9001,
        type: 'panelHandoff',
        timestamp: Date.now(),
        data: { windowId: ${await panel.evaluate<number>('(async () => (await chrome.windows.getCurrent()).id)()')}, target: { kind: 'workflow', url: 'https://${WORKFLOW_HOST}/not-allowed' } },
      })`);

    expect(answer.res?.ok).toBe(false);
    expect(answer.res?.problem?.message).toContain(
      'is not one of the workflow addresses your admin allowed',
    );
    expect(workflow.received.length).toBe(before);
    const refused = (await readAudit(t)).filter(
      (e) => e.preparedBy.detail === 'workflow' && e.salesforce.status === 'failed',
    );
    expect(refused).toHaveLength(1);
    expect(refused[0]?.salesforce.message).toContain('refused');
  });

  it('answers "what is open?" from the record with links to the evidence', async () => {
    await panel.evaluate(`(() => {
      const input = document.querySelector('[data-chat-input]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      setValue.call(input, 'What is open?');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    })()`);
    await panel.click('[data-chat-send]');
    await panel.waitFor('document.querySelector("[data-chat-role=sofie]")', 20_000);

    const reply = await panel.evaluate<{ kind: string; text: string; links: number }>(`(() => {
      const turn = document.querySelector('[data-chat-role=sofie]');
      return {
        kind: turn.dataset.chatKind,
        text: turn.querySelector('.sofie-chat__text').textContent,
        links: turn.querySelectorAll('.sofie-chat__evidence a, .sofie-chat__evidence button').length,
      };
    })()`);
    expect(reply.kind).toBe('answer');
    expect(reply.text).not.toBe('');
    expect(reply.links).toBeGreaterThan(0);
    expect(
      await panel.evaluate<string>('document.querySelector("[data-chat-role=user]").textContent'),
    ).toContain('What is open?');
    expect(
      await panel.evaluate<string | null>(
        'document.querySelector(".sofie-chat__turns").getAttribute("aria-live")',
      ),
    ).toBe('polite');
  });

  it('turns a chat instruction into a change set that appears in review', async () => {
    await typeInPanel(panel, '[data-chat-input]', 'set rating to Warm');
    await panel.click('[data-chat-send]');
    await panel.waitFor(
      'document.querySelector("[data-field=Rating] [data-action=accept]")',
      20_000,
    );

    const row = await panel.evaluate<string>(
      'document.querySelector("li[data-field=Rating]").textContent',
    );
    expect(row).toContain('Warm');
    await panel.click('[data-action=discard]');
    await panel.waitFor('!document.querySelector("[data-action=discard]")');
  });
});
