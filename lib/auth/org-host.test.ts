import { describe, expect, it } from 'vitest';

import { environmentFromHost, myDomainFromHost, promisesSandbox } from './org-host';

describe('environmentFromHost', () => {
  it.each([
    ['acme.my.salesforce.com', 'production'],
    ['acme--uat.sandbox.my.salesforce.com', 'sandbox'],
    ['acme-dev-ed.develop.my.salesforce.com', 'developer'],
    ['fun-1234.scratch.my.salesforce.com', 'scratch'],
    ['test.salesforce.com', 'sandbox'],
    ['login.salesforce.com', 'production'],
    ['cs42.salesforce.com', 'sandbox'],
    ['na1.salesforce.com', 'unknown'],
  ])('%s is %s', (host, environment) => {
    expect(environmentFromHost(host)).toBe(environment);
  });
});

describe('myDomainFromHost', () => {
  it('names the My Domain of org hosts and nothing else', () => {
    expect(myDomainFromHost('Acme--UAT.sandbox.my.salesforce.com')).toBe('acme--uat');
    expect(myDomainFromHost('acme.lightning.force.com')).toBe('acme');
    expect(myDomainFromHost('login.salesforce.com')).toBeUndefined();
    expect(myDomainFromHost('na1.salesforce.com')).toBeUndefined();
  });
});

describe('promisesSandbox', () => {
  it('is true for the sandbox login host and sandbox My Domains only', () => {
    expect(promisesSandbox('https://test.salesforce.com')).toBe(true);
    expect(promisesSandbox('https://acme--uat.sandbox.my.salesforce.com/')).toBe(true);
    expect(promisesSandbox('https://acme.my.salesforce.com')).toBe(false);
    expect(promisesSandbox('nonsense')).toBe(false);
  });
});
