import { describe, expect, it } from 'vitest';

import { apiOrigin, isSalesforceApiHost, isSalesforceHost, resolveOrgHost } from './hosts';

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

describe('resolveOrgHost', () => {
  it.each([
    ['acme.lightning.force.com', 'acme.my.salesforce.com', 'acme', 'production', 'lightning'],
    ['acme.my.salesforce.com', 'acme.my.salesforce.com', 'acme', 'production', 'classic'],
    ['acme.my.salesforce-setup.com', 'acme.my.salesforce.com', 'acme', 'production', 'setup'],
    [
      'acme--uat.sandbox.lightning.force.com',
      'acme--uat.sandbox.my.salesforce.com',
      'acme--uat',
      'sandbox',
      'lightning',
    ],
    [
      'acme--uat.sandbox.my.salesforce-setup.com',
      'acme--uat.sandbox.my.salesforce.com',
      'acme--uat',
      'sandbox',
      'setup',
    ],
    [
      'jo-dev-ed.develop.lightning.force.com',
      'jo-dev-ed.develop.my.salesforce.com',
      'jo-dev-ed',
      'developer',
      'lightning',
    ],
    [
      'jo-dev-ed.my.salesforce.com',
      'jo-dev-ed.my.salesforce.com',
      'jo-dev-ed',
      'developer',
      'classic',
    ],
    [
      'fun-cat-42.scratch.lightning.force.com',
      'fun-cat-42.scratch.my.salesforce.com',
      'fun-cat-42',
      'scratch',
      'lightning',
    ],
    ['show.demo.my.salesforce.com', 'show.demo.my.salesforce.com', 'show', 'demo', 'classic'],
    [
      'play-1.trailblaze.lightning.force.com',
      'play-1.trailblaze.my.salesforce.com',
      'play-1',
      'trailblaze',
      'lightning',
    ],
    ['acme--c.vf.force.com', 'acme.my.salesforce.com', 'acme', 'production', 'visualforce'],
    [
      'acme--uat--pkg.sandbox.vf.force.com',
      'acme--uat.sandbox.my.salesforce.com',
      'acme--uat',
      'sandbox',
      'visualforce',
    ],
    [
      'acme--c.na42.visual.force.com',
      'acme.my.salesforce.com',
      'acme',
      'production',
      'visualforce',
    ],
    [
      'acme--uat.my.salesforce.com',
      'acme--uat.my.salesforce.com',
      'acme--uat',
      'sandbox',
      'classic',
    ],
    [
      'acme.lightning.force.com.mcas.ms',
      'acme.my.salesforce.com',
      'acme',
      'production',
      'lightning',
    ],
    ['ACME.Lightning.Force.com.', 'acme.my.salesforce.com', 'acme', 'production', 'lightning'],
    ['army.my.salesforce.mil', 'army.my.salesforce.mil', 'army', 'production', 'classic'],
    ['acme.my.sfcrmproducts.cn', 'acme.my.sfcrmproducts.cn', 'acme', 'production', 'classic'],
    ['na42.salesforce.com', 'na42.salesforce.com', undefined, 'unknown', 'classic'],
    ['cs17.salesforce.com', 'cs17.salesforce.com', undefined, 'sandbox', 'classic'],
  ])('%s → %s', (host, apiHost, myDomain, environment, kind) => {
    expect(resolveOrgHost(host)).toEqual({ apiHost, myDomain, environment, kind });
  });

  it.each([
    'login.salesforce.com',
    'test.salesforce.com',
    'help.salesforce.com',
    'salesforce.com',
    'c.vf.force.com',
    'acme.lightning.force.com.evil.example',
    'salesforce.com.evil.example',
    'acme.lightning-force.com',
    'acme.lightning.force.com:443',
    '',
  ])('%s is no org page host', (host) => {
    expect(resolveOrgHost(host)).toBeUndefined();
  });
});
