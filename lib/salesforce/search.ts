import { t } from '../i18n';
import { normaliseId } from './ids';
import type { Problem, Result } from '../result';
import { fail, ok } from '../result';
import { soqlIdentifier, soslTerm } from './soql';

/**
 * Record search through `POST /parameterizedSearch`: one call across several objects. The term is
 * the user's text, escaped for SOSL here; object and field names come from code or admin settings
 * and are validated as API names.
 */
export interface SearchObject {
  name: string;
  /** Fields to return; the name field and `Id` are added when missing. */
  fields: string[];
  /** SOQL condition from code or admin settings, never from the search box. */
  where?: string;
  /** The field that names a record; `Name` unless given. */
  nameField?: string;
}

export const DEFAULT_SEARCH_OBJECTS: readonly SearchObject[] = [
  { name: 'Account', fields: ['Industry', 'BillingCity'] },
  { name: 'Contact', fields: ['Title', 'Email'] },
  { name: 'Opportunity', fields: ['StageName', 'CloseDate'] },
  { name: 'Lead', fields: ['Company', 'Status'] },
  { name: 'Case', nameField: 'CaseNumber', fields: ['Subject', 'Status'] },
];

/** The default objects followed by configured custom ones (a configured object replaces a default). */
export function searchObjectsWith(configured: readonly SearchObject[]): SearchObject[] {
  const names = new Set(configured.map((o) => o.name));
  return [...DEFAULT_SEARCH_OBJECTS.filter((o) => !names.has(o.name)), ...configured];
}

export interface ParameterizedSearchBody {
  q: string;
  in: 'ALL';
  overallLimit: number;
  sobjects: { name: string; fields: string[]; limit: number; where?: string }[];
}

export interface SearchProblem extends Problem {
  code: 'term-empty' | 'term-too-short' | 'term-too-long' | 'term-no-letters';
}

export const MIN_TERM_LENGTH = 2;
export const MAX_TERM_LENGTH = 200;
const MAX_OVERALL_LIMIT = 2000;

function fieldsOf(object: SearchObject): string[] {
  const nameField = object.nameField ?? 'Name';
  return [...new Set(['Id', nameField, ...object.fields])].map(soqlIdentifier);
}

/** The request body for a search, or a problem the user can fix when the term cannot be searched. */
export function buildSearchRequest(
  term: string,
  objects: readonly SearchObject[],
  limit: number,
): Result<ParameterizedSearchBody, SearchProblem> {
  const trimmed = term.trim().replace(/\s+/g, ' ');
  if (trimmed === '') {
    return fail({ code: 'term-empty', message: t('searchTerm_empty') });
  }

  if ([...trimmed].length < MIN_TERM_LENGTH) {
    return fail({ code: 'term-too-short', message: t('searchTerm_tooShort') });
  }

  if (trimmed.length > MAX_TERM_LENGTH) {
    return fail({ code: 'term-too-long', message: t('searchTerm_tooLong') });
  }

  if (!/[\p{L}\p{N}]/u.test(trimmed)) {
    return fail({ code: 'term-no-letters', message: t('searchTerm_noLetters') });
  }

  const perObject = Math.min(Math.max(Math.trunc(limit), 1), MAX_OVERALL_LIMIT);
  return ok({
    q: soslTerm(trimmed),
    in: 'ALL',
    overallLimit: Math.min(perObject * objects.length, MAX_OVERALL_LIMIT),
    sobjects: objects.map((o) => ({
      name: soqlIdentifier(o.name),
      fields: fieldsOf(o),
      limit: perObject,
      ...(o.where && { where: o.where }),
    })),
  });
}

export interface SearchHit {
  objectApiName: string;
  /** 18 characters. */
  id: string;
  name: string;
  /** Up to two short facts (industry, city, stage...), as text, in the configured order. */
  details: string[];
}

export interface SearchGroup {
  objectApiName: string;
  hits: SearchHit[];
}

function valueAt(row: Record<string, unknown>, path: string): unknown {
  let value: unknown = row;
  for (const part of path.split('.')) {
    value =
      value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  }

  return value;
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function hitOf(row: unknown, object: SearchObject): SearchHit | undefined {
  if (!row || typeof row !== 'object') return undefined;
  const record = row as Record<string, unknown>;
  const id = typeof record.Id === 'string' ? normaliseId(record.Id) : undefined;
  if (!id) return undefined;
  const nameField = object.nameField ?? 'Name';
  const details = object.fields
    .filter((f) => f !== 'Id' && f !== nameField)
    .map((f) => asText(valueAt(record, f)))
    .filter((v): v is string => v !== undefined)
    .slice(0, 2);
  return { objectApiName: object.name, id, name: asText(record[nameField]) ?? id, details };
}

/**
 * Groups the `searchRecords` of a search answer by object, in the order of `objects`; objects
 * without hits and records of other types are left out.
 */
export function groupSearchResults(
  searchRecords: unknown,
  objects: readonly SearchObject[],
): SearchGroup[] {
  const rows = Array.isArray(searchRecords) ? (searchRecords as unknown[]) : [];
  return objects.flatMap((object) => {
    const hits = rows
      .filter((row) => valueAt(row as Record<string, unknown>, 'attributes.type') === object.name)
      .map((row) => hitOf(row, object))
      .filter((hit): hit is SearchHit => hit !== undefined);
    return hits.length > 0 ? [{ objectApiName: object.name, hits }] : [];
  });
}
