import { describe, expect, it } from 'vitest';

import { applySettingsPatch } from './options-view';
import { validateSettingsPatch } from './validate-patch';

describe('validateSettingsPatch', () => {
  it('accepts valid values and returns them normalised', () => {
    const result = validateSettingsPatch({
      clientId: ' 3MVG9abcDEF ',
      authBaseUrl: 'https://acme--uat.sandbox.lightning.force.com/lightning/page/home',
      writableObjects: ['Account', 'Project__c', 'Account'],
      blockedFields: { '*': ['OwnerId'] },
      maxFieldsPerChange: 20,
    });

    expect(result).toEqual({
      ok: true,
      value: {
        clientId: '3MVG9abcDEF',
        authBaseUrl: 'https://acme--uat.sandbox.my.salesforce.com',
        writableObjects: ['Account', 'Project__c'],
        blockedFields: { '*': ['OwnerId'] },
        maxFieldsPerChange: 20,
      },
    });
  });

  it('fails the whole patch when one value is invalid, naming each bad field', () => {
    const result = validateSettingsPatch({
      supportContact: 'help@acme.example',
      clientId: '3MVG abc',
      maxFieldsPerChange: 0,
    });

    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.problem).sort()).toEqual([
      'clientId',
      'maxFieldsPerChange',
    ]);
    expect(!result.ok && result.problem.clientId?.code).toBe('settingsErrorClientIdSpaces');
  });

  it('refuses admin-only and unknown keys', () => {
    const result = validateSettingsPatch({ allowedOrgIds: ['00D000000000001'], colour: 'red' });

    expect(!result.ok && result.problem.allowedOrgIds?.code).toBe('settingsErrorAdminOnly');
    expect(!result.ok && result.problem.form?.code).toBe('settingsErrorUnknownSetting');
  });

  it.each([null, 'clientId=x', [1]])('refuses a patch that is not an object (%j)', (patch) => {
    const result = validateSettingsPatch(patch);

    expect(!result.ok && result.problem.form?.code).toBe('settingsErrorPatch');
  });
});

describe('applySettingsPatch', () => {
  it('merges a valid patch into what the user stored before', () => {
    const result = applySettingsPatch(
      { supportContact: 'old', verboseLogging: true },
      { supportContact: 'new' },
      new Set(),
    );

    expect(result).toEqual({ ok: true, value: { supportContact: 'new', verboseLogging: true } });
  });

  it('refuses a key the policy locks, together with any invalid value', () => {
    const result = applySettingsPatch(
      {},
      { writeMode: 'review', clientId: 'a b', supportContact: 'fine' },
      new Set(['writeMode'] as const),
    );

    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.writeMode?.code).toBe('settingsErrorLocked');
    expect(!result.ok && result.problem.clientId?.code).toBe('settingsErrorClientIdSpaces');
  });

  it('refuses a locked key even when its value is valid', () => {
    const result = applySettingsPatch({}, { clientId: '3MVGok' }, new Set(['clientId'] as const));

    expect(!result.ok && result.problem.clientId?.message).toMatch(/^Set by your organization/);
  });
});
