import type { FieldMeta, ObjectMeta } from './describe';
import { nameFieldOf } from './describe';
import { normaliseId } from './ids';
import type { RelatedListDefinition } from './related';
import { isSoqlIdentifier, soqlIdentifier } from './soql';

export { parseRecordLoad } from './record-load-parse';
export type { RecordLoadNote, RecordLoadProblem, LoadedRecordContext } from './record-load-parse';

/**
 * One record view costs one API call: a composite request that reads the record and, per related
 * list, its first rows and its true count. This file plans that request; record-load-parse.ts reads
 * the answer.
 */
export const MAX_COMPOSITE_SUBREQUESTS = 25;
export const MAX_RECORD_FIELDS = 40;

export interface CompositeSubrequest {
  method: 'GET';
  url: string;
  referenceId: string;
}

export interface CompositeRequestBody {
  allOrNone: false;
  compositeRequest: CompositeSubrequest[];
}

export interface PlannedRelatedList {
  definition: RelatedListDefinition;
  /** The fields queried (the definition's, less any the org lacks). */
  fields: string[];
  queryReferenceId: string;
  countReferenceId: string;
}

export type SkipReason = 'object-unavailable' | 'field-unavailable' | 'subrequest-limit';

export interface SkippedRelatedList {
  key: string;
  label: string;
  reason: SkipReason;
}

export interface RecordLoadPlan {
  objectApiName: string;
  recordId: string;
  /** `POST` this path on the API host with `body`. */
  path: string;
  body: CompositeRequestBody;
  recordReferenceId: string;
  recordFields: string[];
  lists: PlannedRelatedList[];
  skipped: SkippedRelatedList[];
}

export interface RecordLoadInput {
  object: ObjectMeta;
  /** 18 characters; anything that is not a valid id is a bug and throws. */
  recordId: string;
  /** `62.0` (or `v62.0`). */
  apiVersion: string;
  /** In order of importance: the last ones are dropped first when the request would be too big. */
  relatedLists: readonly RelatedListDefinition[];
  /** True when the org has the object and the user may query it (from describeGlobal). */
  available: (objectApiName: string) => boolean;
  /** Describes of related objects when already known, to leave out fields the org lacks. */
  describeOf?: (objectApiName: string) => ObjectMeta | undefined;
}

/** Standard fields worth reading when the object has them, in order of use to follow-up. */
const KEY_FIELDS = [
  'Subject', 'CaseNumber', 'Status', 'StageName', 'Priority', 'IsClosed', 'IsWon', 'IsEscalated',
  'Amount', 'CloseDate', 'Probability', 'ForecastCategoryName', 'NextStep', 'Type', 'Rating',
  'Industry', 'Origin', 'Reason', 'LeadSource', 'AccountId', 'ContactId', 'ParentId', 'Title',
  'Company', 'Email', 'Phone', 'Website', 'AnnualRevenue', 'NumberOfEmployees', 'ClosedDate',
  'LastActivityDate', 'CreatedDate', 'Description',
]; // prettier-ignore

const SYSTEM_FIELDS = ['LastModifiedDate', 'SystemModstamp'];
const SIGNAL_NAME = /(status|stage|priority|health|severity|rating|type|risk|next.?step)/i;
const SKIPPED_TYPES = new Set(['base64', 'address', 'location', 'anyType', 'encryptedstring']);
/** Objects whose records all have a `Name`; polymorphic relationships resolve to Name too. */
const NAMED_OBJECTS = new Set([
  'User',
  'Group',
  'RecordType',
  'Account',
  'Contact',
  'Lead',
  'Opportunity',
  'Campaign',
]);

/** `Owner.Name` for a lookup whose target surely has a Name, so the read cannot fail on it. */
function relationshipName(field: FieldMeta): string | undefined {
  if (field.type !== 'reference' || !field.relationshipName) return undefined;
  const targets = field.referenceTo;
  const named =
    targets.length > 1 || targets.every((t) => NAMED_OBJECTS.has(t) || t.endsWith('__c'));
  return targets.length > 0 && named ? `${field.relationshipName}.Name` : undefined;
}

function extraFieldRank(field: FieldMeta): number {
  if (SIGNAL_NAME.test(field.name) && ['picklist', 'string'].includes(field.type)) return 0;
  if (['date', 'datetime'].includes(field.type)) return 1;
  if (['currency', 'percent'].includes(field.type)) return 2;
  if (field.type === 'reference') return 3;
  if (field.type === 'textarea') return 4;
  return 5;
}

