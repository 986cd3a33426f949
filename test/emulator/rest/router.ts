/** Maps a versioned API path to its handler. */
import { type ApiDeps, type ApiRequest, type ApiResponse, type Handler, notFound } from './api';
import { collections } from './collections';
import { primaryCompactLayout } from './compact-layouts';
import { composite } from './composite';
import { query, queryMore } from './query';
import { limits, resources } from './resources';
import { parameterizedSearch, search } from './search';
import { describeGlobal, describeObject, objectInfo, record } from './sobjects';
import {
  objectInfoUi,
  picklistValues,
  picklistValuesCollection,
  recordUi,
  uiRecord,
} from './ui-api';

const ROUTES: [RegExp, Handler][] = [
  [/^$/, resources],
  [/^\/sobjects$/, describeGlobal],
  [/^\/sobjects\/(\w+)$/, objectInfo],
  [/^\/sobjects\/(\w+)\/describe$/, describeObject],
  [/^\/sobjects\/(\w+)\/describe\/compactLayouts\/primary$/, primaryCompactLayout],
  [/^\/sobjects\/(\w+)\/([^/]+)$/, record],
  [/^\/(query|queryAll)$/, query],
  [/^\/(?:query|queryAll)\/([A-Za-z0-9]+)-(\d+)$/, queryMore],
  [/^\/search$/, search],
  [/^\/parameterizedSearch$/, parameterizedSearch],
  [/^\/composite$/, composite],
  [/^\/composite\/sobjects(?:\/(\w+))?$/, collections],
  [/^\/limits$/, limits],
  [/^\/ui-api\/records\/([A-Za-z0-9]+)$/, uiRecord],
  [/^\/ui-api\/record-ui\/([A-Za-z0-9,]+)$/, recordUi],
  [/^\/ui-api\/object-info\/(\w+)$/, objectInfoUi],
  [/^\/ui-api\/object-info\/(\w+)\/picklist-values\/([A-Za-z0-9]+)$/, picklistValuesCollection],
  [/^\/ui-api\/object-info\/(\w+)\/picklist-values\/([A-Za-z0-9]+)\/(\w+)$/, picklistValues],
];

export function dispatch(req: ApiRequest, deps: ApiDeps): ApiResponse {
  const path = req.path.replace(/\/+$/, '');
  for (const [pattern, handler] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return handler({ ...req, path }, deps, match);
  }
  return notFound();
}
