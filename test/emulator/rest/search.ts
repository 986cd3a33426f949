/** `search` (SOSL text) and `parameterizedSearch` (GET parameters or a POST JSON body). */
import { search as runSosl } from '../data/sosl/search';
import { type ApiRequest, context, type Handler, error, fail } from './api';

export const search: Handler = (req, deps) => {
  const q = req.query.get('q');
  if (!q)
    return error(
      400,
      'MALFORMED_SEARCH',
      'No search term found. The search term must be enclosed in braces.',
    );
  const result = runSosl(context(req, deps), q);
  return result.ok
    ? { status: 200, body: { searchRecords: result.records } }
    : fail(result.failure);
};

interface ObjectSpec {
  name: string;
  fields?: string[];
  limit?: number;
  where?: string;
}

function specFromQuery(req: ApiRequest) {
  const p = req.query;
  const objects = p.getAll('sobject').flatMap((s) => s.split(','));
  const fields = p.get('fields')?.split(',');
  return {
    q: p.get('q') ?? '',
    in: p.get('in') ?? 'ALL',
    overallLimit: p.get('overallLimit') ? Number(p.get('overallLimit')) : undefined,
    sobjects: objects.map((name) => ({
      name,
      fields: p.get(`${name}.fields`)?.split(',') ?? fields,
      limit: p.get(`${name}.limit`) ? Number(p.get(`${name}.limit`)) : undefined,
      where: p.get(`${name}.where`) ?? undefined,
    })) as ObjectSpec[],
  };
}

/** Builds the SOSL the parameters stand for; the term is passed on as given (no escaping). */
export const parameterizedSearch: Handler = (req, deps) => {
  const raw = req.method === 'POST' ? (req.body as Record<string, unknown> | null) : null;
  const spec = raw
    ? {
        q: typeof raw.q === 'string' ? raw.q : '',
        in: typeof raw.in === 'string' ? raw.in : 'ALL',
        overallLimit: typeof raw.overallLimit === 'number' ? raw.overallLimit : undefined,
        sobjects: (Array.isArray(raw.sobjects) ? raw.sobjects : []).map((o: ObjectSpec) => ({
          ...o,
          fields: o.fields ?? (Array.isArray(raw.fields) ? (raw.fields as string[]) : undefined),
        })),
      }
    : specFromQuery(req);
  if (!spec.q) return error(400, 'INVALID_SEARCH', 'Search term must be specified');
  const returning = spec.sobjects
    .map((o) => {
      const parts = [(o.fields ?? ['Id']).join(', ')];
      if (o.where) parts.push(`WHERE ${o.where}`);
      if (o.limit) parts.push(`LIMIT ${o.limit}`);
      return `${o.name}(${parts.join(' ')})`;
    })
    .join(', ');
  const sosl = `FIND {${spec.q}} IN ${spec.in.toUpperCase()} FIELDS${returning ? ` RETURNING ${returning}` : ''}${spec.overallLimit ? ` LIMIT ${spec.overallLimit}` : ''}`;
  const result = runSosl(context(req, deps), sosl);
  return result.ok
    ? { status: 200, body: { searchRecords: result.records } }
    : fail(result.failure);
};
