import { z } from 'zod';

import type { RecordContext } from '../../salesforce/record-context';
import type { Evidence } from '../evidence';
import type { Fact, Lens } from '../facts/types';
import { LENSES } from '../facts/types';
import type { ProposedUpdate, SuggestionResult } from '../suggestions';
import { checkProposals } from '../suggestions';
import type { LensSummary, Summary } from '../summary';
import type { WritePolicy } from '../../settings/write-policy';

const MAX_SENTENCES = 4;
const MAX_SENTENCE_LENGTH = 400;

const sentence = z.object({ text: z.string().min(1), facts: z.array(z.string()).default([]) });
const outputSchema = z.object({
  summary: z.object({
    quality: z.array(sentence).default([]),
    customer: z.array(sentence).default([]),
    project: z.array(sentence).default([]),
  }),
  updates: z
    .array(
      z.object({
        field: z.string(),
        value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
        reason: z.string().default(''),
        confidence: z.number().min(0).max(1).default(0.5),
      }),
    )
    .default([]),
});

export type ModelOutput = z.infer<typeof outputSchema>;

export type ParsedOutput =
  { ok: true; output: ModelOutput } | { ok: false; code: 'invalid-json' | 'invalid-response' };

/** Reads a model's answer; tolerates a Markdown code fence around the JSON. */
export function parseModelOutput(content: string): ParsedOutput {
  const unfenced = content.trim().replace(/^```(?:json)?\s*([\s\S]*?)\s*```$/, '$1');
  let json: unknown;
  try {
    json = JSON.parse(unfenced);
  } catch {
    return { ok: false, code: 'invalid-json' };
  }

  const parsed = outputSchema.safeParse(json);
  return parsed.success
    ? { ok: true, output: parsed.data }
    : { ok: false, code: 'invalid-response' };
}

/**
 * A model's sentences keep the evidence of the facts they cite (unknown ids are ignored), and its
 * proposed updates go through the same checks as the rules. Rule proposals win for a field both
 * propose.
 */
export function fromModelOutput(
  output: ModelOutput,
  context: RecordContext,
  facts: Fact[],
  rules: SuggestionResult,
  meta: { provider: string; model: string; policy: WritePolicy },
): { summary: Summary; updates: SuggestionResult } {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const lenses = LENSES.map((lens: Lens): LensSummary => ({
    lens,
    omitted: 0,
    // The prompt asks for four short sentences; a model that ignores it cannot flood the panel.
    sentences: output.summary[lens].slice(0, MAX_SENTENCES).map((s) => {
      const cited = s.facts.filter((id) => byId.has(id));
      const evidence: Evidence[] = cited.flatMap((id) => byId.get(id)?.evidence ?? []);
      return { lens, text: s.text.slice(0, MAX_SENTENCE_LENGTH), factIds: cited, evidence };
    }),
  }));

  const ruled = new Set(
    [...rules.suggestions, ...rules.rejected.map((r) => r.suggestion)].map((s) => s.field),
  );
  const proposals: ProposedUpdate[] = output.updates
    .filter((u) => !ruled.has(u.field))
    .map((u) => ({
      ruleId: `model:${meta.model}`,
      field: u.field,
      value: u.value,
      reason: u.reason,
      evidence: [],
      confidence: u.confidence,
    }));
  const checked = checkProposals(context, proposals, meta.policy);

  return {
    summary: { lenses, generated: true, provider: meta.provider, model: meta.model },
    updates: {
      suggestions: [...rules.suggestions, ...checked.suggestions],
      rejected: [...rules.rejected, ...checked.rejected],
    },
  };
}
