import type { ObjectMeta } from '../../salesforce/describe';
import { nameFieldOf } from '../../salesforce/describe';
import type { RecordContext, RelatedItem, RelatedList } from '../../salesforce/record-context';
import { daysBetween, localDate, toLocalDate } from '../dates';
import type { Evidence } from '../evidence';

import type {
  Fact,
  FactKind,
  FactOptions,
  FactValuesByKind,
  Lens,
  Severity,
  Thresholds,
} from './types';
import { DEFAULT_THRESHOLDS } from './types';

/** What every fact computer gets: the context, today in the user's zone and the thresholds. */
export interface FactInput {
  context: RecordContext;
  today: string;
  timeZone: string;
  thresholds: Thresholds;
}

export function factInput(context: RecordContext, opts: FactOptions): FactInput {
  const timeZone = opts.timeZone ?? context.user.timeZone ?? 'UTC';
  return {
    context,
    timeZone,
    today: localDate(opts.now, timeZone),
    thresholds: { ...DEFAULT_THRESHOLDS, ...opts.thresholds },
  };
}

export function fact<K extends FactKind>(
  kind: K,
  lens: Lens,
  severity: Severity,
  values: FactValuesByKind[K],
  evidence: Evidence[],
  key?: string,
): Fact<K> {
  return { id: key ? `${kind}:${key}` : kind, lens, kind, severity, values, evidence };
}

export function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function field(context: RecordContext, name: string): unknown {
  return context.record.fields[name];
}

export function relatedList(context: RecordContext, key: string): RelatedList | undefined {
  return context.related.find((l) => l.key === key);
}

export function day(input: FactInput, value: unknown): string | undefined {
  return toLocalDate(value, input.timeZone);
}

/** Days since a date or datetime value, in the user's zone. */
export function ageDays(input: FactInput, value: unknown): number | null {
  const date = day(input, value);
  return date ? daysBetween(date, input.today) : null;
}

/** Evidence for a field of the record in view. */
export function recordEvidence(context: RecordContext, fieldName?: string): Evidence {
  const { record, object } = context;
  const evidence: Evidence = {
    objectApiName: object.name,
    recordId: record.ref.recordId,
    label: record.name,
  };
  if (fieldName) {
    evidence.field = fieldName;
    evidence.label = `${record.name}: ${labelOf(object, fieldName)}`;
  }

  return evidence;
}

export function itemEvidence(item: RelatedItem, fieldName?: string): Evidence {
  const evidence: Evidence = {
    objectApiName: item.objectApiName,
    recordId: item.id,
    label: item.name,
  };
  if (fieldName) evidence.field = fieldName;
  return evidence;
}

/** Evidence is capped so a huge list does not flood the panel; the first rows carry the point. */
export const MAX_EVIDENCE = 10;

export function itemsEvidence(items: RelatedItem[], fieldName?: string): Evidence[] {
  return items.slice(0, MAX_EVIDENCE).map((i) => itemEvidence(i, fieldName));
}

export function labelOf(object: ObjectMeta, fieldName: string): string {
  return object.fields[fieldName]?.label ?? fieldName;
}

export function recordName(context: RecordContext): string {
  return text(field(context, nameFieldOf(context.object))) ?? context.record.name;
}

/** Whether the row list holds every matching row, so counts over items are exact. */
export function isComplete(list: RelatedList): boolean {
  return list.items.length >= list.totalSize;
}

export function countBy(items: RelatedItem[], fieldName: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const key = text(item.fields[fieldName]) ?? 'None';
    counts[key] = (counts[key] ?? 0) + 1;
  }

  return counts;
}
