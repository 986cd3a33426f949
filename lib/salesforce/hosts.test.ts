import { describe, expect, it } from 'vitest';

import { apiOrigin, isSalesforceApiHost, isSalesforceHost } from './hosts';

describe('isSalesforceHost', () => {
  it.each([
    ['acme.lightning.force.com', true],
    ['acme.my.salesforce.com', true],
    ['acme.my.salesforce-setup.com', true],
    ['acme.my.salesforce.com.mcas.ms', true],
    ['login.salesforce.com', true],
    ['salesforce.com.evil.example', false],
    ['evilsalesforce.com', false],
    ['acme.my.salesforce.com:443', false],
    ['', false],
  ])('%s → %s', (host, expected) => {
    expect(isSalesforceHost(host)).toBe(expected);
  });
});

describe('isSalesforceApiHost', () => {
  it.each([
    ['acme.my.salesforce.com', true],
    ['acme--uat.sandbox.my.salesforce.com', true],
    ['login.salesforce.com', true],
    ['test.salesforce.com', true],
    ['na139.salesforce.com', true],
    ['acme.lightning.force.com', false],
    ['acme--c.vf.force.com', false],
    ['acme.my.salesforce-setup.com', false],
    ['my.salesforce.com.attacker.example', false],
  ])('%s → %s', (host, expected) => {
    expect(isSalesforceApiHost(host)).toBe(expected);
  });
});

describe('apiOrigin', () => {
  it('accepts only https API hosts without ports or credentials', () => {
    expect(apiOrigin('https://acme.my.salesforce.com/services/data')).toBe(
      'https://acme.my.salesforce.com',
    );
    expect(apiOrigin('http://acme.my.salesforce.com')).toBeUndefined();
    expect(apiOrigin('https://acme.my.salesforce.com:8443')).toBeUndefined();
    expect(apiOrigin('https://user:pw@acme.my.salesforce.com')).toBeUndefined();
    expect(apiOrigin('https://acme.lightning.force.com')).toBeUndefined();
    expect(apiOrigin('garbage')).toBeUndefined();
  });
});
