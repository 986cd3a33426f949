import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { to18 } from './ids';
import { parsePageContext } from './page-context';

const ACCOUNT15 = '001xx000003DGb2';
const ACCOUNT = to18(ACCOUNT15);
const CASE = to18('500xx000000Ab1C');
const CONTACT = to18('003xx000004TmiQ');
const USER = to18('005xx000001Sv6e');
const LIGHTNING = 'https://acme.lightning.force.com';

const ACME = { apiHost: 'acme.my.salesforce.com', myDomain: 'acme', environment: 'production' };

describe('parsePageContext: Lightning', () => {
  it('reads object, record and action from a record page', () => {
    const url = `${LIGHTNING}/lightning/r/Account/${ACCOUNT}/view`;

    expect(parsePageContext(url)).toEqual({
      ...ACME,
      surface: 'record',
      objectApiName: 'Account',
      recordId: ACCOUNT,
      keyPrefix: '001',
      action: 'view',
      pageUrl: url,
    });
  });

  it('turns a 15-character id in the path into the 18-character form', () => {
    const context = parsePageContext(`${LIGHTNING}/lightning/r/Account/${ACCOUNT15}/view`);

    expect(context?.recordId).toBe(ACCOUNT);
  });

  it('leaves the object unknown on the short form, never taking "view" for it', () => {
    const context = parsePageContext(`${LIGHTNING}/lightning/r/${ACCOUNT}/view`);

    expect(context).toMatchObject({ surface: 'record', recordId: ACCOUNT, keyPrefix: '001' });
    expect(context?.objectApiName).toBeUndefined();
    expect(context?.action).toBe('view');
  });

  it('reads edit and clone pages', () => {
    expect(parsePageContext(`${LIGHTNING}/lightning/r/Case/${CASE}/edit`)).toMatchObject({
      objectApiName: 'Case',
      recordId: CASE,
      action: 'edit',
    });
    expect(parsePageContext(`${LIGHTNING}/lightning/r/Case/${CASE}/clone?count=1`)?.action).toBe(
      'clone',
    );
  });

  it('reads a related list page', () => {
    const context = parsePageContext(
      `${LIGHTNING}/lightning/r/Account/${ACCOUNT}/related/Contacts/view`,
    );

    expect(context).toMatchObject({
      surface: 'record',
      objectApiName: 'Account',
      recordId: ACCOUNT,
      action: 'related',
      relatedList: 'Contacts',
    });
  });

  it('reads the short form of edit and related list pages, object unknown', () => {
    const edit = parsePageContext(`${LIGHTNING}/lightning/r/${CASE}/edit`);
    const related = parsePageContext(`${LIGHTNING}/lightning/r/${ACCOUNT}/related/Contacts/view`);

    expect(edit).toMatchObject({ surface: 'record', recordId: CASE, keyPrefix: '500' });
    expect(edit?.action).toBe('edit');
    expect(edit?.objectApiName).toBeUndefined();
    expect(related).toMatchObject({ surface: 'record', recordId: ACCOUNT, keyPrefix: '001' });
    expect(related?.action).toBe('related');
    expect(related?.relatedList).toBe('Contacts');
    expect(related?.objectApiName).toBeUndefined();
  });

  it('tells an object name of 15 letters from an id', () => {
    const file = to18('069xx0000001AbC');

    const context = parsePageContext(`${LIGHTNING}/lightning/r/ContentDocument/${file}/view`);

    expect(context).toMatchObject({ objectApiName: 'ContentDocument', recordId: file });
  });

  it.each([
    ['home', '/lightning/o/Account/home', undefined],
    ['list', '/lightning/o/Account/list?filterName=Recent', 'Recent'],
    ['new', '/lightning/o/Project__c/new', undefined],
  ])('reads the object %s page', (action, path, filterName) => {
    const context = parsePageContext(`${LIGHTNING}${path}`);

    expect(context).toMatchObject({ surface: 'object', action });
    expect(context?.objectApiName).toBe(path.split('/')[3]);
    expect(context?.filterName).toBe(filterName);
    expect(context?.recordId).toBeUndefined();
  });

  it('takes the path as the focused console tab and ws as its workspace', () => {
    const ws = encodeURIComponent(`/lightning/r/Case/${CASE}/view`);

    const context = parsePageContext(`${LIGHTNING}/lightning/r/Contact/${CONTACT}/view?ws=${ws}`);

    expect(context).toMatchObject({
      surface: 'console',
      objectApiName: 'Contact',
      recordId: CONTACT,
      workspace: { objectApiName: 'Case', recordId: CASE },
    });
  });

  it('falls back to the ws record when the focused console page shows none', () => {
    const ws = encodeURIComponent(`/lightning/r/Case/${CASE}/view`);

    const context = parsePageContext(`${LIGHTNING}/lightning/page/home?ws=${ws}`);

    expect(context).toMatchObject({ surface: 'console', objectApiName: 'Case', recordId: CASE });
  });

  it('reads the legacy one.app fragment', () => {
    expect(parsePageContext(`${LIGHTNING}/one/one.app#/sObject/${ACCOUNT15}/view`)).toMatchObject({
      surface: 'record',
      recordId: ACCOUNT,
      action: 'view',
    });
    expect(parsePageContext(`${LIGHTNING}/one/one.app#/sObject/Case/home`)).toMatchObject({
      surface: 'object',
      objectApiName: 'Case',
    });
  });

  it('still names the org on any other Lightning page', () => {
    expect(parsePageContext(`${LIGHTNING}/lightning/page/home`)).toEqual({
      ...ACME,
      surface: 'other',
      pageUrl: `${LIGHTNING}/lightning/page/home`,
    });
  });
});

