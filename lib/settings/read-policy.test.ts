import { describe, expect, it } from 'vitest';

import { readPolicy } from './read-policy';

describe('readPolicy', () => {
  it('reads no policy as an empty one', () => {
    expect(readPolicy(undefined)).toEqual({ policy: {}, problems: [] });
    expect(readPolicy({})).toEqual({ policy: {}, problems: [] });
  });

  it('keeps valid values, normalised', () => {
    const { policy, problems } = readPolicy({
      writeMode: 'off',
      authBaseUrl: 'acme.lightning.force.com',
      allowedOrgIds: ['00D5g000004ABCDEAA'],
      allowedMyDomains: ['acme', 'https://acme--uat.sandbox.lightning.force.com/x'],
      blockedFields: { '*': ['OwnerId'], Account: ['Rating'] },
      maxFieldsPerChange: 5,
      clientId: '  3MVGabc  ',
    });

    expect(problems).toEqual([]);
    expect(policy).toEqual({
      writeMode: 'off',
      authBaseUrl: 'https://acme.my.salesforce.com',
      allowedOrgIds: ['00D5g000004ABCD'],
      allowedMyDomains: ['acme.my.salesforce.com', 'acme--uat.sandbox.my.salesforce.com'],
      blockedFields: { '*': ['OwnerId'], Account: ['Rating'] },
      maxFieldsPerChange: 5,
      clientId: '3MVGabc',
    });
  });

  it.each([
    ['salesforceEnabled', 'yes', 'settingsErrorExpectBoolean'],
    ['verboseLogging', 1, 'settingsErrorExpectBoolean'],
    ['summaryProvider', 'gpt', 'settingsErrorExpectChoice'],
    ['clientId', 42, 'settingsErrorExpectText'],
    ['clientId', '3MVG abc', 'settingsErrorClientIdSpaces'],
    ['authBaseUrl', 'https://login.example.com', 'settingsErrorAuthUrlNotSalesforce'],
    ['authBaseUrl', 'https://na1.salesforce.com', 'settingsErrorAuthUrlNotLogin'],
    ['summaryEndpoint', 'http://llm.internal/v1', 'settingsErrorHttpsUrl'],
    ['sofieWebAppUrl', 'javascript:alert(1)', 'settingsErrorHttpsUrl'],
    ['supportContact', 'x'.repeat(201), 'settingsErrorExpectText'],
  ])('ignores %s set to %j, reports it as %s and leaves the default', (key, value, code) => {
    const { policy, problems } = readPolicy({ [key]: value, auditTaskOnWrite: true });

    expect(policy).toEqual({ auditTaskOnWrite: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key, code, effect: 'default-used' });
    expect(problems[0]?.reason).toMatch(/Sofie uses the default instead\.$/);
  });

  it.each([
    ['writeMode', 'auto', 'settingsErrorExpectChoice', { writeMode: 'off' }],
    ['writeMode', true, 'settingsErrorExpectChoice', { writeMode: 'off' }],
    [
      'allowProductionWrites',
      'true',
      'settingsErrorExpectBoolean',
      { allowProductionWrites: false },
    ],
    [
      'requireTypedConfirmationInProduction',
      'no',
      'settingsErrorExpectBoolean',
      { requireTypedConfirmationInProduction: true },
    ],
    ['maxFieldsPerChange', 'ten', 'settingsErrorExpectCount', { maxFieldsPerChange: 1 }],
    ['maxFieldsPerChange', 0, 'settingsErrorExpectCount', { maxFieldsPerChange: 1 }],
    ['maxFieldsPerChange', 2.5, 'settingsErrorExpectCount', { maxFieldsPerChange: 1 }],
    ['maxFieldsPerChange', 101, 'settingsErrorExpectCount', { maxFieldsPerChange: 1 }],
    ['allowedOrgIds', '00D000000000001', 'settingsErrorExpectList', { allowedOrgIds: [] }],
    [
      'allowedMyDomains',
      'acme.my.salesforce.com',
      'settingsErrorExpectList',
      { allowedMyDomains: [] },
    ],
    ['writableObjects', [1, 2], 'settingsErrorExpectList', { writableObjects: [] }],
    [
      'blockedFields',
      ['Rating'],
      'settingsErrorExpectFieldMap',
      { blockedFields: {}, writeMode: 'off' },
    ],
    [
      'blockedFields',
      { Account: 'Rating' },
      'settingsErrorExpectFieldMap',
      { blockedFields: {}, writeMode: 'off' },
    ],
    [
      'blockedFields',
      { 'Bad Object': ['Rating'] },
      'settingsErrorApiName',
      { blockedFields: {}, writeMode: 'off' },
    ],
  ])('restricts %s set to %j, reports it as %s and uses %j', (key, value, code, restricted) => {
    const { policy, problems } = readPolicy({ [key]: value, auditTaskOnWrite: true });

    expect(policy).toEqual({ auditTaskOnWrite: true, ...restricted });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key, code, effect: 'restricted' });
    expect(problems[0]?.reason).toMatch(/Sofie uses the most restrictive value instead\.$/);
  });

  it('keeps writing off when blocked fields are unreadable, whatever write mode is set', () => {
    const { policy } = readPolicy({ blockedFields: 'Rating', writeMode: 'review' });

    expect(policy.writeMode).toBe('off');
  });

  it('reports an unknown key and ignores it', () => {
    const { policy, problems } = readPolicy({ writemode: 'off', writeMode: 'off' });

    expect(policy).toEqual({ writeMode: 'off' });
    expect(problems).toEqual([
      expect.objectContaining({
        key: 'writemode',
        value: '"off"',
        code: 'policyErrorUnknownKey',
        effect: 'ignored',
      }),
    ]);
  });

  it('never repeats a secret in a problem', () => {
    const { problems } = readPolicy({
      clientSecret: 'my secret value',
      apiToken: 'abc123',
    });

    expect(problems.map((p) => p.value)).toEqual(['[redacted]', '[redacted]']);
    expect(JSON.stringify(problems)).not.toContain('secret value');
    expect(JSON.stringify(problems)).not.toContain('abc123');
  });

  it('drops the bad entries of an allow-list and keeps the good ones', () => {
    const { policy, problems } = readPolicy({
      allowedOrgIds: ['00D000000000001', 'acme', '00D0000000000020AB'],
      allowedWorkflowEndpoints: ['https://flows.acme.example/hook', 'http://insecure.example'],
    });

    expect(policy.allowedOrgIds).toEqual(['00D000000000001', '00D000000000002']);
    expect(policy.allowedWorkflowEndpoints).toEqual(['https://flows.acme.example/hook']);
    expect(problems.map((p) => [p.key, p.value, p.effect])).toEqual([
      ['allowedOrgIds', '"acme"', 'entry-dropped'],
      ['allowedWorkflowEndpoints', '"http://insecure.example"', 'entry-dropped'],
    ]);
  });

  it('keeps an allow-list whose every entry is bad as an empty list, which allows nothing', () => {
    const { policy, problems } = readPolicy({ allowedMyDomains: ['acme.example.com'] });

    expect(policy.allowedMyDomains).toEqual([]);
    expect(problems[0]).toMatchObject({ key: 'allowedMyDomains', code: 'settingsErrorMyDomain' });
  });

  it.each([['a string'], [[1, 2]], [null], [42]])(
    'reports a policy that is not an object (%j)',
    (raw) => {
      const { policy, problems } = readPolicy(raw);

      expect(policy).toEqual({});
      expect(problems.length).toBe(raw === null ? 0 : 1);
    },
  );
});