/** The fields to read for the record view, chosen from what the describe says the user can see. */
export function chooseRecordFields(object: ObjectMeta, max = MAX_RECORD_FIELDS): string[] {
  const chosen = new Set<string>();
  const add = (name: string | undefined): void => {
    if (!name || chosen.has(name) || !isSoqlIdentifier(name)) return;
    const field = object.fields[name.split('.')[0] ?? ''];
    if (name.includes('.') || (field && !SKIPPED_TYPES.has(field.type))) chosen.add(name);
  };
  const addWithName = (name: string): void => {
    const field = object.fields[name];
    if (!field) return;
    add(name);
    add(relationshipName(field));
  };

  add('Id');
  add(nameFieldOf(object));
  addWithName('OwnerId');
  addWithName('RecordTypeId');
  SYSTEM_FIELDS.forEach(add);
  // Multi-currency orgs only: the record's own currency formats its amounts.
  add('CurrencyIsoCode');
  object.compactFields?.forEach(addWithName);
  KEY_FIELDS.forEach(addWithName);
  Object.values(object.fields)
    .filter((f) => f.custom)
    .sort((a, b) => extraFieldRank(a) - extraFieldRank(b))
    .forEach((f) => addWithName(f.name));

  return [...chosen].slice(0, max);
}

/** Field names a SOQL condition or order refers to (quoted text and upper-case keywords aside). */
function fieldsIn(clause: string): string[] {
  const words = clause.replace(/'(?:\\.|[^'\\])*'/g, ' ').match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? [];
  return words.filter((w) => !/^[A-Z_]+$/.test(w) && !/^(true|false|null)$/i.test(w));
}

function hasField(meta: ObjectMeta, path: string): boolean {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) return head !== undefined && head in meta.fields;
  return Object.values(meta.fields).some((f) => f.relationshipName === head);
}

function planList(
  definition: RelatedListDefinition,
  input: RecordLoadInput,
): { fields: string[] } | { skip: SkipReason } {
  if (!input.available(definition.objectApiName)) return { skip: 'object-unavailable' };
  const meta = input.describeOf?.(definition.objectApiName);
  if (!meta) return { fields: definition.fields };
  const clauses = [...fieldsIn(definition.where), ...fieldsIn(definition.orderBy)];
  if (!clauses.every((f) => hasField(meta, f))) return { skip: 'field-unavailable' };
  const fields = definition.fields.filter((f) => hasField(meta, f));
  return fields.includes('Id') ? { fields } : { skip: 'field-unavailable' };
}

/** The rows query and the `COUNT()` query of a list; `:id` becomes the validated record id. */
function listSoql(definition: RelatedListDefinition, fields: string[], id: string) {
  const from = soqlIdentifier(definition.objectApiName);
  const where = definition.where.replaceAll(':id', id);
  const limit = Math.min(Math.max(Math.trunc(definition.limit), 1), 200);
  const select = fields.map(soqlIdentifier).join(', ');
  return {
    rows: `SELECT ${select} FROM ${from} WHERE ${where} ORDER BY ${definition.orderBy} LIMIT ${limit}`,
    count: `SELECT COUNT() FROM ${from} WHERE ${where}`,
  };
}

function referenceKey(key: string): string {
  return key.replace(/[^A-Za-z0-9_]/g, '_');
}

/** Plans the one composite request that loads a record view. */
export function planRecordLoad(input: RecordLoadInput): RecordLoadPlan {
  const recordId = normaliseId(input.recordId);
  if (!recordId) throw new RangeError('planRecordLoad needs a valid record id');
  const version = /^v?(\d{2,3}\.0)$/.exec(input.apiVersion)?.[1];
  if (!version) throw new RangeError('planRecordLoad needs an API version such as 62.0');
  const base = `/services/data/v${version}`;
  const objectApiName = soqlIdentifier(input.object.name);
  const recordFields = chooseRecordFields(input.object);
  const recordReferenceId = 'record';
  const subrequests: CompositeSubrequest[] = [
    {
      method: 'GET',
      url: `${base}/sobjects/${objectApiName}/${recordId}?fields=${recordFields.join(',')}`,
      referenceId: recordReferenceId,
    },
  ];
  const lists: PlannedRelatedList[] = [];
  const skipped: SkippedRelatedList[] = [];
  const seen = new Set<string>();

  for (const definition of input.relatedLists) {
    const { key, label } = definition;
    const ref = referenceKey(key);
    if (seen.has(ref)) throw new RangeError('Related list keys must be unique');
    seen.add(ref);
    const planned = planList(definition, input);
    if ('skip' in planned) {
      skipped.push({ key, label, reason: planned.skip });
      continue;
    }

    if (subrequests.length + 2 > MAX_COMPOSITE_SUBREQUESTS) {
      skipped.push({ key, label, reason: 'subrequest-limit' });
      continue;
    }

    const soql = listSoql(definition, planned.fields, recordId);
    subrequests.push(
      {
        method: 'GET',
        url: `${base}/query?q=${encodeURIComponent(soql.rows)}`,
        referenceId: `list_${ref}`,
      },
      {
        method: 'GET',
        url: `${base}/query?q=${encodeURIComponent(soql.count)}`,
        referenceId: `count_${ref}`,
      },
    );
    lists.push({
      definition,
      fields: planned.fields,
      queryReferenceId: `list_${ref}`,
      countReferenceId: `count_${ref}`,
    });
  }

  return {
    objectApiName,
    recordId,
    path: `${base}/composite`,
    body: { allOrNone: false, compositeRequest: subrequests },
    recordReferenceId,
    recordFields,
    lists,
    skipped,
  };
}
