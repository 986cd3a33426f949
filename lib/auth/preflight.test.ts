import { describe, expect, it, vi } from 'vitest';

import { preflightAuthorizeUrl, probeAuthHost } from './preflight';
import type { FetchFn } from './token';

function landingOn(url: string): FetchFn {
  return () => {
    const response = new Response('<html></html>');
    Object.defineProperty(response, 'url', { value: url });
    return Promise.resolve(response);
  };
}

describe('probeAuthHost', () => {
  it('passes when the host publishes a Salesforce OpenID configuration', async () => {
    const fetchFn = vi.fn<FetchFn>(() =>
      Promise.resolve(Response.json({ issuer: 'https://login.salesforce.com' })),
    );

    const result = await probeAuthHost('https://login.salesforce.com/', fetchFn);

    expect(result.ok).toBe(true);
    expect(fetchFn.mock.calls[0]![0]).toBe(
      'https://login.salesforce.com/.well-known/openid-configuration',
    );
  });

  it('fails when the host does not answer as Salesforce', async () => {
    const result = await probeAuthHost('https://acme.my.salesforce.com', () =>
      Promise.resolve(new Response('not found', { status: 404 })),
    );

    expect(!result.ok && result.problem.code).toBe('page_not_loaded');
  });

  it('reports a network failure as such', async () => {
    const result = await probeAuthHost('https://acme.my.salesforce.com', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );

    expect(!result.ok && result.problem.code).toBe('network');
  });
});

describe('preflightAuthorizeUrl', () => {
  const authorize = 'https://login.salesforce.com/services/oauth2/authorize?client_id=x';

  it('names an unknown client id from the page Salesforce lands on', async () => {
    const problem = await preflightAuthorizeUrl(
      authorize,
      {},
      landingOn(
        'https://login.salesforce.com/setup/secur/RemoteAccessErrorPage.apexp?error=invalid_client_id',
      ),
    );

    expect(problem?.code).toBe('invalid_client_id');
  });

  it('finds nothing wrong when the login page loads', async () => {
    expect(
      await preflightAuthorizeUrl(authorize, {}, landingOn('https://login.salesforce.com/?ec=302')),
    ).toBeUndefined();
  });
});
