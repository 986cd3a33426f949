import { describe, expect, it } from 'vitest';

import { DEFAULT_WRITE_POLICY } from '../../settings/write-policy';
import { NOW, caseNewAfterReply } from '../../../test/fixtures/contexts/scenarios';
import { collectFacts } from '../facts';

import { builtinProvider } from './builtin';
import type { LanguageModelApi, OnDeviceGlobals, SummarizerApi } from './on-device';
import { createOnDeviceProvider } from './on-device';

const context = caseNewAfterReply();
const facts = collectFacts(context, { now: NOW, timeZone: 'Europe/Berlin' });
const OPTS = {
  now: NOW,
  timeZone: 'Europe/Berlin',
  locale: 'en_GB',
  currency: 'EUR',
  policy: DEFAULT_WRITE_POLICY,
};

const ANSWER = JSON.stringify({
  summary: {
    quality: [{ text: 'We replied, but the case is still New.', facts: ['caseAwaitingResponse'] }],
    customer: [],
    project: [],
  },
  updates: [{ field: 'Priority', value: 'Medium', reason: 'Answered.', confidence: 0.4 }],
});

function languageModel(availability: string, answer: string) {
  const calls = {
    created: 0,
    destroyed: 0,
    prompts: [] as string[],
    constraint: undefined as unknown,
  };
  const api: LanguageModelApi = {
    availability: () => Promise.resolve(availability as 'available'),
    create: () => {
      calls.created++;
      return Promise.resolve({
        prompt: (input, opts) => {
          calls.prompts.push(input);
          calls.constraint = opts?.responseConstraint;
          return Promise.resolve(answer);
        },
        destroy: () => void calls.destroyed++,
      });
    },
  };
  return { api, calls };
}

const summarizer = (availability: string): SummarizerApi => ({
  availability: () => Promise.resolve(availability as 'available'),
  create: () =>
    Promise.resolve({ summarize: () => Promise.resolve('- Case answered, status behind.') }),
});

describe('onDevice provider', () => {
  it('uses the language model when it is available and cites facts', async () => {
    const { api, calls } = languageModel('available', ANSWER);
    const provider = createOnDeviceProvider({ LanguageModel: api });

    const result = await provider.summarise(context, facts, OPTS);

    expect(result.fallback).toBeUndefined();
    expect(result.summary).toMatchObject({ generated: true, provider: 'onDevice' });
    expect(result.summary.lenses[0]?.sentences[0]?.evidence.length).toBeGreaterThan(0);
    expect(calls.prompts[0]).toContain('"object":"Case"');
    expect(calls.constraint).toMatchObject({ type: 'object' });
    expect(calls.destroyed).toBe(1);
    expect(result.updates.suggestions.map((s) => s.field)).toEqual(['Status', 'Priority']);
  });

  it('does not use a model that still has to be downloaded', async () => {
    const { api, calls } = languageModel('downloadable', ANSWER);
    const provider = createOnDeviceProvider({ LanguageModel: api });

    const result = await provider.summarise(context, facts, OPTS);

    expect(calls.created).toBe(0);
    expect(result.fallback?.code).toBe('unavailable');
    expect(result.summary.generated).toBe(false);
  });

  it('falls back to the summariser, keeping the built-in sentences with evidence', async () => {
    const globals: OnDeviceGlobals = {
      LanguageModel: languageModel('unavailable', '').api,
      Summarizer: summarizer('available'),
    };

    const result = await createOnDeviceProvider(globals).summarise(context, facts, OPTS);

    expect(result.summary).toMatchObject({
      generated: true,
      model: 'Summarizer',
      overview: '- Case answered, status behind.',
    });
    expect(result.summary.lenses[0]?.sentences.length).toBeGreaterThan(0);
  });

  it('falls back to built-in when no API exists or the model answers badly', async () => {
    const none = await createOnDeviceProvider({}).summarise(context, facts, OPTS);
    const bad = await createOnDeviceProvider({
      LanguageModel: languageModel('available', 'not json').api,
    }).summarise(context, facts, OPTS);
    const builtin = await builtinProvider.summarise(context, facts, OPTS);

    expect(none.fallback?.code).toBe('unavailable');
    expect(bad.fallback?.code).toBe('invalid-json');
    expect(none.summary.lenses).toEqual(builtin.summary.lenses);
    expect(none.updates).toEqual(builtin.updates);
  });
});
