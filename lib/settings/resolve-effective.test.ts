import { describe, expect, it } from 'vitest';

import { resolveEffective } from './resolve-effective';
import { DEFAULT_SETTINGS, SETTING_KEYS } from './settings-model';
import { DEFAULT_WRITE_POLICY, writePolicyOf } from './write-policy';

describe('resolveEffective', () => {
  it('uses the default for a key neither the user nor the policy sets', () => {
    const effective = resolveEffective(DEFAULT_SETTINGS, {}, {});

    expect(effective.values).toEqual(DEFAULT_SETTINGS);
    expect(SETTING_KEYS.every((key) => effective.sources[key] === 'default')).toBe(true);
    expect(effective.locked.size).toBe(0);
  });

  it('uses the user value over the default, unlocked', () => {
    const effective = resolveEffective(DEFAULT_SETTINGS, { writeMode: 'off' }, {});

    expect(effective.values.writeMode).toBe('off');
    expect(effective.sources.writeMode).toBe('user');
    expect(effective.locked.has('writeMode')).toBe(false);
  });

  it('uses the policy value over the default and locks it', () => {
    const effective = resolveEffective(DEFAULT_SETTINGS, {}, { maxFieldsPerChange: 3 });

    expect(effective.values.maxFieldsPerChange).toBe(3);
    expect(effective.sources.maxFieldsPerChange).toBe('policy');
    expect(effective.locked.has('maxFieldsPerChange')).toBe(true);
  });

  it('uses the policy value over the user value and locks it', () => {
    const effective = resolveEffective(
      DEFAULT_SETTINGS,
      { writeMode: 'review', supportContact: 'me' },
      { writeMode: 'off' },
    );

    expect(effective.values.writeMode).toBe('off');
    expect(effective.sources.writeMode).toBe('policy');
    expect(effective.locked).toEqual(new Set(['writeMode']));
    expect(effective.sources.supportContact).toBe('user');
  });

  it('treats a policy value equal to the default as set by policy', () => {
    const effective = resolveEffective(DEFAULT_SETTINGS, {}, { writeMode: 'review' });

    expect(effective.sources.writeMode).toBe('policy');
    expect(effective.locked.has('writeMode')).toBe(true);
  });

  it('ignores a user value for an admin-only key', () => {
    const user = { allowedOrgIds: ['00D000000000001'] } as never;

    const effective = resolveEffective(DEFAULT_SETTINGS, user, {});

    expect(effective.values.allowedOrgIds).toBeNull();
    expect(effective.sources.allowedOrgIds).toBe('default');
  });

  it('locks the connection keys at their defaults when users may not set them', () => {
    const effective = resolveEffective(
      DEFAULT_SETTINGS,
      { clientId: 'mine', authBaseUrl: 'https://test.salesforce.com', verboseLogging: true },
      { allowUserConnectionSettings: false, clientId: 'admins' },
    );

    expect(effective.values.clientId).toBe('admins');
    expect(effective.sources.clientId).toBe('policy');
    expect(effective.values.authBaseUrl).toBe(DEFAULT_SETTINGS.authBaseUrl);
    expect(effective.sources.authBaseUrl).toBe('default');
    expect([...effective.locked].sort()).toEqual(
      [
        'allowUserConnectionSettings',
        'authBaseUrl',
        'clientId',
        'clientSecret',
        'salesforceEnabled',
      ].sort(),
    );
    expect(effective.values.verboseLogging).toBe(true);
  });

  it('leaves the connection keys to the user when the policy allows it', () => {
    const effective = resolveEffective(
      DEFAULT_SETTINGS,
      { clientId: 'mine' },
      { allowUserConnectionSettings: true },
    );

    expect(effective.values.clientId).toBe('mine');
    expect(effective.locked.has('clientId')).toBe(false);
  });
});

describe('writePolicyOf', () => {
  it('gives the shared default write policy for the default settings', () => {
    expect(writePolicyOf(resolveEffective(DEFAULT_SETTINGS, {}, {}))).toEqual(DEFAULT_WRITE_POLICY);
  });

  it('carries the effective guardrails, an unset object list meaning every object', () => {
    const effective = resolveEffective(
      DEFAULT_SETTINGS,
      { maxFieldsPerChange: 4 },
      {
        writeMode: 'off',
        allowProductionWrites: false,
        requireTypedConfirmationInProduction: true,
        writableObjects: ['Account'],
        blockedFields: { '*': ['OwnerId'] },
      },
    );

    expect(writePolicyOf(effective)).toEqual({
      writeMode: 'off',
      allowProductionWrites: false,
      requireTypedConfirmationInProduction: true,
      writableObjects: ['Account'],
      blockedFields: { '*': ['OwnerId'] },
      maxFieldsPerChange: 4,
    });
  });
});
