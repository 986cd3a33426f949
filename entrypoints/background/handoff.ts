import { browser } from 'wxt/browser';

import { appendAudit } from '@/lib/audit/index';
import {
  handoffAuditEntry,
  previewHandoff,
  sendToWorkflow,
  type HandoffAuditEntry,
} from '@/lib/handoff/index';
import { createLogger } from '@/lib/log/logger';
import { handle } from '@/lib/messaging/handlers';
import { fail, ok } from '@/lib/result';

import { registerChatHandlers } from './chat';
import { bundleOf, NO_RECORD, type CurrentRecord, type RecordActionsDeps } from './current-record';
import { handoffAuditRecord } from './handoff-audit';
import { getEffectiveSettings } from './settings';

const log = createLogger('handoff');

async function audit(entry: HandoffAuditEntry, current: CurrentRecord): Promise<void> {
  try {
    await appendAudit(handoffAuditRecord(entry, current.connection, current.context.record.name));
  } catch (error) {
    // The hand-off happened either way; a full or broken database must not hide that from the user.
    log.error('the hand-off could not be written to the audit log', error);
  }
}

/** Hand-off (and chat) messages of the panel, always about the record its window shows. */
export function registerHandoffHandlers(extensionId: string, deps: RecordActionsDeps): void {
  const { controller } = deps;

  handle(
    'panelHandoffTargets',
    ['extension-page'],
    async () => {
      const { values } = await getEffectiveSettings();
      return {
        webApp: values.sofieWebAppUrl.trim() !== '',
        workflows: values.allowedWorkflowEndpoints ?? [],
      };
    },
    extensionId,
  );

  handle(
    'panelHandoffPreview',
    ['extension-page'],
    async ({ windowId, target }) => {
      const current = await controller.currentRecord(windowId);
      if (!current) return fail(NO_RECORD);
      const { values } = await getEffectiveSettings();
      return ok(previewHandoff(target, bundleOf(current), values));
    },
    extensionId,
  );

  handle(
    'panelHandoff',
    ['extension-page'],
    async ({ windowId, target }) => {
      const current = await controller.currentRecord(windowId);
      if (!current) return fail(NO_RECORD);
      const { values } = await getEffectiveSettings();
      const bundle = bundleOf(current);

      if (target.kind === 'workflow') {
        const sent = await sendToWorkflow(target.url, bundle, {
          allowed: values.allowedWorkflowEndpoints,
        });
        if (!sent.ok) {
          const { audit: entry, ...problem } = sent.problem;
          await audit(entry, current);
          return fail(problem);
        }

        await audit(sent.value.audit, current);
        return ok({ status: sent.value.status, responseText: sent.value.responseText });
      }

      const preview = previewHandoff(target, bundle, values);
      await audit(handoffAuditEntry(preview, bundle, new Date()), current);
      if (!preview.allowed) {
        return fail({ code: 'handoff-refused', message: preview.reason ?? 'Not allowed.' });
      }

      if (target.kind === 'web-app' && preview.url) {
        await browser.tabs.create({ url: preview.url, windowId });
        return ok({ url: preview.destination });
      }

      return ok({ text: preview.bodyPreview });
    },
    extensionId,
  );

  registerChatHandlers(extensionId, deps);
}
