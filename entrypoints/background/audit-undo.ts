import { getAudit, type AuditEntry } from '@/lib/audit';
import type { Connection } from '@/lib/auth/connections';
import { undoFromAudit, type ChangeSet } from '@/lib/changes';
import { recordLink } from '@/lib/handoff/links';
import { t } from '@/lib/i18n';
import { fail, ok, type Problem, type Result } from '@/lib/result';
import type { RecordContext } from '@/lib/salesforce/record-context';

import { reviewKey, saveReview } from './change-set-store';
import type { Connections } from './connections';
import type { RecordLoader } from './record-loader';

/** An undo change set stored for review, and where its record opens. */
export interface PreparedUndo {
  changeSet: ChangeSet;
  connection: Connection;
  context: RecordContext;
  recordUrl: string;
  /** Labels of the fields left as they are because someone changed them since. */
  refused: string[];
}

/**
 * Turns an applied write from the audit log into a new change set with the previous values, on
 * the record read fresh now, and stores it like any prepared change: the panel shows it for review
 * when the record is open, and it is written through the same approval path.
 */
export async function prepareUndo(
  auditId: string,
  deps: { connections: Connections; loader: RecordLoader },
): Promise<Result<PreparedUndo, Problem>> {
  const entry = await getAudit(auditId);
  if (!entry) return fail({ code: 'not-found', message: t('undoNotFound') });
  if (entry.kind !== 'write' || entry.salesforce.status !== 'applied')
    return fail({ code: 'not-undoable', message: t('undoNotUndoable') });

  const connection = connectionFor(entry, await deps.connections.list());
  if (!connection)
    return fail({
      code: 'not-connected',
      message: t('undoNotConnected', [entry.orgName, entry.user.username]),
    });

  const fresh = await deps.loader.load(connection, pageOf(connection, entry), new Date());
  if (!fresh.ok) return fail(fresh.problem);

  const { changeSet } = undoFromAudit(entry, fresh.value, {
    id: crypto.randomUUID(),
    now: new Date(),
  });
  const refused = changeSet.changes.filter((c) => c.decision === 'rejected').map((c) => c.label);
  if (!changeSet.changes.some((c) => c.decision === 'accepted'))
    return fail({ code: 'nothing-to-undo', message: t('undoNothingLeft') });

  await saveReview(reviewKey(connection.orgId, fresh.value.record.ref.recordId), { changeSet });
  return ok({
    changeSet,
    connection,
    context: fresh.value,
    recordUrl: recordLink(
      connection.apiHost,
      entry.recordRef.objectApiName,
      entry.recordRef.recordId,
    ),
    refused,
  });
}

/** The connection of the person who made the write, else another one to the same org. */
function connectionFor(entry: AuditEntry, connections: Connection[]): Connection | undefined {
  const sameOrg = connections.filter((c) => c.orgId === entry.orgId);
  return sameOrg.find((c) => c.userId === entry.user.id) ?? sameOrg[0];
}

function pageOf(connection: Connection, entry: AuditEntry) {
  return {
    apiHost: connection.apiHost,
    myDomain: connection.myDomain,
    environment: connection.environment,
    surface: 'record' as const,
    pageUrl: '',
    objectApiName: entry.recordRef.objectApiName,
    recordId: entry.recordRef.recordId,
  };
}
