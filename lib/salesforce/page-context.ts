import { normaliseId } from './ids';
import { resolveOrgHost } from './hosts';
import type { Environment } from './record-context';

export type PageSurface =
  'record' | 'object' | 'console' | 'setup' | 'classic' | 'visualforce' | 'other';

export type PageAction = 'view' | 'edit' | 'clone' | 'related' | 'home' | 'list' | 'new';

/** What a Salesforce page is about, as far as its URL tells. */
export interface PageContext {
  /** Host name of the org's REST API (no scheme), e.g. `acme--uat.sandbox.my.salesforce.com`. */
  apiHost: string;
  /** `acme`, `acme--uat`; undefined on an instance host such as `na42.salesforce.com`. */
  myDomain: string | undefined;
  environment: Environment;
  surface: PageSurface;
  /** Only when the URL names it; a short record URL leaves it to the key prefix. */
  objectApiName?: string;
  /** Always the valid 18-character form. */
  recordId?: string;
  /** Key prefix of `recordId`, or of a Classic object page such as `/001/o`. */
  keyPrefix?: string;
  action?: PageAction;
  /** The related list of `/lightning/r/<Obj>/<id>/related/<List>/view`. */
  relatedList?: string;
  /** The list view of `/lightning/o/<Obj>/list?filterName=...`. */
  filterName?: string;
  /** In a console, the workspace (primary tab) that the focused page belongs to. */
  workspace?: { objectApiName?: string; recordId?: string };
  /** The setup page name, e.g. `ManageUsers`. */
  setupPage?: string;
  /** The page URL with credential-bearing parameters removed. */
  pageUrl: string;
}

type PagePart = Omit<PageContext, 'apiHost' | 'myDomain' | 'environment' | 'pageUrl'>;

const MAX_URL_LENGTH = 8 * 1024;
const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,79}$/;
const CREDENTIAL_PARAMS = /^(sid|oauth_token|access_token|refresh_token|code|token|session_?id)$/i;
const RECORD_ACTIONS: Readonly<Record<string, PageAction>> = {
  view: 'view',
  edit: 'edit',
  clone: 'clone',
};
const OBJECT_ACTIONS: Readonly<Record<string, PageAction>> = {
  home: 'home',
  list: 'list',
  new: 'new',
};

/** An id as it appears in a page path. Real ids always hold a digit; object names never do. */
function pathId(segment: string | undefined): string | undefined {
  if (!segment || !/[0-9]/.test(segment)) return undefined;
  return normaliseId(segment);
}

function apiName(segment: string | undefined): string | undefined {
  return segment && API_NAME.test(segment) && !pathId(segment) ? segment : undefined;
}

