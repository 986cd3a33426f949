import { describe, expect, it, vi } from 'vitest';

import { fail, ok } from '../result';
import { authProblem } from './problems';
import {
  checkEnvironment,
  checkSettings,
  formatDiagnostics,
  runDiagnostics,
  type DiagnosticsDeps,
} from './diagnostics';

const SETTINGS = {
  authBaseUrl: 'https://acme.my.salesforce.com',
  clientId: '3MVG9clientidvalue',
  redirectUri: 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/',
};

const ORG = {
  orgId: '00Dx0000000BV7zEAG',
  orgName: 'Acme',
  isSandbox: false,
  apiHost: 'acme.my.salesforce.com',
};

function deps(over: Partial<DiagnosticsDeps> = {}): DiagnosticsDeps {
  return {
    settings: SETTINGS,
    probeAuthHost: () => Promise.resolve(ok(undefined)),
    signIn: () => Promise.resolve(ok(ORG)),
    checkRestApi: () => Promise.resolve(ok(undefined)),
    describeObject: () => Promise.resolve(ok({ queryable: true, updateable: true })),
    limits: () => Promise.resolve(ok({ DailyApiRequests: { Max: 15000, Remaining: 14000 } })),
    ...over,
  };
}

const statuses = (results: { id: string; status: string }[]) =>
  Object.fromEntries(results.map((r) => [r.id, r.status]));

describe('runDiagnostics', () => {
  it('passes every check, in order, for a healthy connection', async () => {
    const seen: string[] = [];

    const results = await runDiagnostics(deps(), (r) => seen.push(r.id));

    expect(results.map((r) => r.id)).toEqual([
      'settings',
      'auth-host',
      'sign-in',
      'environment',
      'rest-api',
      'object-access',
      'api-limits',
    ]);
    expect(results.every((r) => r.status === 'pass')).toBe(true);
    expect(seen).toEqual(results.map((r) => r.id));
  });

  it('skips everything after invalid settings without calling Salesforce', async () => {
    const probeAuthHost = vi.fn();

    const results = await runDiagnostics(
      deps({ settings: { ...SETTINGS, authBaseUrl: 'https://evil.example' }, probeAuthHost }),
    );

    expect(results[0]!.status).toBe('fail');
    expect(results.slice(1).every((r) => r.status === 'skipped')).toBe(true);
    expect(probeAuthHost).not.toHaveBeenCalled();
  });

  it('lists the policy problems first, as a warning, and still runs every check', async () => {
    const policyProblems = [
      {
        key: 'writeMode',
        value: '"auto"',
        reason: 'Choose one of: off, review. Sofie uses the most restrictive value instead.',
      },
      {
        key: 'surprise',
        value: 'true',
        reason: 'Sofie has no setting of this name; it is ignored.',
      },
    ];

    const results = await runDiagnostics(deps({ policyProblems }));

    expect(results[0]).toMatchObject({ id: 'policy', status: 'warn' });
    expect(results[0]!.detail).toContain('Sofie could not use 2 policy keys.');
    expect(results[0]!.detail).toContain('writeMode ("auto"): Choose one of: off, review.');
    expect(results[0]!.detail).toContain('surprise (true)');
    expect(results[0]!.fix).toContain('chrome://policy');
    expect(results.slice(1).every((r) => r.status === 'pass')).toBe(true);
    expect(formatDiagnostics(results)).toContain('[WARN] The admin policy can be used as written:');
  });

  it('still skips the rest after invalid settings when the policy has problems', async () => {
    const policyProblems = [{ key: 'surprise', value: 'true', reason: 'Unknown.' }];

    const results = await runDiagnostics(
      deps({ policyProblems, settings: { ...SETTINGS, clientId: '' } }),
    );

    expect(results.map((r) => r.status)).toEqual([
      'warn',
      'fail',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
      'skipped',
    ]);
  });

  it('fails the auth host check with the remote-access page diagnosis', async () => {
    const results = await runDiagnostics(
      deps({
        diagnoseAuthorize: () =>
          Promise.resolve(
            authProblem('redirect_uri_mismatch', { redirectUri: SETTINGS.redirectUri }),
          ),
      }),
    );

    expect(results[1]).toMatchObject({ id: 'auth-host', status: 'fail' });
    expect(results[1]!.fix).toContain(SETTINGS.redirectUri);
    expect(statuses(results)['sign-in']).toBe('skipped');
  });

  it('reports a failed sign-in with its remedy and skips the rest', async () => {
    const results = await runDiagnostics(
      deps({ signIn: () => Promise.resolve(fail(authProblem('OAUTH_APP_ACCESS_DENIED'))) }),
    );

    expect(results[2]).toMatchObject({ id: 'sign-in', status: 'fail' });
    expect(results[2]!.fix).toMatch(/pre-authorise/);
    expect(statuses(results)['rest-api']).toBe('skipped');
  });

  it('warns about objects the user cannot read or update', async () => {
    const results = await runDiagnostics(
      deps({
        describeObject: (name) =>
          Promise.resolve(
            name === 'Case'
              ? ok({ queryable: false, updateable: false })
              : ok({ queryable: true, updateable: name !== 'Opportunity' }),
          ),
      }),
    );

    const objects = results.find((r) => r.id === 'object-access')!;
    expect(objects.status).toBe('warn');
    expect(objects.detail).toBe(
      'The connected user cannot read Case; can read but not update Opportunity.',
    );
  });

  it('warns when fewer than 10% of daily API requests remain', async () => {
    const results = await runDiagnostics(
      deps({
        limits: () => Promise.resolve(ok({ DailyApiRequests: { Max: 15000, Remaining: 1000 } })),
      }),
    );

    expect(results.at(-1)).toMatchObject({ id: 'api-limits', status: 'warn' });
    expect(results.at(-1)!.detail).toBe('1000 of 15000 daily API requests left.');
  });
});

