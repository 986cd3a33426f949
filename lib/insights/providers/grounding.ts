import type { FieldMeta } from '../../salesforce/describe';
import type { FieldValues, RecordContext } from '../../salesforce/record-context';
import { localDate } from '../dates';
import type { Fact } from '../facts/types';

/**
 * Exactly what a model is shown: the record's loaded fields, the related rows, the facts and the
 * fields it may propose changes to. Nothing else about the user or the org is sent.
 */
export interface Grounding {
  today: string;
  timeZone: string;
  locale: string;
  currency: string | undefined;
  record: { object: string; objectLabel: string; name: string; fields: FieldValues };
  related: {
    key: string;
    label: string;
    totalSize: number;
    items: { name: string; fields: FieldValues }[];
  }[];
  facts: { id: string; lens: string; kind: string; severity: string; values: unknown }[];
  editableFields: {
    name: string;
    label: string;
    type: string;
    maxLength?: number;
    values?: string[];
  }[];
}

function present(fields: FieldValues): FieldValues {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([name, v]) => v !== null && v !== undefined && name !== 'attributes',
    ),
  );
}

function editable(field: FieldMeta): Grounding['editableFields'][number] {
  const entry: Grounding['editableFields'][number] = {
    name: field.name,
    label: field.label,
    type: field.type,
  };
  if (field.length > 0) entry.maxLength = field.length;
  if (field.type === 'picklist' || field.type === 'multipicklist') {
    entry.values = field.picklistValues.filter((p) => p.active).map((p) => p.value);
  }

  return entry;
}

export function buildGrounding(
  context: RecordContext,
  facts: Fact[],
  opts: { now: Date; timeZone?: string; locale?: string; currency?: string },
): Grounding {
  const timeZone = opts.timeZone ?? context.user.timeZone ?? 'UTC';
  const loaded = new Set(Object.keys(context.record.fields));
  return {
    today: localDate(opts.now, timeZone),
    timeZone,
    locale: opts.locale ?? context.user.locale ?? 'en_US',
    currency: opts.currency ?? context.org.currencyIsoCode,
    record: {
      object: context.object.name,
      objectLabel: context.object.label,
      name: context.record.name,
      fields: present(context.record.fields),
    },
    related: context.related.map((l) => ({
      key: l.key,
      label: l.label,
      totalSize: l.totalSize,
      items: l.items.map((i) => ({ name: i.name, fields: present(i.fields) })),
    })),
    facts: facts.map((f) => ({
      id: f.id,
      lens: f.lens,
      kind: f.kind,
      severity: f.severity,
      values: f.values,
    })),
    // Only fields of the loaded record: the model proposes changes to what it can see.
    editableFields: Object.values(context.object.fields)
      .filter((f) => f.updateable && !f.calculated && loaded.has(f.name))
      .map(editable),
  };
}

export const SYSTEM_PROMPT = [
  'You are Sofie, an assistant beside a Salesforce record.',
  'Use only the data in the user message. Do not invent names, numbers, dates or events.',
  'Answer with one JSON object and nothing else, in this shape:',
  '{"summary":{"quality":[{"text":"...","facts":["<fact id>"]}],"customer":[...],"project":[...]},',
  '"updates":[{"field":"<API name>","value":<value>,"reason":"...","confidence":0.0}]}.',
  'Each lens has at most four short sentences in plain English; cite the ids of the facts each',
  'sentence rests on. Propose an update only for a field in editableFields, only when the data',
  'supports it, with a value of the field type (dates as YYYY-MM-DD, picklists from values).',
  'Propose nothing when unsure: an empty list is a good answer.',
].join(' ');
