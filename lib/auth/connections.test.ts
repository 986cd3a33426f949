import { describe, expect, it } from 'vitest';

import { buildConnection, connectionKey, findConnectionFor, type Connection } from './connections';
import type { TokenGrant } from './token-validate';

function connection(over: Partial<Connection>): Connection {
  return {
    key: 'k',
    orgId: '00D000000000001AAA',
    userId: '005000000000001AAA',
    username: 'ada@acme.example',
    displayName: 'Ada',
    orgName: 'Acme',
    myDomain: 'acme.my.salesforce.com',
    apiHost: 'acme.my.salesforce.com',
    environment: 'production',
    isSandbox: false,
    instanceName: 'NA1',
    loginUrl: 'https://acme.my.salesforce.com',
    clientId: 'c',
    connectedAt: 1,
    lastUsedAt: 1,
    ...over,
  };
}

const PROD = connection({ key: 'prod' });
const UAT = connection({
  key: 'uat',
  myDomain: 'acme--uat.sandbox.my.salesforce.com',
  apiHost: 'acme--uat.sandbox.my.salesforce.com',
  environment: 'sandbox',
  isSandbox: true,
});
const GLOBEX = connection({
  key: 'globex',
  myDomain: 'globex.my.salesforce.com',
  apiHost: 'globex.my.salesforce.com',
});

describe('findConnectionFor', () => {
  it('matches the tab to the connection of its own My Domain', () => {
    const result = findConnectionFor(
      {
        apiHost: 'acme--uat.sandbox.my.salesforce.com',
        myDomain: 'acme--uat.sandbox.my.salesforce.com',
        environment: 'sandbox',
      },
      [PROD, UAT, GLOBEX],
    );

    expect(result).toEqual({ kind: 'match', connection: UAT });
  });

  it('matches by API host when the tab has no My Domain', () => {
    const na1 = connection({ key: 'na1', myDomain: undefined, apiHost: 'na1.salesforce.com' });

    const result = findConnectionFor(
      { apiHost: 'na1.salesforce.com', myDomain: undefined, environment: 'unknown' },
      [PROD, na1],
    );

    expect(result).toEqual({ kind: 'match', connection: na1 });
  });

  it('prefers the most recently used of two users in the same org', () => {
    const older = connection({ key: 'a', lastUsedAt: 5 });
    const newer = connection({ key: 'b', lastUsedAt: 9 });

    const result = findConnectionFor(
      { apiHost: PROD.apiHost, myDomain: PROD.myDomain, environment: 'production' },
      [older, newer],
    );

    expect(result.kind === 'match' && result.connection.key).toBe('b');
  });

  it('says a sandbox tab has only the production connection', () => {
    const result = findConnectionFor(
      {
        apiHost: 'acme--dev.sandbox.my.salesforce.com',
        myDomain: 'acme--dev.sandbox.my.salesforce.com',
        environment: 'sandbox',
      },
      [PROD, GLOBEX],
    );

    expect(result).toEqual({
      kind: 'mismatch',
      reason: 'sandbox-tab-production-connection',
      connections: [PROD, GLOBEX],
    });
  });

  it('says a production tab has only a sandbox connection', () => {
    const result = findConnectionFor(
      { apiHost: PROD.apiHost, myDomain: PROD.myDomain, environment: 'production' },
      [UAT],
    );

    expect(result.kind === 'mismatch' && result.reason).toBe('production-tab-sandbox-connection');
  });

  it('never uses another org’s connection for a tab', () => {
    const result = findConnectionFor(
      {
        apiHost: 'initech.my.salesforce.com',
        myDomain: 'initech.my.salesforce.com',
        environment: 'production',
      },
      [PROD, GLOBEX],
    );

    expect(result.kind === 'mismatch' && result.reason).toBe('other-org');
  });

  it('reports no connection at all', () => {
    expect(
      findConnectionFor(
        { apiHost: 'x.my.salesforce.com', myDomain: undefined, environment: 'unknown' },
        [],
      ),
    ).toEqual({ kind: 'none' });
  });
});

describe('buildConnection', () => {
  const grant: TokenGrant = {
    accessToken: 't',
    refreshToken: 'r',
    instanceUrl: 'https://acme--uat.sandbox.my.salesforce.com',
    apiOrigin: 'https://acme--uat.sandbox.my.salesforce.com',
    apiHost: 'acme--uat.sandbox.my.salesforce.com',
    myDomain: 'acme--uat.sandbox.my.salesforce.com',
    idUrl: 'https://test.salesforce.com/id/00Dx0000000BV7z/005x00000012Q9P',
    orgId: '00Dx0000000BV7z',
    userId: '005x00000012Q9P',
    issuedAt: 10,
    scopes: [],
    signature: undefined,
  };

  it('keys the connection by 18-character org and user ids and keeps no token', () => {
    const built = buildConnection(
      grant,
      {
        username: 'ada@acme.example.uat',
        displayName: 'Ada',
        orgName: 'Acme',
        isSandbox: true,
        instanceName: 'CS42',
      },
      { loginUrl: 'https://test.salesforce.com', clientId: 'c', now: 99 },
    );

    expect(built.key).toBe(connectionKey('00Dx0000000BV7z', '005x00000012Q9P'));
    expect(built.key).toBe('00Dx0000000BV7zEAG:005x00000012Q9PAAU');
    expect(built).toMatchObject({ environment: 'sandbox', isSandbox: true, connectedAt: 99 });
    expect(JSON.stringify(built)).not.toContain('"t"');
  });

  it('trusts the org row over a production-looking host', () => {
    const built = buildConnection(
      { ...grant, apiHost: 'acme.my.salesforce.com', myDomain: 'acme.my.salesforce.com' },
      { username: 'u', displayName: 'd', orgName: 'o', isSandbox: true, instanceName: 'CS1' },
      { loginUrl: 'https://test.salesforce.com', clientId: 'c', now: 1 },
    );

    expect(built.environment).toBe('sandbox');
  });

  it('keeps the org’s currency and the user’s locale, language and time zone for formatting', () => {
    const details = { username: 'u', displayName: 'd', orgName: 'o', isSandbox: true };
    const meta = { loginUrl: 'https://test.salesforce.com', clientId: 'c', now: 1 };

    const known = buildConnection(
      grant,
      {
        ...details,
        instanceName: 'CS1',
        currencyIsoCode: 'EUR',
        locale: 'de_DE',
        language: 'de',
        timeZone: 'Europe/Berlin',
      },
      meta,
    );
    const unknown = buildConnection(grant, { ...details, instanceName: 'CS1' }, meta);

    expect(known).toMatchObject({
      currencyIsoCode: 'EUR',
      locale: 'de_DE',
      language: 'de',
      timeZone: 'Europe/Berlin',
    });
    expect(Object.keys(unknown)).not.toContain('currencyIsoCode');
    expect(Object.keys(unknown)).not.toContain('timeZone');
  });
});