describe('checkEnvironment', () => {
  it('fails a sandbox URL that lands in production', () => {
    expect(checkEnvironment('https://test.salesforce.com', ORG).status).toBe('fail');
    expect(checkEnvironment('https://acme--uat.sandbox.my.salesforce.com', ORG).status).toBe(
      'fail',
    );
  });

  it('warns when a production URL lands in a sandbox', () => {
    expect(
      checkEnvironment('https://login.salesforce.com', { ...ORG, isSandbox: true }).status,
    ).toBe('warn');
  });

  it('passes matching environments', () => {
    expect(checkEnvironment('https://login.salesforce.com', ORG).status).toBe('pass');
    expect(
      checkEnvironment('https://test.salesforce.com', { ...ORG, isSandbox: true }).status,
    ).toBe('pass');
  });
});

describe('checkSettings', () => {
  it('warns that a public client should not hold a secret', () => {
    expect(checkSettings({ ...SETTINGS, clientSecret: 'abc' }).status).toBe('warn');
  });

  it('fails a missing client id', () => {
    expect(checkSettings({ ...SETTINGS, clientId: '' }).status).toBe('fail');
  });
});

describe('formatDiagnostics', () => {
  it('never includes a token, even when a check detail carries one', () => {
    const accessToken = '00Dx0000000BV7z!AR8AQAxo9UfVkh8AlV0Gomt9Czx9LjHnSSpwBMmbRcgKFmx';
    const refreshToken = '5Aep861TSESvWeug_xvFHRBTTbf_YrTWgEyjBJo7Xx';
    const results = [
      {
        id: 'sign-in' as const,
        title: 'Sign-in works',
        status: 'fail' as const,
        detail: `Got ${accessToken} and Bearer ${accessToken}`,
        fix: `refresh_token=${refreshToken}`,
      },
      {
        id: 'rest-api' as const,
        title: 'REST',
        status: 'pass' as const,
        detail: `r=${refreshToken}`,
      },
    ];

    const text = formatDiagnostics(results, { secrets: [refreshToken] });

    expect(text).not.toContain(accessToken);
    expect(text).not.toContain(refreshToken);
    expect(text).not.toContain('AR8AQAxo9');
    expect(text).toContain('[FAIL] Sign-in works');
  });

  it('lists each check with its status and fix', () => {
    const text = formatDiagnostics(
      [{ id: 'settings', title: 'Settings are complete', status: 'warn', detail: 'd', fix: 'f' }],
      { header: ['Sofie 0.1.0'] },
    );

    expect(text).toBe('Sofie 0.1.0\n[WARN] Settings are complete: d\n       Fix: f');
  });
});
