import { auditValueText } from './filter';
import type { AuditEntry } from './types';

const CSV_COLUMNS = [
  'id',
  'kind',
  'at',
  'orgId',
  'orgName',
  'environment',
  'username',
  'objectApiName',
  'recordId',
  'recordName',
  'preparedBy',
  'preparedByDetail',
  'approvedBy',
  'field',
  'label',
  'before',
  'after',
  'salesforceStatus',
  'errorCode',
  'message',
  'changeSetId',
  'undoOf',
] as const;

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe, so opening an export never
 * executes a value that came from a record. Tab and carriage return start formulas too.
 */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a cell with a quote, comma or line break is quoted, inner quotes doubled. */
function csvCell(value: unknown): string {
  const text = neutralised(auditValueText(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRows(entry: AuditEntry): unknown[][] {
  const common = (field: AuditEntry['fields'][number] | undefined): unknown[] => [
    entry.id,
    entry.kind,
    entry.at,
    entry.orgId,
    entry.orgName,
    entry.environment,
    entry.user.username,
    entry.recordRef.objectApiName,
    entry.recordRef.recordId,
    entry.recordRef.name,
    entry.preparedBy.kind,
    entry.preparedBy.detail,
    entry.approvedBy,
    field?.field,
    field?.label,
    field?.before,
    field?.after,
    entry.salesforce.status,
    entry.salesforce.errorCode,
    entry.salesforce.message,
    entry.changeSetId,
    entry.undoOf,
  ];
  // An entry without field changes (a hand-off) still gets its row.
  return entry.fields.length ? entry.fields.map(common) : [common(undefined)];
}

/** One row per field change, with a header row; CRLF line ends as RFC 4180 asks. */
export function toCsv(entries: AuditEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) {
    for (const row of csvRows(entry)) lines.push(row.map(csvCell).join(','));
  }

  return `${lines.join('\r\n')}\r\n`;
}

export function toJson(entries: AuditEntry[]): string {
  return `${JSON.stringify(entries, null, 2)}\n`;
}
