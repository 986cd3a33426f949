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
    ['writeMode', 'auto', 'settingsErrorExpectChoice'],
    ['writeMode', true, 'settingsErrorExpectChoice'],
    ['summaryProvider', 'gpt', 'settingsErrorExpectChoice'],
    ['maxFieldsPerChange', 'ten', 'settingsErrorExpectCount'],
    ['allowProductionWrites', 'true', 'settingsErrorExpectBoolean'],
    ['maxFieldsPerChange', 0, 'settingsErrorExpectCount'],
    ['maxFieldsPerChange', 2.5, 'settingsErrorExpectCount'],
    ['maxFieldsPerChange', 101, 'settingsErrorExpectCount'],
    ['clientId', 42, 'settingsErrorExpectText'],
    ['clientId', '3MVG abc', 'settingsErrorClientIdSpaces'],
    ['authBaseUrl', 'https://login.example.com', 'settingsErrorAuthUrlNotSalesforce'],
    ['authBaseUrl', 'https://na1.salesforce.com', 'settingsErrorAuthUrlNotLogin'],
    ['summaryEndpoint', 'http://llm.internal/v1', 'settingsErrorHttpsUrl'],
    ['sofieWebAppUrl', 'javascript:alert(1)', 'settingsErrorHttpsUrl'],
    ['allowedOrgIds', '00D000000000001', 'settingsErrorExpectList'],
    ['writableObjects', [1, 2], 'settingsErrorExpectList'],
    ['blockedFields', ['Rating'], 'settingsErrorExpectFieldMap'],
    ['blockedFields', { Account: 'Rating' }, 'settingsErrorExpectFieldMap'],
    ['blockedFields', { 'Bad Object': ['Rating'] }, 'settingsErrorApiName'],
    ['supportContact', 'x'.repeat(201), 'settingsErrorExpectText'],
  ])('ignores %s set to %j, reports it as %s and leaves the default', (key, value, code) => {
    const { policy, problems } = readPolicy({ [key]: value, auditTaskOnWrite: true });

    expect(policy).toEqual({ auditTaskOnWrite: true });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key, code, effect: 'default-used' });
    expect(problems[0]?.reason).toMatch(/Sofie uses the default instead\.$/);
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
