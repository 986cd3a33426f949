import { listAudit } from '@/lib/audit';
import { t } from '@/lib/i18n';
import { handle } from '@/lib/messaging/handlers';
import { fail, ok } from '@/lib/result';

import { prepareUndo } from './audit-undo';
import type { Connections } from './connections';
import type { PanelController } from './panel-controller';
import type { RecordLoader } from './record-loader';

/** The newest entries the options page shows; older ones stay in the log and its exports. */
const AUDIT_PAGE = 1000;

/**
 * The audit log for the options page and undo from there or from the panel. The background owns
 * the IndexedDB log; pages only ask for it.
 */
export function registerAuditHandlers(
  extensionId: string,
  deps: { connections: Connections; loader: RecordLoader; controller: PanelController },
): void {
  const { controller } = deps;

  handle(
    'optionsListAudit',
    ['extension-page'],
    ({ filter }) => listAudit(filter ?? {}, AUDIT_PAGE),
    extensionId,
  );

  handle(
    'optionsUndoAudit',
    ['extension-page'],
    async ({ auditId }) => {
      const prepared = await prepareUndo(auditId, deps);
      if (!prepared.ok) return prepared;

      // A panel already showing the record picks the waiting change set up at once.
      controller.refreshAll();
      const { recordUrl, refused, context } = prepared.value;
      return ok({ recordUrl, recordName: context.record.name, refused });
    },
    extensionId,
  );

  handle(
    'panelUndoLastWrite',
    ['extension-page'],
    async ({ windowId }) => {
      const current = await controller.currentRecord(windowId);
      if (!current) return fail({ code: 'no-record', message: t('undoOpenRecord') });
      const { connection, context } = current;
      // The newest change that stands: undoing right after an undo is refused by prepareUndo.
      const last = (
        await listAudit({ orgId: connection.orgId, recordId: context.record.ref.recordId }, 20)
      ).find((e) => e.kind !== 'handoff' && e.salesforce.status === 'applied');
      if (!last) return fail({ code: 'not-found', message: t('undoNotFound') });

      const prepared = await prepareUndo(last.id, deps);
      if (!prepared.ok) return prepared;

      await controller.replace(windowId, prepared.value.connection, prepared.value.context);
      return ok({ refused: prepared.value.refused });
    },
    extensionId,
  );
}
