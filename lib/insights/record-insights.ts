import type { RecordContext } from '../salesforce/record-context';
import type { WritePolicy } from '../settings/write-policy';
import { collectFacts, type Fact } from './facts/index';
import { suggestUpdates, type RejectedSuggestion, type SuggestedUpdate } from './suggestions';
import { summariseFacts, type Summary } from './summary';

/** Everything the panel shows about a record beyond its fields, computed in the extension. */
export interface RecordInsights {
  facts: Fact[];
  summary: Summary;
  suggestions: SuggestedUpdate[];
  rejected: RejectedSuggestion[];
}

export interface InsightOptions {
  now: Date;
  locale: string;
  timeZone: string;
  policy: WritePolicy;
}

/** The built-in, deterministic insights: no record data leaves the browser for these. */
export function buildInsights(context: RecordContext, opts: InsightOptions): RecordInsights {
  const timeZone = context.user.timeZone ?? opts.timeZone;
  const facts = collectFacts(context, { now: opts.now, timeZone });
  const summary = summariseFacts(facts, {
    now: opts.now,
    locale: opts.locale,
    currency: context.org.currencyIsoCode,
    timeZone,
  });
  const { suggestions, rejected } = suggestUpdates(context, facts, {
    now: opts.now,
    timeZone,
    policy: opts.policy,
  });
  return { facts, summary, suggestions, rejected };
}
