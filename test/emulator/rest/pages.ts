/**
 * Fake Salesforce UI pages at the real URL shapes (SALESFORCE.md section 6): Lightning record,
 * edit and related-list pages (long and short form, console `?ws=`), object home and list,
 * one.app fragments, setup pages with `address=`, Classic and Visualforce. No sign-in needed.
 */
import type { Context, Hono } from 'hono';

import { type EmulatedOrg, orgForHost } from '../core/orgs';
import type { EmulatorCore } from '../core/state';
import { ANCHORS } from '../data/seed';
import type { DataStore, StoredRecord } from '../data/store';
import { str } from '../data/types';
import { heading, nav, type PageLink, shell, SPA_SCRIPT } from './page-html';

const ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SKIP_PARENTS = [
  'OwnerId',
  'CreatedById',
  'LastModifiedById',
  'RecordTypeId',
  'MasterRecordId',
];

/** The org of a host, including Visualforce hosts (`acme--c.vf.force.com`). */
function orgOf(orgs: EmulatedOrg[], host: string): EmulatedOrg | undefined {
  const vf = /^(.+?)--[a-z0-9]+(\.sandbox)?\.vf\.force\.com/.exec(host.toLowerCase());
  return vf ? orgs.find((o) => o.myDomain === vf[1]) : orgForHost(orgs, host);
}

export function mountPages(app: Hono, core: EmulatorCore, store: DataStore): void {
  const name = (r: StoredRecord) =>
    str(r.fields[store.schema.nameField(r.type)?.name ?? 'Name']) ||
    str(r.fields.Subject) ||
    str(r.fields.CaseNumber) ||
    str(r.fields.Id);
  const link = (r: StoredRecord): PageLink => ({
    href: `/lightning/r/${r.type}/${str(r.fields.Id)}/view`,
    label: name(r),
  });
  const find = (org: EmulatedOrg | undefined, id: string) => {
    const r = org && ID.test(id) ? store.get(org.id, id) : undefined;
    return r && !r.deleted ? r : undefined;
  };

  const related = (org: EmulatedOrg, r: StoredRecord): PageLink[] => {
    const d = store.schema.get(r.type)!;
    const parents = d.fields
      .filter((f) => f.type === 'reference' && !SKIP_PARENTS.includes(f.name))
      .map((f) => r.fields[f.name])
      .flatMap((id) => (typeof id === 'string' ? [find(org, id)] : []))
      .filter((p): p is StoredRecord => p !== undefined);
    const children = d.childRelationships
      .filter((c) => c.relationshipName)
      .flatMap((c) =>
        store
          .all(org.id, c.childSObject)
          .filter((x) => !x.deleted && x.fields[c.field] === r.fields.Id)
          .slice(0, 3),
      );
    return [...parents, ...children].slice(0, 12).map(link);
  };

  const anchors = (org: EmulatedOrg | undefined) =>
    Object.values(ANCHORS)
      .map((id) => find(org, id))
      .filter((r): r is StoredRecord => r !== undefined)
      .map(link);

  const recordPage = (c: Context, org: EmulatedOrg | undefined, id: string, view: string) => {
    const record = find(org, id);
    const body =
      record && org
        ? heading(
            name(record),
            `${record.type} ${str(record.fields.Id)}${view === 'view' ? '' : ` (${view})`}`,
          ) +
          nav('Related records', related(org, record)) +
          nav('Records', anchors(org))
        : heading('Record', 'This record is not available.') + nav('Records', anchors(org));
    return respond(c, record ? name(record) : 'Record', body);
  };

  const respond = (c: Context, title: string, body: string) =>
    c.req.header('x-emulator-fragment') ? c.html(body) : c.html(shell(title, body));
  const hostOrg = (c: Context) => orgOf(core.orgs, c.req.header('host') ?? '');

  app.get('/__emulator/spa.js', (c) =>
    c.body(SPA_SCRIPT, 200, { 'content-type': 'text/javascript' }),
  );

  app.get('/lightning/r/:a/:b/:c?/:d?/:e?', (c) => {
    const { a, b, c: third } = c.req.param();
    const short = ID.test(a);
    const id = short ? a : b;
    const view = short ? b : (third ?? 'view');
    return recordPage(
      c,
      hostOrg(c),
      id,
      view === 'related' ? `related ${c.req.param(short ? 'c' : 'd') ?? ''}` : view,
    );
  });

  app.get('/lightning/o/:object/:view?', (c) => {
    const org = hostOrg(c);
    const d = store.schema.get(c.req.param('object'));
    const records =
      org && d
        ? store
            .all(org.id, d.name)
            .filter((r) => !r.deleted)
            .slice(0, 25)
            .map(link)
        : [];
    return respond(
      c,
      d?.labelPlural ?? 'Objects',
      heading(d?.labelPlural ?? 'Objects', `${d?.name ?? ''} ${c.req.param('view') ?? 'home'}`) +
        nav('Records', records),
    );
  });

  app.get('/lightning/setup/:page/:rest?', (c) => {
    const address = c.req.query('address') ?? '';
    const id = /\/([a-zA-Z0-9]{15,18})/.exec(address)?.[1];
    if (id) return recordPage(c, hostOrg(c), id, 'setup');
    return respond(
      c,
      'Setup',
      heading('Setup', c.req.param('page')) + nav('Records', anchors(hostOrg(c))),
    );
  });

  app.get('/apex/:page', (c) =>
    recordPage(c, hostOrg(c), c.req.query('id') ?? '', `Visualforce ${c.req.param('page')}`),
  );

  app.get('/one/one.app', (c) =>
    c.html(
      shell('Salesforce', heading('Loading', 'one.app') + nav('Records', anchors(hostOrg(c)))),
    ),
  );

  app.get('/lightning/*', (c) =>
    respond(c, 'Home', `<h1 data-title="Home">Home</h1>${nav('Records', anchors(hostOrg(c)))}`),
  );

  app.get('/:id{[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?}/:edit?', (c) =>
    recordPage(c, hostOrg(c), c.req.param('id'), c.req.param('edit') === 'e' ? 'edit' : 'view'),
  );

  app.get('/', (c) =>
    respond(c, 'Home', `<h1 data-title="Home">Home</h1>${nav('Records', anchors(hostOrg(c)))}`),
  );
}
