export { toCsv, toJson } from './export';
export { auditValueText, matchesAudit } from './filter';
export {
  AUDIT_DB_NAME,
  appendAudit,
  clearAudit,
  createAuditStore,
  getAudit,
  listAudit,
} from './store';
export type { AuditStore, NewAuditEntry } from './store';
export type * from './types';
