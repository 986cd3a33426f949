import { describe, expect, it } from 'vitest';

import type { Connection } from '@/lib/auth/connections';
import type { HandoffAuditEntry } from '@/lib/handoff/index';

import { handoffAuditRecord } from './handoff-audit';

const REF = {
  orgId: '00Dx0000000BV7zEAG',
  apiHost: 'acme.my.salesforce.com',
  objectApiName: 'Opportunity',
  recordId: '006000000000001AAA',
};

const CONNECTION: Connection = {
  key: '00Dx0000000BV7zEAG:005x00000012Q9PAAU',
  orgId: '00Dx0000000BV7zEAG',
  userId: '005x00000012Q9PAAU',
  username: 'ada@acme.example',
  displayName: 'Ada',
  orgName: 'Acme',
  myDomain: 'acme.my.salesforce.com',
  apiHost: 'acme.my.salesforce.com',
  environment: 'production',
  isSandbox: false,
  instanceName: 'NA1',
  loginUrl: 'https://acme.my.salesforce.com',
  clientId: '3MVG9client',
  connectedAt: 1,
  lastUsedAt: 1,
};

function entry(over: Partial<HandoffAuditEntry>): HandoffAuditEntry {
  return {
    kind: 'handoff',
    target: 'workflow',
    at: '2026-03-10T09:00:00.000Z',
    destination: 'https://hooks.example.test/flow',
    recordRef: REF,
    bytes: 1234,
    status: 202,
    outcome: 'sent',
    ...over,
  };
}

describe('handoffAuditRecord', () => {
  it('logs a sent hand-off as applied, by the user, with no fields and the destination', () => {
    const record = handoffAuditRecord(entry({}), CONNECTION, 'Big Deal');

    expect(record).toMatchObject({
      kind: 'handoff',
      orgName: 'Acme',
      user: { username: 'ada@acme.example' },
      recordRef: { recordId: REF.recordId, name: 'Big Deal' },
      preparedBy: { kind: 'user', detail: 'workflow' },
      fields: [],
      salesforce: { status: 'applied' },
    });
    expect(record.salesforce.message).toBe(
      'sent to https://hooks.example.test/flow (1234 bytes, HTTP 202)',
    );
  });

  it('logs a refused or failed hand-off as failed', () => {
    const refused = handoffAuditRecord(
      entry({ outcome: 'refused', status: null, bytes: 0 }),
      CONNECTION,
      'Big Deal',
    );
    const failed = handoffAuditRecord(
      entry({ outcome: 'failed', status: 500 }),
      CONNECTION,
      'Big Deal',
    );

    expect(refused.salesforce).toEqual({
      status: 'failed',
      message: 'refused to https://hooks.example.test/flow (0 bytes)',
    });
    expect(failed.salesforce.status).toBe('failed');
  });
});
