import { describe, expect, it, vi } from 'vitest';

import type { Connection } from '@/lib/auth/connections';
import type { FetchFn } from '@/lib/auth/token';
import { ok } from '@/lib/result';
import { parsePageContext } from '@/lib/salesforce/page-context';
import { createSalesforceClient } from '@/lib/salesforce-client/client';

import { acmeConnection } from '../../test/fixtures/connection';
import type { GlobalEntry } from './metadata-cache';
import { configuredSearchObjects, searchForPanel, type SearchEnvironment } from './search';

const ACME_PAGE = parsePageContext(
  'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view',
);
const GLOBEX_PAGE = parsePageContext('https://globex.lightning.force.com/lightning/o/Account/home');

function connection(over: Partial<Connection> = {}): Connection {
  return acmeConnection({ key: 'acme-key', clientId: 'c', ...over });
}

const entry = (name: string, label = name): GlobalEntry => ({
  name,
  label,
  keyPrefix: null,
  queryable: true,
});

const ORG_OBJECTS = [
  entry('Account'),
  entry('Contact'),
  entry('Opportunity'),
  entry('Lead'),
  entry('Case'),
  entry('Project__c', 'Project'),
];

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

function environment(
  answer: () => Response | Error,
  over: Partial<SearchEnvironment> = {},
): { env: SearchEnvironment; bodies: unknown[]; urls: string[] } {
  const bodies: unknown[] = [];
  const urls: string[] = [];
  const fetchFn = vi.fn<FetchFn>((url, init) => {
    urls.push(url);
    bodies.push(JSON.parse(init?.body as string));
    const next = answer();
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  });
  const client = createSalesforceClient({
    apiHost: 'acme.my.salesforce.com',
    fetchFn,
    getAccessToken: () => Promise.resolve('token'),
    refresh: () => Promise.resolve(ok({ accessToken: 'token', apiHost: 'acme.my.salesforce.com' })),
    isOnline: () => true,
  });
  const env: SearchEnvironment = {
    page: () => ACME_PAGE,
    connections: () => Promise.resolve([connection()]),
    isSignedIn: () => Promise.resolve(true),
    client: () => client,
    searchObjects: () => Promise.resolve(['Project__c']),
    objects: () => Promise.resolve(ok(ORG_OBJECTS)),
    ...over,
  };
  return { env, bodies, urls };
}

const ACME_HITS = {
  searchRecords: [
    {
      attributes: { type: 'Opportunity', url: '/x' },
      Id: '006000000000001AAA',
      Name: 'Acme - 200 Widgets',
      StageName: 'Proposal/Price Quote',
      CloseDate: '2026-01-01',
    },
    {
      attributes: { type: 'Project__c', url: '/y' },
      Id: 'a01000000000001AAA',
      Name: 'Acme Plant Rollout',
      Status__c: 'In Progress',
      Health__c: 'Green',
    },
  ],
};

