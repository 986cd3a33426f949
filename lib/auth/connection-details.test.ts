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

  it('reads the org’s currency on the org query and the user’s locale and zone from userinfo', async () => {
    const fetchFn = vi.fn<FetchFn>((url) =>
      Promise.resolve(
        Response.json(
          url.includes('userinfo')
            ? {
                preferred_username: 'ada@acme.example',
                name: 'Ada',
                locale: 'de_DE',
                language: 'de',
                zoneinfo: 'Europe/Berlin',
              }
            : {
                records: [
                  {
                    Name: 'Acme',
                    IsSandbox: false,
                    InstanceName: 'NA1',
                    DefaultCurrencyIsoCode: 'EUR',
                  },
                ],
              },
        ),
      ),
    );

    const result = await loadConnectionDetails(GRANT, fetchFn);

    expect(result.ok && result.value).toMatchObject({
      currencyIsoCode: 'EUR',
      locale: 'de_DE',
      language: 'de',
      timeZone: 'Europe/Berlin',
    });
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(decodeURIComponent(fetchFn.mock.calls[1]![0])).toContain('DefaultCurrencyIsoCode');
  });

  it('connects without the currency when the org refuses that field', async () => {
    const fetchFn = vi.fn<FetchFn>((url) => {
      if (url.includes('userinfo')) return Promise.resolve(Response.json({ name: 'Ada' }));
      if (decodeURIComponent(url).includes('DefaultCurrencyIsoCode'))
        return Promise.resolve(Response.json([{ errorCode: 'INVALID_FIELD' }], { status: 400 }));
      return Promise.resolve(
        Response.json({ records: [{ Name: 'Acme', IsSandbox: true, InstanceName: 'CS1' }] }),
      );
    });

    const result = await loadConnectionDetails(GRANT, fetchFn);

    expect(result.ok && result.value).toMatchObject({ orgName: 'Acme', isSandbox: true });
    expect(result.ok && result.value.currencyIsoCode).toBeUndefined();
    expect(fetchFn).toHaveBeenCalledTimes(3);
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