describe('parsePageContext: setup, Classic and Visualforce', () => {
  it('reads the record of a setup page from its address parameter', () => {
    const address = encodeURIComponent(`/${USER}?noredirect=1&isUserEntityOverride=1`);

    const context = parsePageContext(
      `https://acme.my.salesforce-setup.com/lightning/setup/ManageUsers/page?address=${address}`,
    );

    expect(context).toMatchObject({
      ...ACME,
      surface: 'setup',
      setupPage: 'ManageUsers',
      recordId: USER,
      keyPrefix: '005',
    });
  });

  it.each([
    ['https://acme.my.salesforce-setup.com.mcas.ms', 'acme.my.salesforce.com', 'production'],
    [
      'https://acme--uat.sandbox.my.salesforce-setup.com.mcas.ms',
      'acme--uat.sandbox.my.salesforce.com',
      'sandbox',
    ],
  ])('reads a setup page behind the Defender proxy, %s', (origin, apiHost, environment) => {
    const address = encodeURIComponent(`/${USER}?noredirect=1`);

    const context = parsePageContext(
      `${origin}/lightning/setup/ManageUsers/page?address=${address}`,
    );

    expect(context).toMatchObject({ apiHost, environment, surface: 'setup', recordId: USER });
  });

  it('names the object of an Object Manager page', () => {
    const context = parsePageContext(
      'https://acme--uat.sandbox.my.salesforce-setup.com/lightning/setup/ObjectManager/Project__c/FieldsAndRelationships/view',
    );

    expect(context).toMatchObject({
      apiHost: 'acme--uat.sandbox.my.salesforce.com',
      environment: 'sandbox',
      surface: 'setup',
      objectApiName: 'Project__c',
    });
  });

  it('reads a Classic record page and its edit page', () => {
    expect(parsePageContext(`https://acme.my.salesforce.com/${ACCOUNT15}`)).toMatchObject({
      ...ACME,
      surface: 'classic',
      recordId: ACCOUNT,
      action: 'view',
    });
    const retURL = encodeURIComponent(`/${ACCOUNT15}`);
    expect(
      parsePageContext(`https://acme.my.salesforce.com/${ACCOUNT}/e?retURL=${retURL}`),
    ).toMatchObject({ surface: 'classic', recordId: ACCOUNT, action: 'edit' });
  });

  it('reads a Classic object tab by its key prefix', () => {
    expect(parsePageContext('https://acme.my.salesforce.com/001/o')).toMatchObject({
      surface: 'classic',
      keyPrefix: '001',
      action: 'home',
    });
  });

  it('reads Classic pages on an instance host without a My Domain', () => {
    const context = parsePageContext(`https://na42.salesforce.com/${ACCOUNT15}`);

    expect(context).toMatchObject({ apiHost: 'na42.salesforce.com', recordId: ACCOUNT });
    expect(context?.myDomain).toBeUndefined();
  });

  it('reads the id parameter of a Visualforce page and the My Domain before the package', () => {
    expect(
      parsePageContext(`https://acme--c.vf.force.com/apex/AccountPlan?id=${ACCOUNT15}`),
    ).toMatchObject({ ...ACME, surface: 'visualforce', recordId: ACCOUNT });
    expect(
      parsePageContext(`https://acme--uat--pkg.sandbox.vf.force.com/apex/Plan?id=${CASE}&x=1`),
    ).toMatchObject({
      apiHost: 'acme--uat.sandbox.my.salesforce.com',
      myDomain: 'acme--uat',
      environment: 'sandbox',
      surface: 'visualforce',
      recordId: CASE,
    });
  });
});

