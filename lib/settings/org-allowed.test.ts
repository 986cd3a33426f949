import { describe, expect, it } from 'vitest';

import { isOrgAllowed } from './org-allowed';

const open = { allowedOrgIds: null, allowedMyDomains: null, supportContact: '' };

describe('isOrgAllowed', () => {
  it('allows every org when no allow-list is set', () => {
    expect(isOrgAllowed('00D000000000001AAA', 'acme.my.salesforce.com', open).ok).toBe(true);
  });

  it('allows a listed org whether its id has 15 or 18 characters', () => {
    const settings = { ...open, allowedOrgIds: ['00D000000000001'] };

    expect(isOrgAllowed('00D000000000001AAA', undefined, settings).ok).toBe(true);
    expect(isOrgAllowed('00D000000000001', undefined, settings).ok).toBe(true);
  });

  it('refuses an org that is not listed, naming it', () => {
    const result = isOrgAllowed('00D000000000002AAA', undefined, {
      ...open,
      allowedOrgIds: ['00D000000000001'],
    });

    expect(!result.ok && result.problem.code).toBe('orgNotAllowed');
    expect(!result.ok && result.problem.message).toContain('00D000000000002');
    expect(!result.ok && result.problem.message).toContain('Ask your Salesforce or IT admin');
  });

  it('names the support contact when one is set', () => {
    const result = isOrgAllowed('00D000000000002', undefined, {
      ...open,
      allowedOrgIds: [],
      supportContact: 'it-help@acme.example',
    });

    expect(!result.ok && result.problem.code).toBe('orgNotAllowedContact');
    expect(!result.ok && result.problem.message).toContain('Contact it-help@acme.example');
  });

  it('matches a My Domain in any of its host forms', () => {
    const settings = { ...open, allowedMyDomains: ['acme--uat.sandbox.my.salesforce.com'] };

    expect(isOrgAllowed('00D1', 'acme--uat.sandbox.lightning.force.com', settings).ok).toBe(true);
    expect(isOrgAllowed('00D1', 'https://acme--uat.sandbox.my.salesforce.com', settings).ok).toBe(
      true,
    );
    expect(isOrgAllowed('00D1', 'acme.my.salesforce.com', settings).ok).toBe(false);
    expect(isOrgAllowed('00D1', undefined, settings).ok).toBe(false);
  });

  it('needs both lists to agree when both are set', () => {
    const settings = {
      ...open,
      allowedOrgIds: ['00D000000000001'],
      allowedMyDomains: ['acme.my.salesforce.com'],
    };

    expect(isOrgAllowed('00D000000000001', 'acme.my.salesforce.com', settings).ok).toBe(true);
    expect(isOrgAllowed('00D000000000001', 'globex.my.salesforce.com', settings).ok).toBe(false);
    expect(isOrgAllowed('00D000000000009', 'acme.my.salesforce.com', settings).ok).toBe(false);
  });
});
