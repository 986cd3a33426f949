import { describe, expect, it } from 'vitest';

import { NOW, opportunityPastClose } from '../../../test/fixtures/contexts/scenarios';
import { DEFAULT_WRITE_POLICY } from '../../settings/write-policy';
import { buildInsights } from '../record-insights';

import { builtinResult } from './builtin';
import { fromModelOutput, parseModelOutput } from './model-output';
import type { ModelRunUpdate } from './model-run';
import { runModelSummary } from './model-run';
import type { SummaryChunk, SummaryProvider } from './types';

const context = opportunityPastClose();
const OPTS = {
  now: NOW,
  timeZone: 'Europe/Berlin',
  locale: 'en_GB',
  currency: 'EUR',
  policy: DEFAULT_WRITE_POLICY,
};
const insights = buildInsights(context, { ...OPTS, locale: 'en-GB' });
const VIEW = { provider: 'openai-compatible', label: 'm', endpoint: 'https://llm.test' } as const;

const ANSWER = JSON.stringify({
  summary: {
    quality: [],
    customer: [],
    project: [{ text: 'The deal is overdue.', facts: ['closeDatePassed'] }],
  },
  updates: [
    { field: 'StageName', value: 'Negotiation/Review', reason: 'Proposal sent.', confidence: 0.7 },
    { field: 'StageName__x', value: 'x', reason: 'no such field', confidence: 0.5 },
  ],
});

function modelAnswer(content: string): SummaryChunk {
  const parsed = parseModelOutput(content);
  if (!parsed.ok) throw new Error('bad fixture');
  const rules = { suggestions: insights.suggestions, rejected: insights.rejected };
  const meta = { provider: 'openaiCompatible', model: 'm', policy: DEFAULT_WRITE_POLICY };
  return {
    type: 'done',
    result: fromModelOutput(parsed.output, context, insights.facts, rules, meta),
  };
}

function provider(chunks: SummaryChunk[]): SummaryProvider {
  return {
    id: 'openaiCompatible',
    async *stream() {
      for (const chunk of chunks) yield await Promise.resolve(chunk);
    },
    summarise: () => Promise.reject(new Error('not used')),
  };
}

async function run(chunks: SummaryChunk[]) {
  const progress: ModelRunUpdate[] = [];
  let tick = 0;
  const final = await runModelSummary({
    provider: provider(chunks),
    view: VIEW,
    context,
    insights,
    opts: OPTS,
    progress: (u) => progress.push(u),
    // Each reading of the clock is 100 ms later, so every other text chunk is shown.
    clock: () => (tick += 100),
  });
  return { final, progress };
}

describe('runModelSummary', () => {
  it('shows sentences as they stream, then the labelled summary with checked updates', async () => {
    const { final, progress } = await run([
      { type: 'text', delta: ANSWER.slice(0, 80) },
      { type: 'text', delta: ANSWER.slice(80, 90) },
      { type: 'text', delta: ANSWER.slice(90) },
      modelAnswer(ANSWER),
    ]);

    expect(progress[0]?.view).toMatchObject({ status: 'working', streamed: [] });
    expect(progress.at(-1)?.view.streamed).toEqual(['The deal is overdue.']);
    expect(progress.every((p) => p.insights === insights)).toBe(true);
    expect(final.view).toMatchObject({ status: 'done', label: 'm', endpoint: 'https://llm.test' });
    expect(final.insights.summary).toMatchObject({ generated: true, model: 'm' });
    expect(final.insights.facts).toBe(insights.facts);
    const model = final.insights.suggestions.filter((s) => s.ruleId === 'model:m');
    expect(model.map((s) => [s.field, s.value])).toEqual([['StageName', 'Negotiation/Review']]);
    const dropped = final.insights.rejected.find((r) => r.suggestion.field === 'StageName__x');
    expect(dropped?.suggestion.ruleId).toBe('model:m');
    expect(dropped?.reason).not.toBe('');
  });

  it('keeps the built-in insights with the reason when the provider fell back', async () => {
    const fellBack = builtinResult(context, insights.facts, OPTS, {
      code: 'timeout',
      message: 'The model server did not answer in time.',
    });

    const { final } = await run([{ type: 'done', result: fellBack }]);

    expect(final.view).toMatchObject({ status: 'fallback', note: 'timeout', streamed: [] });
    expect(final.insights).toBe(insights);
  });

  it('keeps the built-in summary when the model wrote no sentence at all', async () => {
    const empty = JSON.stringify({ summary: {}, updates: [] });

    const { final } = await run([modelAnswer(empty)]);

    expect(final.view).toMatchObject({ status: 'fallback', note: 'empty' });
    expect(final.insights).toBe(insights);
  });

  it('treats a stream that ends without a result as an invalid answer', async () => {
    const { final } = await run([{ type: 'text', delta: '{"summary"' }]);

    expect(final.view.note).toBe('invalid-response');
    expect(final.insights).toBe(insights);
  });

  it('shows at most four sentences per lens, each cut to a readable length', async () => {
    const long = { text: 'x'.repeat(1000), facts: [] };
    const flood = JSON.stringify({ summary: { project: Array(6).fill(long) }, updates: [] });

    const { final } = await run([modelAnswer(flood)]);

    const project = final.insights.summary.lenses.find((l) => l.lens === 'project');
    expect(project?.sentences.map((s) => s.text.length)).toEqual([400, 400, 400, 400]);
  });
});