describe('parsePageContext: hosts', () => {
  it.each([
    [
      'https://acme--uat.sandbox.lightning.force.com',
      'acme--uat.sandbox.my.salesforce.com',
      'sandbox',
    ],
    [
      'https://jo-dev-ed.develop.lightning.force.com',
      'jo-dev-ed.develop.my.salesforce.com',
      'developer',
    ],
    ['https://fun-1.scratch.lightning.force.com', 'fun-1.scratch.my.salesforce.com', 'scratch'],
    ['https://show.demo.lightning.force.com', 'show.demo.my.salesforce.com', 'demo'],
    [
      'https://play.trailblaze.lightning.force.com',
      'play.trailblaze.my.salesforce.com',
      'trailblaze',
    ],
    ['https://acme.lightning.force.com.mcas.ms', 'acme.my.salesforce.com', 'production'],
    ['https://acme.my.salesforce.com.mcas.ms', 'acme.my.salesforce.com', 'production'],
    ['https://army.my.salesforce.mil', 'army.my.salesforce.mil', 'production'],
    ['https://acme.my.sfcrmproducts.cn', 'acme.my.sfcrmproducts.cn', 'production'],
  ])('%s is served by %s (%s)', (origin, apiHost, environment) => {
    const context = parsePageContext(`${origin}/lightning/r/Account/${ACCOUNT}/view`);

    expect(context).toMatchObject({ apiHost, environment, recordId: ACCOUNT });
  });
});

