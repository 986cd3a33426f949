import { describe, expect, it } from 'vitest';

import {
  diagnoseAuthorizePage,
  problemFromOAuthError,
  problemFromWebAuthFlowError,
} from './oauth-errors';

const CALLBACK = 'https://oinnjcbdpaniieilaajcpkppjimmggla.chromiumapp.org/';

describe('problemFromOAuthError', () => {
  it('shows the exact callback URL to register for a redirect mismatch', () => {
    const problem = problemFromOAuthError(
      'redirect_uri_mismatch',
      'redirect_uri must match configuration',
      { redirectUri: CALLBACK },
    );

    expect(problem.code).toBe('redirect_uri_mismatch');
    expect(problem.remedy).toContain(CALLBACK);
    expect(problem.setting).toBe('salesforce:connected-app-callback-url');
  });

  it.each([
    ['invalid_client_id', 'client identifier invalid', 'invalid_client_id', 'clientId'],
    ['invalid_client', 'invalid client credentials', 'invalid_client', undefined],
    ['OAUTH_APP_BLOCKED', 'this app is blocked by admin', 'OAUTH_APP_BLOCKED', undefined],
    ['OAUTH_APP_ACCESS_DENIED', 'user is not admin approved', 'OAUTH_APP_ACCESS_DENIED', undefined],
    ['access_denied', 'end-user denied authorization', 'access_denied', undefined],
    ['invalid_scope', 'the requested scope is not allowed', 'invalid_scope', undefined],
    ['invalid_grant', 'expired access/refresh token', 'invalid_grant', undefined],
    ['invalid_request', 'missing required code challenge', 'pkce_required', undefined],
    ['invalid_request', 'invalid response_type', 'invalid_request', 'authBaseUrl'],
    ['something_new', undefined, 'unknown', undefined],
  ])('maps %s (%s) to %s', (error, description, code, setting) => {
    const problem = problemFromOAuthError(error, description);

    expect(problem.code).toBe(code);
    expect(problem.remedy.length).toBeGreaterThan(10);
    if (setting) expect(problem.setting).toBe(setting);
  });

  it('recommends PKCE without a secret when the secret is refused', () => {
    expect(problemFromOAuthError('invalid_client', undefined).remedy).toMatch(/PKCE/);
  });

  it('tells an unapproved user to ask the admin to pre-authorise their profile', () => {
    const problem = problemFromOAuthError('access_denied', 'user is not admin approved to access');

    expect(problem.code).toBe('OAUTH_APP_ACCESS_DENIED');
    expect(problem.remedy).toMatch(/pre-authorise/);
  });

  it('suggests the My Domain when the org forbids the generic login host', () => {
    const problem = problemFromOAuthError('invalid_request', 'use your My Domain to log in', {
      myDomain: 'acme.my.salesforce.com',
    });

    expect(problem.code).toBe('login_host_forbidden');
    expect(problem.remedy).toContain('https://acme.my.salesforce.com');
  });

  it('keeps what Salesforce said for support', () => {
    const problem = problemFromOAuthError('invalid_grant', 'authentication failure');

    expect(problem.salesforceError).toBe('invalid_grant');
    expect(problem.salesforceDescription).toBe('authentication failure');
  });
});

describe('problemFromWebAuthFlowError', () => {
  it.each([
    ['The user did not approve access.', 'window_closed'],
    ['Authorization page could not be loaded.', 'page_not_loaded'],
    ['User interaction required.', 'interaction_required'],
    ['Failed to fetch', 'network'],
    ['Something odd', 'unknown'],
  ])('maps "%s" to %s', (message, code) => {
    expect(problemFromWebAuthFlowError(new Error(message)).code).toBe(code);
  });
});

describe('diagnoseAuthorizePage', () => {
  it('explains an unregistered callback from the remote-access error page', () => {
    const page =
      'https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=redirect_uri_mismatch&error_description=redirect_uri%20must%20match%20configuration';

    const problem = diagnoseAuthorizePage(page, { redirectUri: CALLBACK });

    expect(problem?.code).toBe('redirect_uri_mismatch');
    expect(problem?.remedy).toContain(CALLBACK);
  });

  it('explains an unknown client id from the remote-access error page', () => {
    const page =
      'https://acme.my.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client_id&error_description=client+identifier+invalid';

    expect(diagnoseAuthorizePage(page)?.code).toBe('invalid_client_id');
  });

  it('finds nothing wrong on an ordinary login page', () => {
    expect(
      diagnoseAuthorizePage('https://login.salesforce.com/?ec=302&startURL=%2Fsetup%2Fsecur'),
    ).toBeUndefined();
    expect(diagnoseAuthorizePage('not a url')).toBeUndefined();
  });
});
