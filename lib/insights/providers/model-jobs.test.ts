import { describe, expect, it } from 'vitest';

import { builtinResult } from './builtin';
import { fromModelOutput, parseModelOutput } from './model-output';
import type { ModelRunUpdate } from './model-run';
import type { SummaryChunk, SummaryProvider } from './types';
import { buildInsights } from '../record-insights';
import { DEFAULT_WRITE_POLICY } from '../../settings/write-policy';

import {
  NOW,
  caseNewAfterReply,
  opportunityPastClose,
} from '../../../test/fixtures/contexts/scenarios';

import { ModelSummaries, type ModelJob } from './model-jobs';

const OPTS = { now: NOW, timeZone: 'Europe/Berlin', locale: 'en-GB', policy: DEFAULT_WRITE_POLICY };
const TARGET = {
  kind: 'openai-compatible',
  baseUrl: 'https://llm.test',
  url: 'https://llm.test/v1/chat/completions',
  model: 'm',
} as const;

function job(seq: number, context = opportunityPastClose()): ModelJob {
  return {
    windowId: 1,
    seq,
    key: `org:${context.record.ref.recordId}`,
    context,
    insights: buildInsights(context, OPTS),
    target: TARGET,
    opts: { ...OPTS, currency: 'EUR' },
  };
}

const ANSWER = JSON.stringify({
  summary: { project: [{ text: 'Overdue.', facts: ['closeDatePassed'] }] },
  updates: [],
});

/** A model that answers when the test says so, and notices when it is cancelled. */
function slowModel() {
  const calls: { signal?: AbortSignal; release: () => void }[] = [];
  const provider: SummaryProvider = {
    id: 'openaiCompatible',
    async *stream(context, facts, opts): AsyncIterable<SummaryChunk> {
      await new Promise<void>((release) => calls.push({ signal: opts.signal, release }));
      yield { type: 'text', delta: ANSWER };
      if (opts.signal?.aborted) {
        const fallback = { code: 'aborted', message: 'cancelled' } as const;
        yield { type: 'done', result: builtinResult(context, facts, opts, fallback) };
        return;
      }

      const parsed = parseModelOutput(ANSWER);
      if (!parsed.ok) throw new Error('bad fixture');
      const rules = { suggestions: [], rejected: [] };
      const meta = { provider: 'openaiCompatible', model: 'm', policy: opts.policy };
      yield { type: 'done', result: fromModelOutput(parsed.output, context, facts, rules, meta) };
    },
    summarise: () => Promise.reject(new Error('not used')),
  };
  return { provider, calls };
}

function setUp(provider?: SummaryProvider) {
  const published: { job: ModelJob; update: ModelRunUpdate }[] = [];
  const model = slowModel();
  const time = { now: 0 };
  const summaries = new ModelSummaries(
    (j, update) => published.push({ job: j, update }),
    () => ({
      provider: provider ?? model.provider,
      view: { provider: 'openai-compatible', label: 'm' },
    }),
    () => time.now,
  );
  const finals = () => published.filter((p) => p.update.view.status !== 'working');
  return { summaries, published, finals, calls: model.calls, time };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('ModelSummaries', () => {
  it('cancels the answer for a record the user has left and shows only the new one', async () => {
    const { summaries, finals, calls } = setUp();

    summaries.start(job(1));
    await settle();
    summaries.start(job(2, caseNewAfterReply()));
    await settle();
    calls.forEach((c) => c.release());
    await settle();

    expect(calls[0]?.signal?.aborted).toBe(true);
    expect(finals().map((p) => [p.job.seq, p.update.view.status])).toEqual([[2, 'done']]);
  });

  it('joins the request under way for the same input, answering the newest view', async () => {
    const { summaries, finals, calls } = setUp();

    summaries.start(job(1));
    await settle();
    summaries.start(job(2));
    await settle();
    calls.forEach((c) => c.release());
    await settle();

    expect(calls).toHaveLength(1);
    expect(finals().map((p) => p.job.seq)).toEqual([2]);
    expect(finals()[0]?.update.insights.summary.generated).toBe(true);
  });

  it('asks nobody again for a record whose answer it already has', async () => {
    const { summaries, finals, calls } = setUp();
    summaries.start(job(1));
    await settle();
    calls[0]?.release();
    await settle();

    summaries.start(job(2));
    await settle();

    expect(calls).toHaveLength(1);
    expect(finals().map((p) => [p.job.seq, p.update.view.status])).toEqual([
      [1, 'done'],
      [2, 'done'],
    ]);
  });

  it('says why when the policy names no endpoint, and does nothing for the built-in', async () => {
    const { summaries, published, calls } = setUp();

    summaries.start({ ...job(1), target: { kind: 'none' } });
    summaries.start({ ...job(2), target: { kind: 'no-endpoint' } });
    await settle();

    expect(calls).toHaveLength(0);
    expect(published.map((p) => [p.job.seq, p.update.view.note])).toEqual([[2, 'no-endpoint']]);
  });

  it('does not ask a failing server again for a minute, then tries once more', async () => {
    let asked = 0;
    const failing: SummaryProvider = {
      id: 'openaiCompatible',
      async *stream(context, facts, opts) {
        asked++;
        const fallback = { code: 'http', message: 'HTTP 500' } as const;
        yield await Promise.resolve({
          type: 'done' as const,
          result: builtinResult(context, facts, opts, fallback),
        });
      },
      summarise: () => Promise.reject(new Error('not used')),
    };
    const { summaries, finals, time } = setUp(failing);

    summaries.start(job(1));
    await settle();
    time.now = 30_000;
    summaries.start(job(2));
    await settle();
    time.now = 91_000;
    summaries.start(job(3));
    await settle();

    expect(asked).toBe(2);
    expect(finals().map((p) => [p.job.seq, p.update.view.note])).toEqual([
      [1, 'http'],
      [2, 'http'],
      [3, 'http'],
    ]);
  });
});
