import { z } from 'zod';

import type { ObjectMeta } from './describe';
import { nameFieldOf } from './describe';
import { sameId } from './ids';
import type {
  FieldValues,
  OrgInfo,
  RecordContext,
  RelatedItem,
  RelatedList,
  UserInfo,
} from './record-context';
import type { PlannedRelatedList, RecordLoadPlan, SkipReason } from './record-load';
import { t } from '../i18n';
import type { Problem, Result } from '../result';
import { fail, ok } from '../result';

export interface RecordLoadProblem extends Problem {
  code: 'not-found' | 'no-access' | 'deleted' | 'api-limit' | 'load-failed' | 'unexpected-response';
  /** Salesforce's `errorCode`, when it sent one. */
  errorCode?: string;
}

/** Why a related list is missing from the view or incomplete. Holds no record contents. */
export interface RecordLoadNote {
  key: string;
  label: string;
  reason: SkipReason | 'query-failed' | 'count-failed';
  errorCode?: string;
}

export interface LoadedRecordContext extends RecordContext {
  notes: RecordLoadNote[];
}

const subresponseSchema = z.object({
  body: z.unknown(),
  httpStatusCode: z.number(),
  referenceId: z.string(),
});
const compositeSchema = z.object({ compositeResponse: z.array(subresponseSchema) });
const errorsSchema = z.array(z.object({ errorCode: z.string(), message: z.string().optional() }));
const recordSchema = z.looseObject({ Id: z.string() });
const querySchema = z.object({ totalSize: z.number(), records: z.array(z.looseObject({})) });

type Subresponse = z.infer<typeof subresponseSchema>;

function errorCodeOf(response: Subresponse): string | undefined {
  const errors = errorsSchema.safeParse(response.body);
  return errors.success ? errors.data[0]?.errorCode : undefined;
}

function recordProblem(response: Subresponse): RecordLoadProblem {
  const errorCode = errorCodeOf(response);
  const status = response.httpStatusCode;
  if (errorCode === 'ENTITY_IS_DELETED') {
    return { code: 'deleted', errorCode, message: t('recordLoad_deleted') };
  }

  if (errorCode === 'REQUEST_LIMIT_EXCEEDED') {
    return {
      code: 'api-limit',
      errorCode,
      message: t('recordLoad_limit'),
      remedy: t('recordLoad_limitRemedy'),
    };
  }

  if (status === 403 || errorCode?.startsWith('INSUFFICIENT_ACCESS')) {
    return {
      code: 'no-access',
      errorCode,
      message: t('recordLoad_noAccess'),
      remedy: t('recordLoad_noAccessRemedy'),
    };
  }

  if (status === 404) {
    return {
      code: 'not-found',
      errorCode,
      message: t('recordLoad_notFound'),
      remedy: t('recordLoad_notFoundRemedy'),
    };
  }

  return {
    code: 'load-failed',
    errorCode,
    message: t('recordLoad_failed'),
    remedy: t('recordLoad_failedRemedy'),
  };
}

/** Values as the API sent them, less the `attributes` bookkeeping at every level. */
function withoutAttributes(value: Record<string, unknown>): FieldValues {
  const out: FieldValues = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === 'attributes') continue;
    out[key] =
      v && typeof v === 'object' && !Array.isArray(v)
        ? withoutAttributes(v as Record<string, unknown>)
        : v;
  }

  return out;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function nested(value: unknown, field: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[field] : undefined;
}

function itemName(row: Record<string, unknown>): string | undefined {
  for (const field of ['Name', 'Subject', 'CaseNumber', 'Title']) {
    const name = text(row[field]);
    if (name) return name;
  }

  return text(nested(row.Contact, 'Name')) ?? text(nested(row.Who, 'Name'));
}

function relatedList(
  planned: PlannedRelatedList,
  byRef: Map<string, Subresponse>,
  notes: RecordLoadNote[],
): RelatedList | undefined {
  const { key, label, objectApiName } = planned.definition;
  const listResponse = byRef.get(planned.queryReferenceId);
  const list = querySchema.safeParse(listResponse?.body);
  if (!listResponse || listResponse.httpStatusCode >= 300 || !list.success) {
    const errorCode = listResponse && errorCodeOf(listResponse);
    notes.push({ key, label, reason: 'query-failed', ...(errorCode && { errorCode }) });
    return undefined;
  }

  const items: RelatedItem[] = list.data.records.flatMap((row) => {
    const id = text(row.Id);
    if (!id) return [];
    const type = text(nested(row.attributes, 'type')) ?? objectApiName;
    return [{ objectApiName: type, id, name: itemName(row) ?? id, fields: withoutAttributes(row) }];
  });
  const countResponse = byRef.get(planned.countReferenceId);
  const count = querySchema.safeParse(countResponse?.body);
  const counted = countResponse && countResponse.httpStatusCode < 300 && count.success;
  if (!counted) {
    const errorCode = countResponse && errorCodeOf(countResponse);
    notes.push({ key, label, reason: 'count-failed', ...(errorCode && { errorCode }) });
  }

  const totalSize = counted ? Math.max(count.data.totalSize, items.length) : items.length;
  return { key, label, objectApiName, totalSize, items };
}

const unexpected: RecordLoadProblem = {
  code: 'unexpected-response',
  message: t('recordLoad_unexpected'),
  remedy: t('recordLoad_unexpectedRemedy'),
};

/**
 * Reads the composite answer to a `planRecordLoad` request. A failed record read is the whole
 * view's problem; a failed related list is left out with a note, never failing the view. Rich text
 * stays as Salesforce sent it: the panel sanitises it as it shows it (lib/format/rich-text.ts).
 */
export function parseRecordLoad(
  response: unknown,
  plan: RecordLoadPlan,
  org: OrgInfo,
  user: UserInfo,
  object: ObjectMeta,
  now: Date,
): Result<LoadedRecordContext, RecordLoadProblem> {
  const composite = compositeSchema.safeParse(response);
  if (!composite.success) return fail(unexpected);
  const byRef = new Map(composite.data.compositeResponse.map((r) => [r.referenceId, r]));
  const recordResponse = byRef.get(plan.recordReferenceId);
  if (!recordResponse) return fail(unexpected);
  if (recordResponse.httpStatusCode >= 300) return fail(recordProblem(recordResponse));
  const record = recordSchema.safeParse(recordResponse.body);
  if (!record.success || !sameId(record.data.Id, plan.recordId)) return fail(unexpected);

  const fields = withoutAttributes(record.data);
  const notes: RecordLoadNote[] = plan.skipped.map(({ key, label, reason }) => ({
    key,
    label,
    reason,
  }));
  const related = plan.lists.flatMap((planned) => relatedList(planned, byRef, notes) ?? []);

  return ok({
    org,
    user,
    object,
    record: {
      ref: {
        orgId: org.id,
        apiHost: org.apiHost,
        objectApiName: plan.objectApiName,
        recordId: plan.recordId,
      },
      name: text(fields[nameFieldOf(object)]) ?? plan.recordId,
      fields,
      lastModifiedDate: text(fields.LastModifiedDate) ?? '',
      recordTypeId: text(fields.RecordTypeId),
    },
    related,
    loadedAt: now.toISOString(),
    notes,
  });
}
