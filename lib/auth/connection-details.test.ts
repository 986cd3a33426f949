import { describe, expect, it, vi } from 'vitest';

import { loadConnectionDetails } from './connection-details';
import type { FetchFn } from './token';
import type { TokenGrant } from './token-validate';

const GRANT: TokenGrant = {
  accessToken: '00Dx0000000BV7z!access',
  refreshToken: undefined,
  instanceUrl: 'https://acme.my.salesforce.com',
  apiOrigin: 'https://acme.my.salesforce.com',
  apiHost: 'acme.my.salesforce.com',
  myDomain: 'acme.my.salesforce.com',
  idUrl: 'https://login.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P',
  orgId: '00Dx0000000BV7z',
  userId: '005x00000012Q9P',
  issuedAt: 1,
  scopes: [],
  signature: undefined,
};

describe('loadConnectionDetails', () => {
  it('reads the user and the org from the token’s own API host', async () => {
    const fetchFn = vi.fn<FetchFn>((url) =>
      Promise.resolve(
        Response.json(
          url.includes('userinfo')
            ? { preferred_username: 'ada@acme.example', name: 'Ada Lovelace' }
            : { records: [{ Name: 'Acme', IsSandbox: false, InstanceName: 'NA1' }] },
        ),
      ),
    );

    const result = await loadConnectionDetails(GRANT, fetchFn);

    expect(result).toEqual({
      ok: true,
      value: {
        username: 'ada@acme.example',
        displayName: 'Ada Lovelace',
        orgName: 'Acme',
        isSandbox: false,
        instanceName: 'NA1',
      },
    });
    expect(
      fetchFn.mock.calls.every(([url]) => url.startsWith('https://acme.my.salesforce.com/')),
    ).toBe(true);
    expect(new Headers(fetchFn.mock.calls[0]![1]?.headers).get('Authorization')).toBe(
      `Bearer ${GRANT.accessToken}`,
    );
  });

  it('tells a refused request apart from a network failure', async () => {
    const refused = await loadConnectionDetails(GRANT, () =>
      Promise.resolve(new Response('[]', { status: 403 })),
    );
    const offline = await loadConnectionDetails(GRANT, () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );

    expect(!refused.ok && refused.problem.salesforceError).toBe('HTTP 403');
    expect(!offline.ok && offline.problem.code).toBe('network');
  });
});
