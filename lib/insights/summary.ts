import type { Evidence } from './evidence';
import type { Fact, Lens, Severity } from './facts/types';
import { LENSES } from './facts/types';
import type { FormatOptions } from './format';
import { createFormatter } from './format';
import { localDate } from './dates';
import type { MessageFn, MessageId, MessageParams } from './messages';
import { catalogueMessage } from './messages';
import { sentencesFor } from './sentences';

export interface SummarySentence {
  lens: Lens;
  severity: Severity;
  /** Template and parameters, so another language can render the same sentence. */
  messageId: MessageId;
  params: MessageParams;
  text: string;
  factIds: string[];
  evidence: Evidence[];
}

/** A sentence a model wrote; it cites the facts it rests on, when it did so correctly. */
export interface GeneratedSentence {
  lens: Lens;
  text: string;
  factIds: string[];
  evidence: Evidence[];
}

export interface LensSummary {
  lens: Lens;
  sentences: (SummarySentence | GeneratedSentence)[];
  /** Facts left out to keep the lens short. */
  omitted: number;
}

export interface Summary {
  lenses: LensSummary[];
  /** True when a language model wrote the text (the panel labels it so). */
  generated: boolean;
  provider: string;
  model?: string;
  /** Free text from a summariser that does not cite facts. */
  overview?: string;
  /** Why a model provider fell back to the built-in summary. */
  fallbackReason?: string;
}

export interface SummaryOptions extends FormatOptions {
  now: Date;
  maxSentencesPerLens?: number;
  message?: MessageFn;
}

/**
 * The built-in summary: per lens, the most pressing facts as short sentences, each carrying its
 * facts' evidence. Deterministic: the same facts and options give the same text.
 */
export function summariseFacts(facts: Fact[], opts: SummaryOptions): Summary {
  const fmt = createFormatter(opts);
  const today = localDate(opts.now, opts.timeZone ?? 'UTC');
  const message = opts.message ?? catalogueMessage;
  const max = opts.maxSentencesPerLens ?? 4;

  const lenses = LENSES.map((lens): LensSummary => {
    const lensFacts = facts.filter((f) => f.lens === lens);
    const sentences: SummarySentence[] = [];
    let used = 0;
    for (const fact of lensFacts) {
      const specs = sentencesFor(fact, fmt, today);
      if (sentences.length + specs.length > max) break;

      used++;
      for (const spec of specs) {
        sentences.push({
          lens,
          severity: fact.severity,
          messageId: spec.id,
          params: spec.params,
          text: message(spec.id, spec.params, fmt.locale),
          factIds: [fact.id],
          evidence: fact.evidence,
        });
      }
    }

    return { lens, sentences, omitted: lensFacts.length - used };
  });

  return { lenses, generated: false, provider: 'builtin' };
}
