import { formatFieldValue } from '../format/field-value';
import { localDate } from '../insights/dates';
import type { Evidence } from '../insights/evidence';
import type { Fact } from '../insights/facts/types';
import { createFormatter, toBcp47 } from '../insights/format';
import { catalogueMessage } from '../insights/messages';
import { sentencesFor } from '../insights/sentences';
import type { Summary } from '../insights/summary';
import { summariseFacts } from '../insights/summary';
import { keyFieldsOf } from '../salesforce/key-fields';
import type { FieldValues, RecordContext } from '../salesforce/record-context';

import type { BundleEvidence, BundleScalar, ContextBundle } from './bundle-schema';
import { CONTEXT_BUNDLE_SCHEMA, CONTEXT_BUNDLE_VERSION } from './bundle-schema';
import { recordLink } from './links';
import { htmlToPlainText, looksLikeHtml } from './plain-text';

export interface BundleOptions {
  now: Date;
  /** The user's locale (`en_GB`, `de-DE`) for the display values. */
  locale: string;
  /** Defaults to the user's zone in the context, then UTC. */
  timeZone?: string;
  /** Defaults to the org's corporate currency. */
  currency?: string;
  /** Fields to list under the record; defaults to the object's key fields. */
  keyFieldNames?: string[];
  /** Rows per related list; a receiver sees `totalSize` for the true count. */
  maxRelatedItems?: number;
}

const SKIPPED_DETAILS = new Set(['Id', 'attributes']);

function plain(value: string, rich: boolean): string {
  return rich || looksLikeHtml(value) ? htmlToPlainText(value) : value;
}

function toEvidence(apiHost: string, evidence: Evidence): BundleEvidence {
  return {
    objectApiName: evidence.objectApiName,
    recordId: evidence.recordId,
    ...(evidence.field ? { field: evidence.field } : {}),
    label: plain(evidence.label, false),
    link: recordLink(apiHost, evidence.objectApiName, evidence.recordId),
  };
}

/** A relationship (`Owner: { Name }`) shows by its name; anything else that is not scalar is dropped. */
function scalarOf(value: unknown, rich: boolean): BundleScalar | undefined {
  if (typeof value === 'string') return plain(value, rich);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (typeof value === 'object' && value !== undefined) {
    const name = (value as { Name?: unknown }).Name;
    return typeof name === 'string' ? plain(name, false) : undefined;
  }

  return undefined;
}

function details(fields: FieldValues): Record<string, BundleScalar> {
  const out: Record<string, BundleScalar> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (SKIPPED_DETAILS.has(name) || value === null || value === undefined) continue;

    const scalar = scalarOf(value, false);
    if (scalar === undefined || scalar === null) continue;
    out[typeof value === 'object' ? `${name}.Name` : name] = scalar;
  }

  return out;
}

/**
 * The bundle for one record view: pure, deterministic for the same inputs, and always valid
 * against `contextBundleSchema`. Without a summary the built-in one is used.
 */
export function buildContextBundle(
  context: RecordContext,
  facts: Fact[],
  summary: Summary | undefined,
  opts: BundleOptions,
): ContextBundle {
  const { org, user, object, record } = context;
  const timeZone = opts.timeZone ?? user.timeZone ?? 'UTC';
  const currency =
    opts.currency ??
    (typeof record.fields.CurrencyIsoCode === 'string'
      ? record.fields.CurrencyIsoCode
      : undefined) ??
    org.currencyIsoCode;
  const format = { locale: toBcp47(opts.locale), timeZone, currency };
  const fmt = createFormatter(format);
  const today = localDate(opts.now, timeZone);
  const evidence = (list: Evidence[]) => list.map((e) => toEvidence(org.apiHost, e));
  const used = summary ?? summariseFacts(facts, { ...format, now: opts.now });
  const keyFields = opts.keyFieldNames
    ? opts.keyFieldNames.flatMap((n) => (object.fields[n] ? [object.fields[n]] : []))
    : keyFieldsOf(object);
  const maxItems = opts.maxRelatedItems ?? 20;

  return {
    schema: CONTEXT_BUNDLE_SCHEMA,
    version: CONTEXT_BUNDLE_VERSION,
    generatedAt: opts.now.toISOString(),
    record: {
      orgId: org.id,
      myDomain: org.myDomain ?? null,
      apiHost: org.apiHost,
      objectApiName: object.name,
      objectLabel: object.label,
      id: record.ref.recordId,
      name: plain(record.name, false),
      link: recordLink(org.apiHost, object.name, record.ref.recordId),
    },
    user: { id: user.id, username: user.username, displayName: user.displayName },
    facts: facts.map((f) => ({
      id: f.id,
      lens: f.lens,
      kind: f.kind,
      severity: f.severity,
      text: sentencesFor(f, fmt, today)
        .map((s) => catalogueMessage(s.id, s.params, fmt.locale))
        .join(' '),
      evidence: evidence(f.evidence),
    })),
    summary: {
      lenses: used.lenses.map((l) => ({
        lens: l.lens,
        sentences: l.sentences.map((s) => ({ text: s.text, evidence: evidence(s.evidence) })),
      })),
      generated: used.generated,
      provider: used.provider,
    },
    keyFields: keyFields.map((meta) => {
      const raw = record.fields[meta.name];
      const value = scalarOf(raw ?? null, meta.htmlFormatted) ?? null;
      const display =
        meta.htmlFormatted && typeof value === 'string'
          ? value || '—'
          : formatFieldValue(meta, value, format);
      return { name: meta.name, label: meta.label, value, display: display.replace(/\s+/g, ' ') };
    }),
    related: context.related.map((l) => ({
      key: l.key,
      label: l.label,
      totalSize: l.totalSize,
      items: l.items.slice(0, maxItems).map((i) => ({
        id: i.id,
        objectApiName: i.objectApiName,
        name: plain(i.name, false),
        link: recordLink(org.apiHost, i.objectApiName, i.id),
        details: details(i.fields),
      })),
    })),
  };
}
