import type { AuditEntry, AuditFilter } from './types';

/** A value as the log shows and searches it: text as is, blank as '', anything else as JSON. */
export function auditValueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;

  return JSON.stringify(value);
}

function searchableText(entry: AuditEntry): string {
  const parts = [
    entry.orgName,
    entry.recordRef.name,
    entry.recordRef.objectApiName,
    entry.recordRef.recordId,
    entry.user.username,
    entry.approvedBy,
    entry.preparedBy.detail,
    entry.salesforce.errorCode ?? '',
    entry.salesforce.message ?? '',
    ...entry.fields.flatMap((f) => [
      f.field,
      f.label,
      auditValueText(f.before),
      auditValueText(f.after),
    ]),
  ];
  return parts.join('\n').toLowerCase();
}

function matchesText(entry: AuditEntry, text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;

  const haystack = searchableText(entry);
  return words.every((word) => haystack.includes(word));
}

/** Whether an entry passes every filter that is set. */
export function matchesAudit(entry: AuditEntry, filter: AuditFilter): boolean {
  if (filter.orgId && entry.orgId !== filter.orgId) return false;
  if (filter.objectApiName && entry.recordRef.objectApiName !== filter.objectApiName) return false;
  if (filter.recordId && entry.recordRef.recordId !== filter.recordId) return false;
  if (filter.kind && entry.kind !== filter.kind) return false;
  if (filter.from && entry.at < filter.from) return false;
  if (filter.to && entry.at > filter.to) return false;

  return filter.text ? matchesText(entry, filter.text) : true;
}
