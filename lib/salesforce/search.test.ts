import { describe, expect, it } from 'vitest';

import { to18 } from './ids';
import {
  DEFAULT_SEARCH_OBJECTS,
  buildSearchRequest,
  groupSearchResults,
  searchObjectsWith,
} from './search';

const ACCOUNT = to18('0015g00000Q9XyZ');
const CONTACT = to18('0035g00000Ab1Cd');
const CASE = to18('5005g00000Xy1Ab');

describe('buildSearchRequest', () => {
  it('builds the parameterized search body for the default objects', () => {
    const result = buildSearchRequest('  Acme   Corp ', DEFAULT_SEARCH_OBJECTS, 5);

    expect(result).toEqual({
      ok: true,
      value: {
        q: 'Acme Corp',
        in: 'ALL',
        overallLimit: 25,
        sobjects: [
          { name: 'Account', fields: ['Id', 'Name', 'Industry', 'BillingCity'], limit: 5 },
          { name: 'Contact', fields: ['Id', 'Name', 'Title', 'Email'], limit: 5 },
          { name: 'Opportunity', fields: ['Id', 'Name', 'StageName', 'CloseDate'], limit: 5 },
          { name: 'Lead', fields: ['Id', 'Name', 'Company', 'Status'], limit: 5 },
          { name: 'Case', fields: ['Id', 'CaseNumber', 'Subject', 'Status'], limit: 5 },
        ],
      },
    });
  });

  it('escapes every reserved SOSL character in the term', () => {
    const result = buildSearchRequest('AT&T (US) {x} "q" a-b', DEFAULT_SEARCH_OBJECTS, 5);

    expect(result.ok && result.value.q).toBe('AT\\&T \\(US\\) \\{x\\} \\"q\\" a\\-b');
  });

  it('passes a configured condition on and validates configured names', () => {
    const objects = searchObjectsWith([
      { name: 'Project__c', fields: ['Status__c', 'Due_Date__c'], where: "Status__c != 'Done'" },
    ]);

    const result = buildSearchRequest('apollo', objects, 3);

    expect(result.ok && result.value.sobjects.at(-1)).toEqual({
      name: 'Project__c',
      fields: ['Id', 'Name', 'Status__c', 'Due_Date__c'],
      limit: 3,
      where: "Status__c != 'Done'",
    });
    expect(() =>
      buildSearchRequest('apollo', [{ name: 'Account) FIND {x', fields: [] }], 3),
    ).toThrow(TypeError);
  });

  it('lets a configured object replace a default one', () => {
    const objects = searchObjectsWith([{ name: 'Lead', fields: ['Email', 'Rating'] }]);

    expect(objects.map((o) => o.name)).toEqual([
      'Account',
      'Contact',
      'Opportunity',
      'Case',
      'Lead',
    ]);
  });

  it.each([
    ['', 'term-empty'],
    ['   ', 'term-empty'],
    [' a ', 'term-too-short'],
    ['x'.repeat(201), 'term-too-long'],
    ['**', 'term-no-letters'],
  ])('refuses %j with %s and a sentence for the user', (term, code) => {
    const result = buildSearchRequest(term, DEFAULT_SEARCH_OBJECTS, 5);

    expect(result).toMatchObject({ ok: false, problem: { code } });
    expect(!result.ok && result.problem.message.length).toBeGreaterThan(10);
  });

  it('counts characters, not UTF-16 units, and accepts two-letter terms', () => {
    expect(buildSearchRequest('王五', DEFAULT_SEARCH_OBJECTS, 5).ok).toBe(true);
    expect(buildSearchRequest('HP', DEFAULT_SEARCH_OBJECTS, 5).ok).toBe(true);
  });
});

describe('groupSearchResults', () => {
  const searchRecords = [
    {
      attributes: { type: 'Contact', url: `/services/data/v62.0/sobjects/Contact/${CONTACT}` },
      Id: CONTACT,
      Name: 'Rose Gonzalez',
      Title: 'SVP, Procurement',
      Email: null,
    },
    {
      attributes: { type: 'Account', url: `/services/data/v62.0/sobjects/Account/${ACCOUNT}` },
      Id: ACCOUNT,
      Name: 'Edge Communications',
      Industry: 'Electronics',
      BillingCity: 'Austin',
    },
    {
      attributes: { type: 'Case', url: `/services/data/v62.0/sobjects/Case/${CASE}` },
      Id: CASE.slice(0, 15),
      CaseNumber: '00001026',
      Subject: 'Printer jam',
      Status: 'New',
    },
    { attributes: { type: 'User' }, Id: to18('0055g00000AbCdE'), Name: 'Not asked for' },
    { attributes: { type: 'Account' }, Id: 'not-an-id', Name: 'Broken' },
  ];

  it('groups hits by object in the configured order with the name and two details', () => {
    const groups = groupSearchResults(searchRecords, DEFAULT_SEARCH_OBJECTS);

    expect(groups).toEqual([
      {
        objectApiName: 'Account',
        hits: [
          {
            objectApiName: 'Account',
            id: ACCOUNT,
            name: 'Edge Communications',
            details: ['Electronics', 'Austin'],
          },
        ],
      },
      {
        objectApiName: 'Contact',
        hits: [
          {
            objectApiName: 'Contact',
            id: CONTACT,
            name: 'Rose Gonzalez',
            details: ['SVP, Procurement'],
          },
        ],
      },
      {
        objectApiName: 'Case',
        hits: [
          { objectApiName: 'Case', id: CASE, name: '00001026', details: ['Printer jam', 'New'] },
        ],
      },
    ]);
  });

  it('returns no groups for an answer that is not a list', () => {
    expect(groupSearchResults({ searchRecords: 'nope' }, DEFAULT_SEARCH_OBJECTS)).toEqual([]);
    expect(groupSearchResults([null, 3, 'x'], DEFAULT_SEARCH_OBJECTS)).toEqual([]);
  });
});
