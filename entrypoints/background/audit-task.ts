import { auditTaskFields, type AuditTaskInput } from '@/lib/audit/task';
import { t } from '@/lib/i18n';
import { createLogger } from '@/lib/log/logger';
import type { SalesforceClient } from '@/lib/salesforce-client/client';

const log = createLogger('audit-task');

/**
 * Adds the completed Task that records an approved write on the record (policy
 * `auditTaskOnWrite`). The write has happened whatever this answers: a refused Task only adds a
 * sentence to the success notice, never undoes or repeats the write.
 */
export async function addAuditTask(
  client: SalesforceClient,
  input: AuditTaskInput,
): Promise<string | undefined> {
  const created = await client.request('POST', 'sobjects/Task', auditTaskFields(input));
  if (created.ok) return undefined;

  log.warn('audit task refused', created.problem.errorCode);
  return t('reviewNotice_auditTaskFailed', created.problem.message);
}
