import { describe, expect, it } from 'vitest';

import { connectionAllowed } from './connection-allowed';

const ACME = { orgId: '00D000000000001AAA', apiHost: 'acme.my.salesforce.com' };
const open = { allowedOrgIds: null, allowedMyDomains: null, supportContact: '' };

describe('connectionAllowed', () => {
  it('refuses every connection while the settings are not known', () => {
    const result = connectionAllowed(ACME, undefined);

    expect(!result.ok && result.problem.code).toBe('orgPolicyNotRead');
  });

  it('allows a connection when no allow-list is set', () => {
    expect(connectionAllowed(ACME, open).ok).toBe(true);
  });

  it('refuses a connection whose org the list no longer names, with the support contact', () => {
    const result = connectionAllowed(ACME, {
      ...open,
      allowedOrgIds: ['00D000000000003'],
      supportContact: 'it@acme.example',
    });

    expect(!result.ok && result.problem.code).toBe('orgNotAllowedContact');
    expect(!result.ok && result.problem.params).toEqual(['00D000000000001', 'it@acme.example']);
  });

  it('checks the My Domain list against the connection’s API host', () => {
    const listed = { ...open, allowedMyDomains: ['acme.my.salesforce.com'] };
    const other = { ...open, allowedMyDomains: ['globex.my.salesforce.com'] };

    expect(connectionAllowed(ACME, listed).ok).toBe(true);
    expect(connectionAllowed(ACME, other).ok).toBe(false);
  });
});