function segmentsOf(path: string): string[] {
  return path
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

function withRecord(part: PagePart, recordId: string | undefined): PagePart {
  return recordId ? { ...part, recordId, keyPrefix: recordId.slice(0, 3) } : part;
}

/** `/lightning/r/...` after `r`: `<Obj>/<id>/<action>`, `<id>/<action>`, `<Obj>/<id>/related/<List>/view`. */
function lightningRecord(rest: string[]): PagePart {
  const fullId = pathId(rest[1]);
  if (fullId) {
    const objectApiName = apiName(rest[0]);
    const base = withRecord({ surface: 'record', objectApiName }, fullId);
    if (rest[2] === 'related' && apiName(rest[3])) {
      return { ...base, action: 'related', relatedList: rest[3] };
    }

    return { ...base, action: RECORD_ACTIONS[rest[2] ?? 'view'] };
  }

  const shortId = pathId(rest[0]);
  if (shortId) {
    const base = withRecord({ surface: 'record' }, shortId);
    if (rest[1] === 'related' && apiName(rest[2])) {
      return { ...base, action: 'related', relatedList: rest[2] };
    }

    return { ...base, action: RECORD_ACTIONS[rest[1] ?? 'view'] };
  }

  return { surface: 'other', objectApiName: apiName(rest[0]) };
}

function lightningObject(rest: string[], params: URLSearchParams): PagePart {
  const objectApiName = apiName(rest[0]);
  if (!objectApiName) return { surface: 'other' };
  const action = OBJECT_ACTIONS[rest[1] ?? 'home'];
  const filterName = action === 'list' ? (params.get('filterName') ?? undefined) : undefined;
  return { surface: 'object', objectApiName, action, filterName };
}

/** Setup pages carry the Classic page they show in `address`, e.g. `/005xx0000012345?noredirect=1`. */
function setupPage(segments: string[], params: URLSearchParams): PagePart {
  const page = segments[0] === 'lightning' && segments[1] === 'setup' ? segments[2] : undefined;
  const part: PagePart = { surface: 'setup', setupPage: page && apiName(page) };
  if (page === 'ObjectManager') part.objectApiName = apiName(segments[3]);
  const address = params.get('address');
  if (!address) return part;
  const addressPath = address.split(/[?#]/)[0] ?? '';
  return withRecord(part, pathId(segmentsOf(addressPath)[0]));
}

/** The legacy `one.app` keeps its route in the fragment: `#/sObject/<id or Obj>/<action>`. */
function oneApp(fragment: string): PagePart {
  const route = segmentsOf(fragment.replace(/^#/, '').split('?')[0] ?? '');
  if (route[0] !== 'sObject') return { surface: 'other' };
  const recordId = pathId(route[1]);
  if (recordId)
    return withRecord({ surface: 'record', action: RECORD_ACTIONS[route[2] ?? 'view'] }, recordId);
  const objectApiName = apiName(route[1]);
  if (!objectApiName) return { surface: 'other' };
  return { surface: 'object', objectApiName, action: OBJECT_ACTIONS[route[2] ?? 'home'] };
}

function lightningPage(segments: string[], params: URLSearchParams): PagePart {
  const rest = segments.slice(2);
  const part =
    segments[1] === 'r'
      ? lightningRecord(rest)
      : segments[1] === 'o'
        ? lightningObject(rest, params)
        : { surface: 'other' as const };
  const ws = params.get('ws');
  if (!ws) return part;
  // In a console the path is the focused tab; `ws` is the workspace (primary tab) it sits in.
  const wsSegments = segmentsOf(ws.split(/[?#]/)[0] ?? '');
  const workspacePart =
    wsSegments[0] === 'lightning' && wsSegments[1] === 'r'
      ? lightningRecord(wsSegments.slice(2))
      : undefined;
  const workspace = workspacePart?.recordId
    ? { objectApiName: workspacePart.objectApiName, recordId: workspacePart.recordId }
    : undefined;
  const focused = part.recordId ? part : (workspacePart ?? part);
  return { ...focused, surface: 'console', workspace };
}

/** Classic: `/<id>`, `/<id>/e?retURL=...`, `/<prefix>/o`, `/<prefix>/e`, `/apex/<Page>?id=`. */
function classicPage(segments: string[], params: URLSearchParams): PagePart {
  if (segments[0] === 'apex') return visualforcePage(params);
  const recordId = pathId(segments[0]);
  if (recordId && segments.length <= 2) {
    const action = segments[1] === 'e' ? 'edit' : segments[1] === undefined ? 'view' : undefined;
    if (action) return withRecord({ surface: 'classic', action }, recordId);
  }

  const prefix = segments[0];
  if (prefix && /^[a-zA-Z0-9]{3}$/.test(prefix) && /[0-9]/.test(prefix) && segments.length === 2) {
    const action = segments[1] === 'o' ? 'home' : segments[1] === 'e' ? 'new' : undefined;
    if (action) return { surface: 'classic', keyPrefix: prefix, action };
  }

  return { surface: 'classic' };
}

function visualforcePage(params: URLSearchParams): PagePart {
  return withRecord({ surface: 'visualforce' }, pathId(params.get('id') ?? undefined));
}

function safePageUrl(url: URL): string {
  const copy = new URL(url.href);
  for (const name of [...copy.searchParams.keys()]) {
    if (CREDENTIAL_PARAMS.test(name)) copy.searchParams.delete(name);
  }

  if (/token=|sid=/i.test(copy.hash)) copy.hash = '';
  return copy.href;
}

function pagePart(url: URL, kind: string): PagePart {
  const segments = segmentsOf(url.pathname);
  const params = url.searchParams;
  if (kind === 'visualforce') return visualforcePage(params);
  if (kind === 'setup' || (segments[0] === 'lightning' && segments[1] === 'setup')) {
    return setupPage(segments, params);
  }

  if (segments[0] === 'lightning') return lightningPage(segments, params);
  if (segments[0] === 'one' && segments[1] === 'one.app') return oneApp(url.hash);
  if (kind === 'classic') return classicPage(segments, params);
  return { surface: 'other' };
}

/** Drops keys whose value is undefined, so contexts compare and serialise cleanly. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Recognises the Salesforce page a tab shows, from its URL alone.
 *
 * Returns null for anything that is not an org's page: non-https URLs, explicit ports or
 * credentials, hosts outside Salesforce's domains (including look-alikes such as
 * `salesforce.com.evil.example`), Salesforce sites that belong to no org (login, help), URLs over
 * 8 KB and strings that do not parse.
 *
 * For an org's page it names the API host to call and the org's My Domain and environment
 * (`X.lightning.force.com` and `X.my.salesforce-setup.com` → `X.my.salesforce.com`, partitions
 * such as `.sandbox.` kept, `.mcas.ms` stripped, Visualforce `X--pkg.vf.force.com` → `X`), then
 * what the page shows:
 * - Lightning records `/lightning/r/<Obj>/<id>/view|edit|clone`, the short `/lightning/r/<id>/view`
 *   (no object: map `keyPrefix` through the org's describeGlobal) and related lists
 *   `/lightning/r/<Obj>/<id>/related/<List>/view`;
 * - object pages `/lightning/o/<Obj>/home|list|new`;
 * - console pages (`?ws=`): the path is the focused tab and wins; `workspace` names the `ws` record;
 * - the legacy `/one/one.app#/sObject/<id>/view`;
 * - setup (`/lightning/setup/<Page>/...?address=/<id>`), on the setup host or any other;
 * - Classic `/<id>`, `/<id>/e?retURL=...`, `/<prefix>/o`;
 * - Visualforce `/apex/<Page>?id=<id>`.
 *
 * `recordId` is present only for a valid id (a wrong checksum is no id) and is always 18
 * characters, so the 15- and 18-character forms of one record give the same context. Any other
 * page of an org is `surface: 'other'`, which still tells which org the tab is in.
 */
export function parsePageContext(url: string): PageContext | null {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }

  if (parsed.protocol !== 'https:' || parsed.port || parsed.username || parsed.password) {
    return null;
  }

  const org = resolveOrgHost(parsed.hostname);
  if (!org) return null;
  const part = pagePart(parsed, org.kind);
  return compact({
    apiHost: org.apiHost,
    myDomain: org.myDomain,
    environment: org.environment,
    ...part,
    workspace: part.workspace && compact(part.workspace),
    pageUrl: safePageUrl(parsed),
  });
}