describe('searchForPanel', () => {
  it('searches the tab’s org once, with the term escaped, and groups the hits with labels', async () => {
    const { env, bodies, urls } = environment(() => json(200, ACME_HITS));

    const answer = await searchForPanel({ windowId: 1, term: 'Acme - 200', requestId: 7 }, env);

    expect(urls).toEqual([
      'https://acme.my.salesforce.com/services/data/v62.0/parameterizedSearch',
    ]);
    expect(bodies[0]).toMatchObject({ q: 'Acme \\- 200' });
    const sent = (bodies[0] as { sobjects: { name: string }[] }).sobjects.map((o) => o.name);
    expect(sent).toEqual(['Account', 'Contact', 'Opportunity', 'Lead', 'Case', 'Project__c']);
    expect(answer).toEqual(
      ok({
        requestId: 7,
        orgId: '00D000000000001AAA',
        groups: [
          {
            objectApiName: 'Opportunity',
            label: 'Opportunity',
            hits: [
              {
                objectApiName: 'Opportunity',
                id: '006000000000001AAA',
                name: 'Acme - 200 Widgets',
                details: ['Proposal/Price Quote', '2026-01-01'],
              },
            ],
          },
          {
            objectApiName: 'Project__c',
            label: 'Project',
            hits: [
              {
                objectApiName: 'Project__c',
                id: 'a01000000000001AAA',
                name: 'Acme Plant Rollout',
                details: [],
              },
            ],
          },
        ],
      }),
    );
  });

  it('searches no custom object unless the settings name it', async () => {
    const { env, bodies } = environment(() => json(200, { searchRecords: [] }), {
      searchObjects: () => Promise.resolve([]),
    });

    await searchForPanel({ windowId: 1, term: 'Rollout', requestId: 1 }, env);

    const sent = (bodies[0] as { sobjects: { name: string }[] }).sobjects.map((o) => o.name);
    expect(sent).toEqual(['Account', 'Contact', 'Opportunity', 'Lead', 'Case']);
  });

  it('skips configured objects the org does not list, or lists as not searchable', async () => {
    const { env, bodies } = environment(() => json(200, { searchRecords: [] }), {
      searchObjects: () => Promise.resolve(['Nowhere__c', 'Project__c', 'Hidden__c']),
      objects: () =>
        Promise.resolve(ok([...ORG_OBJECTS, { ...entry('Hidden__c'), searchable: false }])),
    });

    const answer = await searchForPanel({ windowId: 1, term: 'Rollout', requestId: 1 }, env);

    expect(answer.ok).toBe(true);
    const sent = (bodies[0] as { sobjects: { name: string }[] }).sobjects.map((o) => o.name);
    expect(sent).toEqual(['Account', 'Contact', 'Opportunity', 'Lead', 'Case', 'Project__c']);
  });

  it('leaves out objects the org does not have or the user cannot query', async () => {
    const { env, bodies } = environment(() => json(200, { searchRecords: [] }), {
      objects: () =>
        Promise.resolve(ok([entry('Account'), { ...entry('Lead'), queryable: false }])),
    });

    await searchForPanel({ windowId: 1, term: 'Weber', requestId: 1 }, env);

    const sent = (bodies[0] as { sobjects: { name: string }[] }).sobjects.map((o) => o.name);
    expect(sent).toEqual(['Account']);
  });

  it('refuses a too-short term without calling Salesforce', async () => {
    const { env, urls } = environment(() => json(200, ACME_HITS));

    const answer = await searchForPanel({ windowId: 1, term: ' a ', requestId: 2 }, env);

    expect(answer.ok ? undefined : answer.problem.code).toBe('term-too-short');
    expect(answer.ok ? undefined : answer.problem.remedy).toBeTruthy();
    expect(urls).toEqual([]);
  });

  it('never searches with another org’s connection', async () => {
    const { env, urls } = environment(() => json(200, ACME_HITS), {
      page: () => GLOBEX_PAGE,
    });

    const answer = await searchForPanel({ windowId: 1, term: 'Acme', requestId: 3 }, env);

    expect(answer.ok ? undefined : answer.problem.code).toBe('not-connected');
    expect(urls).toEqual([]);
  });

  it('says when the window shows no Salesforce page', async () => {
    const { env } = environment(() => json(200, ACME_HITS), { page: () => null });

    const answer = await searchForPanel({ windowId: 1, term: 'Acme', requestId: 4 }, env);

    expect(answer.ok ? undefined : answer.problem.code).toBe('no-page');
  });

  it('asks to sign in again when the connection was revoked', async () => {
    const { env, urls } = environment(() => json(200, ACME_HITS), {
      isSignedIn: () => Promise.resolve(false),
    });

    const answer = await searchForPanel({ windowId: 1, term: 'Acme', requestId: 5 }, env);

    expect(answer.ok ? undefined : answer.problem.code).toBe('signed-out');
    expect(urls).toEqual([]);
  });

  it('turns a spent API budget into the limit problem with a remedy', async () => {
    const { env } = environment(() =>
      json(403, [
        { errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'TotalRequests Limit exceeded.' },
      ]),
    );

    const answer = await searchForPanel({ windowId: 1, term: 'Acme', requestId: 6 }, env);

    expect(answer.ok ? undefined : answer.problem.code).toBe('limit');
    expect(answer.ok ? undefined : answer.problem.remedy).toBeTruthy();
  });

  it('turns a failed connection into the offline problem', async () => {
    const { env } = environment(() => new TypeError('Failed to fetch'));

    const answer = await searchForPanel({ windowId: 1, term: 'Acme', requestId: 8 }, env);

    expect(answer.ok ? undefined : answer.problem.code).toBe('offline');
  });
});

describe('configuredSearchObjects', () => {
  it('names records of standard objects by their own name field', () => {
    const available = new Map([entry('Task'), entry('Project__c')].map((e) => [e.name, e]));

    const objects = configuredSearchObjects(['Task', 'Project__c'], available);

    expect(objects).toEqual([
      { name: 'Task', fields: [], nameField: 'Subject' },
      { name: 'Project__c', fields: [] },
    ]);
  });
});
