import type { AuditEntry } from './types';

/** A plausible write entry for tests; override what the test is about. */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'a-1',
    kind: 'write',
    at: '2026-03-10T08:05:00.000Z',
    orgId: '00D000000000001AAA',
    orgName: 'Acme',
    environment: 'sandbox',
    user: { id: '005000000000002AAA', username: 'sales@acme.example' },
    recordRef: {
      objectApiName: 'Opportunity',
      recordId: '006000000000001AAA',
      name: 'Acme renewal',
    },
    preparedBy: { kind: 'rule', detail: 'close-date-past' },
    approvedBy: 'sales@acme.example',
    fields: [
      { field: 'CloseDate', label: 'Close Date', before: '2026-02-27', after: '2026-03-13' },
    ],
    salesforce: { status: 'applied' },
    changeSetId: 'cs-1',
    ...overrides,
  };
}
