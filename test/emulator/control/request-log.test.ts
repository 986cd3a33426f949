import { describe, expect, it } from 'vitest';

import { RequestLog, requestKind, routePattern, type LogEntry } from './request-log';

const entry = (over: Partial<LogEntry>): Omit<LogEntry, 'seq'> => ({
  time: '2026-03-01T10:00:00.000Z',
  host: 'acme.my.salesforce.com',
  method: 'GET',
  path: '/services/data/v62.0/limits',
  kind: 'api',
  status: 200,
  durationMs: 1,
  ...over,
});

describe('request log', () => {
  it('sorts requests into api, oauth, page and other', () => {
    expect(requestKind('/services/data/v62.0/query')).toBe('api');
    expect(requestKind('/services/oauth2/token')).toBe('oauth');
    expect(requestKind('/id/00D000000000001EAA/00500000000001dAAA')).toBe('oauth');
    expect(requestKind('/lightning/r/Account/001000000000001AAA/view')).toBe('page');
    expect(requestKind('/__emulator/spa.js')).toBe('other');
  });

  it('turns versions and record ids into placeholders but keeps object names', () => {
    const path = '/services/data/v62.0/sobjects/AccountContactRole/001000000000001AAA';

    expect(routePattern(path)).toBe('/services/data/v{version}/sobjects/AccountContactRole/{id}');
    expect(
      routePattern('/services/data/v62.0/ui-api/record-ui/001000000000001AAA,003000000000001'),
    ).toBe('/services/data/v{version}/ui-api/record-ui/{id}');
  });

  it('counts per org, user, kind and route after a mark', () => {
    const log = new RequestLog();
    log.add(entry({ orgId: 'O1', userId: 'U1' }));
    const mark = log.last;
    log.add(
      entry({
        orgId: 'O1',
        userId: 'U1',
        path: '/services/data/v62.0/sobjects/Account/001000000000001AAA',
      }),
    );
    log.add(
      entry({
        orgId: 'O1',
        userId: 'U2',
        path: '/services/data/v61.0/sobjects/Account/001000000000002AAA',
      }),
    );
    log.add(entry({ orgId: 'O2', method: 'POST', path: '/services/oauth2/token', kind: 'oauth' }));

    const counts = log.counts(String(mark));

    expect(counts).toEqual({
      total: 3,
      byOrg: { O1: 2, O2: 1 },
      byUser: { U1: 1, U2: 1 },
      byKind: { api: 2, oauth: 1 },
      byRoute: {
        'GET /services/data/v{version}/sobjects/Account/{id}': 2,
        'POST /services/oauth2/token': 1,
      },
    });
  });

  it('filters by kind and by time', () => {
    const log = new RequestLog();
    log.add(entry({ time: '2026-03-01T10:00:00.000Z' }));
    log.add(
      entry({ time: '2026-03-01T11:00:00.000Z', kind: 'page', path: '/lightning/page/home' }),
    );

    expect(log.list({ kind: 'page' }).map((e) => e.path)).toEqual(['/lightning/page/home']);
    expect(log.list({ since: '2026-03-01T10:30:00.000Z' })).toHaveLength(1);
  });
});
