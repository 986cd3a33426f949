import { t } from '../i18n';
import { localDate, toLocalDate } from '../insights/dates';
import type { Evidence } from '../insights/evidence';
import type { Fact, FactKind } from '../insights/facts/types';
import type { Formatter } from '../insights/format';
import { createFormatter } from '../insights/format';
import { catalogueMessage } from '../insights/messages';
import { sentencesFor } from '../insights/sentences';
import type { RecordContext, RelatedItem, RelatedList } from '../salesforce/record-context';

import type { ChatOptions, ChatReply, Intent } from './types';

/** What every answer works from: the record, its facts, and formatting for the user. */
export interface ReplyInput {
  options: ChatOptions;
  context: RecordContext;
  facts: Fact[];
  fmt: Formatter;
  today: string;
  timeZone: string;
  currency: string | undefined;
}

export function replyInput(options: ChatOptions): ReplyInput {
  const { context } = options;
  const timeZone = options.timeZone ?? context.user.timeZone ?? 'UTC';
  const currency =
    typeof context.record.fields.CurrencyIsoCode === 'string'
      ? context.record.fields.CurrencyIsoCode
      : context.org.currencyIsoCode;
  return {
    options,
    context,
    facts: options.facts,
    fmt: createFormatter({ locale: options.locale ?? context.user.locale, currency, timeZone }),
    today: localDate(options.now, timeZone),
    timeZone,
    currency,
  };
}

export function factOf<K extends FactKind>(input: ReplyInput, kind: K): Fact<K> | undefined {
  // The union cannot narrow on a generic kind; the check above is what makes the cast sound.
  return input.facts.find((f) => f.kind === kind) as Fact<K> | undefined;
}

export function factsOf(input: ReplyInput, ...kinds: FactKind[]): Fact[] {
  return input.facts.filter((f) => kinds.includes(f.kind));
}

/** A fact as the summary states it, so chat and panel use the same words. */
export function factText(input: ReplyInput, fact: Fact): string {
  return sentencesFor(fact, input.fmt, input.today)
    .map((s) => catalogueMessage(s.id, s.params, input.fmt.locale))
    .join(' ');
}

export function listOf(input: ReplyInput, key: string): RelatedList | undefined {
  return input.context.related.find((l) => l.key === key);
}

export function dayOf(input: ReplyInput, value: unknown): string | undefined {
  return toLocalDate(value, input.timeZone);
}

export function recordEvidence(input: ReplyInput, field?: string): Evidence {
  const { object, record } = input.context;
  const evidence: Evidence = {
    objectApiName: object.name,
    recordId: record.ref.recordId,
    label: record.name,
  };
  if (field) {
    evidence.field = field;
    evidence.label = `${record.name}: ${object.fields[field]?.label ?? field}`;
  }

  return evidence;
}

export function itemEvidence(item: RelatedItem, field?: string): Evidence {
  const evidence: Evidence = {
    objectApiName: item.objectApiName,
    recordId: item.id,
    label: item.name,
  };
  if (field) evidence.field = field;
  return evidence;
}

/** One answer from several facts: their sentences in order, their evidence without repeats. */
export function fromFacts(input: ReplyInput, intent: Intent, facts: Fact[], lead = ''): ChatReply {
  const text = [lead, ...facts.map((f) => factText(input, f))].filter(Boolean).join(' ');
  return {
    kind: 'answer',
    intent,
    text,
    evidence: uniqueEvidence(facts.flatMap((f) => f.evidence)),
  };
}

export function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.recordId}:${e.field ?? ''}`;
    if (seen.has(key)) return false;

    seen.add(key);
    return true;
  });
}

export function unknown(text: string): ChatReply {
  return { kind: 'unknown', text: `${text} ${capabilities()}` };
}

/** What the built-in chat can answer, said after every answer it cannot give. */
export function capabilities(): string {
  return t('chatCapabilities');
}

/** Whether the record's activities were loaded, so "none" is a real answer. */
export function hasActivities(input: ReplyInput): boolean {
  return input.context.related.some((l) => l.key === 'tasks' || l.key === 'events');
}