describe('parsePageContext: what is not a Salesforce page', () => {
  it.each([
    '',
    'garbage',
    'not a url at all',
    'javascript:alert(1)',
    `http://acme.lightning.force.com/lightning/r/Account/${ACCOUNT}/view`,
    `https://acme.lightning.force.com:8443/lightning/r/Account/${ACCOUNT}/view`,
    `https://user:pw@acme.lightning.force.com/lightning/r/Account/${ACCOUNT}/view`,
    `https://salesforce.com.evil.example/lightning/r/Account/${ACCOUNT}/view`,
    `https://acme.lightning.force.com.evil.example/lightning/r/Account/${ACCOUNT}/view`,
    `https://evil.example/acme.lightning.force.com/lightning/r/Account/${ACCOUNT}/view`,
    'https://login.salesforce.com/',
    'https://help.salesforce.com/s/articleView?id=sf.basics.htm',
    'chrome://extensions',
  ])('%j → null', (url) => {
    expect(parsePageContext(url)).toBeNull();
  });

  it('refuses a URL over 8 KB quickly', () => {
    const url = `${LIGHTNING}/lightning/r/Account/${ACCOUNT}/view?x=${'a'.repeat(10_000)}`;

    const started = performance.now();
    const context = parsePageContext(url);

    expect(context).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });

  it.each([
    ['a wrong checksum', `/lightning/r/Account/${ACCOUNT.slice(0, 15)}ZZZ/view`],
    ['"view" as id', '/lightning/r/Account/view'],
    ['a 16-character id', `/lightning/r/Account/${ACCOUNT15}A/view`],
    ['a percent-encoded junk id', '/lightning/r/Account/%E0%A4%A/view'],
  ])('finds no record with %s', (_label, path) => {
    const context = parsePageContext(`${LIGHTNING}${path}`);

    expect(context).toMatchObject({ ...ACME, surface: 'other' });
    expect(context?.recordId).toBeUndefined();
  });

  it('finds no record in a Visualforce id parameter that is not an id', () => {
    const context = parsePageContext('https://acme--c.vf.force.com/apex/Page?id=%27%3Bdrop');

    expect(context).toMatchObject({ surface: 'visualforce' });
    expect(context?.recordId).toBeUndefined();
  });

  it('keeps session ids and tokens out of pageUrl', () => {
    const context = parsePageContext(
      'https://acme.my.salesforce.com/secur/frontdoor.jsp?sid=00Dxx!secret&retURL=%2Fhome',
    );

    expect(context?.pageUrl).toBe(
      'https://acme.my.salesforce.com/secur/frontdoor.jsp?retURL=%2Fhome',
    );
  });
});

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const realisticId15 = fc
  .tuple(
    fc.constantFrom('001', '003', '006', '00Q', '500', 'a0X', 'a01'),
    fc.array(fc.constantFrom(...BASE62.split('')), { minLength: 12, maxLength: 12 }),
  )
  .map(([prefix, rest]) => `${prefix}${rest.join('')}`);

describe('parsePageContext: both id forms', () => {
  it('gives the same context for the 15- and 18-character forms of an id', () => {
    const shapes = [
      (id: string) => `${LIGHTNING}/lightning/r/Account/${id}/view`,
      (id: string) => `${LIGHTNING}/lightning/r/${id}/view`,
      (id: string) => `${LIGHTNING}/one/one.app#/sObject/${id}/view`,
      (id: string) => `https://acme.my.salesforce.com/${id}`,
      (id: string) => `https://acme--c.vf.force.com/apex/P?id=${id}`,
    ];
    fc.assert(
      fc.property(realisticId15, fc.constantFrom(...shapes), (id15, shape) => {
        const short = parsePageContext(shape(id15));
        const long = parsePageContext(shape(to18(id15)));

        expect(short?.recordId).toBe(to18(id15));
        expect({ ...short, pageUrl: '' }).toEqual({ ...long, pageUrl: '' });
      }),
    );
  });
});

describe('parsePageContext: any input', () => {
  const pathPart = fc.constantFrom(
    'lightning',
    'r',
    'o',
    'Account',
    'view',
    'related',
    'one',
    ACCOUNT15,
    CASE,
    '%',
    '..',
    '',
  );
  const urls = fc.oneof(
    fc.string(),
    fc.webUrl({ withQueryParameters: true, withFragments: true }),
    fc
      .tuple(
        fc.constantFrom(
          LIGHTNING,
          'https://acme.my.salesforce.com',
          'https://acme--c.vf.force.com',
        ),
        fc.array(pathPart, { maxLength: 7 }),
        fc.string(),
      )
      .map(([origin, parts, tail]) => `${origin}/${parts.join('/')}?ws=${tail}#${tail}`),
  );

  it('never throws, and only ever reports a valid 18-character id', () => {
    fc.assert(
      fc.property(urls, (url) => {
        const context = parsePageContext(url);

        if (context?.recordId !== undefined)
          expect(to18(context.recordId.slice(0, 15))).toBe(context.recordId);
        if (context?.workspace?.recordId !== undefined)
          expect(context.workspace.recordId).toHaveLength(18);
      }),
    );
  });
});
