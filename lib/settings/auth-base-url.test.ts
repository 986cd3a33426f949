import { describe, expect, it } from 'vitest';

import { loginKindOf, normaliseAuthBaseUrl } from './auth-base-url';

describe('normaliseAuthBaseUrl', () => {
  it.each([
    ['https://login.salesforce.com', 'https://login.salesforce.com'],
    ['https://test.salesforce.com', 'https://test.salesforce.com'],
    ['https://acme.my.salesforce.com', 'https://acme.my.salesforce.com'],
    ['https://acme--uat.sandbox.my.salesforce.com', 'https://acme--uat.sandbox.my.salesforce.com'],
    ['https://acme.my.salesforce.mil', 'https://acme.my.salesforce.mil'],
  ])('keeps the canonical address %s and says nothing changed', (input, url) => {
    expect(normaliseAuthBaseUrl(input)).toEqual({
      ok: true,
      value: { url, changed: undefined, changes: [] },
    });
  });

  it.each([
    ['acme.my.salesforce.com', 'https://acme.my.salesforce.com', ['scheme-added']],
    ['login.salesforce.com/', 'https://login.salesforce.com', ['scheme-added']],
    [
      'https://acme.lightning.force.com/lightning/page/home',
      'https://acme.my.salesforce.com',
      ['lightning-host', 'path-removed'],
    ],
    [
      'acme--uat.sandbox.lightning.force.com',
      'https://acme--uat.sandbox.my.salesforce.com',
      ['scheme-added', 'lightning-host'],
    ],
    [
      'https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home',
      'https://acme.my.salesforce.com',
      ['setup-host', 'path-removed'],
    ],
    [
      'https://acme--uat.sandbox.my.salesforce-setup.com/',
      'https://acme--uat.sandbox.my.salesforce.com',
      ['setup-host'],
    ],
    [
      'https://acme--c.vf.force.com/apex/Page?id=001',
      'https://acme.my.salesforce.com',
      ['visualforce-host', 'path-removed'],
    ],
    [
      'https://acme--uat--pkg.sandbox.vf.force.com/apex/X',
      'https://acme--uat.sandbox.my.salesforce.com',
      ['visualforce-host', 'path-removed'],
    ],
    [
      'http://ACME.my.salesforce.com/home/home.jsp',
      'https://acme.my.salesforce.com',
      ['http-upgraded', 'path-removed'],
    ],
    [
      'https://acme.lightning.force.com.mcas.ms/lightning/r/Account/001/view',
      'https://acme.my.salesforce.com',
      ['proxy-suffix-removed', 'lightning-host', 'path-removed'],
    ],
    [
      '  https://globex.develop.lightning.force.com  ',
      'https://globex.develop.my.salesforce.com',
      ['lightning-host'],
    ],
  ])('turns %s into %s and says what it changed', (input, url, changes) => {
    const result = normaliseAuthBaseUrl(input);

    expect(result.ok && result.value.url).toBe(url);
    expect(result.ok && result.value.changes).toEqual(changes);
    expect(result.ok && result.value.changed).toMatch(new RegExp(`^Using ${url}: .+\\.$`));
  });

  it('writes a sentence naming what it changed', () => {
    const result = normaliseAuthBaseUrl('https://acme.lightning.force.com/lightning/page/home');

    expect(result.ok && result.value.changed).toBe(
      'Using https://acme.my.salesforce.com: used the My Domain login host instead of the Lightning host, removed the page path.',
    );
  });

  it.each([
    'https://login.example.com',
    'salesforce.com.evil.example',
    'https://acme.my.salesforce.com.evil.example/',
    'ftp://acme.my.salesforce.com',
    'https://user:pw@acme.my.salesforce.com',
    'https://acme.my.salesforce.com:8443',
    'not a url at all',
  ])('rejects %s as not a Salesforce login address', (input) => {
    const result = normaliseAuthBaseUrl(input);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.code).toBe('settingsErrorAuthUrlNotSalesforce');
    expect(!result.ok && result.problem.message).toContain('https://login.salesforce.com');
  });

  it.each(['https://na1.salesforce.com', 'https://acme.file.force.com', 'https://salesforce.com'])(
    'rejects the Salesforce host %s that is not a login address',
    (input) => {
      const result = normaliseAuthBaseUrl(input);

      expect(!result.ok && result.problem.code).toBe('settingsErrorAuthUrlNotLogin');
    },
  );

  it('asks for an address when the field is blank', () => {
    const result = normaliseAuthBaseUrl('   ');

    expect(!result.ok && result.problem.code).toBe('settingsErrorAuthUrlEmpty');
  });
});

describe('loginKindOf', () => {
  it('tells production, sandbox and My Domain apart', () => {
    expect(loginKindOf('https://login.salesforce.com')).toBe('production');
    expect(loginKindOf('https://test.salesforce.com')).toBe('sandbox');
    expect(loginKindOf('https://acme.my.salesforce.com')).toBe('my-domain');
  });
});
