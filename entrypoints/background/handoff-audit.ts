import type { NewAuditEntry } from '@/lib/audit/index';
import type { Connection } from '@/lib/auth/connections';
import type { HandoffAuditEntry } from '@/lib/handoff/index';

/**
 * A hand-off as a line of the audit log. Nothing is written to Salesforce, so there are no fields;
 * the outcome takes the place of Salesforce's answer and the destination (never its query string,
 * which may hold a webhook secret) goes into the message.
 */
export function handoffAuditRecord(
  entry: HandoffAuditEntry,
  connection: Connection,
  recordName: string,
): NewAuditEntry {
  const http = entry.status === null ? '' : `, HTTP ${entry.status}`;
  return {
    kind: 'handoff',
    at: entry.at,
    orgId: entry.recordRef.orgId,
    orgName: connection.orgName,
    environment: connection.environment,
    user: { id: connection.userId, username: connection.username },
    recordRef: {
      objectApiName: entry.recordRef.objectApiName,
      recordId: entry.recordRef.recordId,
      name: recordName,
    },
    preparedBy: { kind: 'user', detail: entry.target },
    approvedBy: connection.username,
    fields: [],
    salesforce: {
      status: entry.outcome === 'sent' ? 'applied' : 'failed',
      message: `${entry.outcome} to ${entry.destination} (${entry.bytes} bytes${http})`,
    },
    changeSetId: '',
  };
}
