import { describe, expect, it } from 'vitest';

import { modelLabelOf, modelTargetOf } from './target';

const base = { summaryProvider: 'builtin', summaryEndpoint: '', summaryModel: '' } as const;

describe('modelTargetOf', () => {
  it('asks no model by default', () => {
    expect(modelTargetOf(base)).toEqual({ kind: 'none' });
  });

  it('takes the endpoint and model policy sets for an OpenAI-compatible server', () => {
    const target = modelTargetOf({
      summaryProvider: 'openai-compatible',
      summaryEndpoint: 'https://llm.example.com/v1',
      summaryModel: ' sofie-small ',
    });

    expect(target).toEqual({
      kind: 'openai-compatible',
      baseUrl: 'https://llm.example.com/v1',
      url: 'https://llm.example.com/v1/chat/completions',
      model: 'sofie-small',
    });
    expect(modelLabelOf(target)).toBe('sofie-small');
  });

  it('labels by host when policy names no model, and sends nothing without an endpoint', () => {
    const unnamed = modelTargetOf({
      summaryProvider: 'openai-compatible',
      summaryEndpoint: 'https://llm.example.com',
      summaryModel: '',
    });

    expect(modelLabelOf(unnamed)).toBe('llm.example.com');
    expect(modelTargetOf({ ...base, summaryProvider: 'openai-compatible' })).toEqual({
      kind: 'no-endpoint',
    });
    expect(modelTargetOf({ ...base, summaryProvider: 'on-device' })).toEqual({
      kind: 'on-device',
    });
  });
});
