import { describe, expect, it } from 'vitest';

import { streamedSentences } from './partial-output';

const ANSWER = JSON.stringify({
  summary: {
    quality: [],
    customer: [{ text: 'Rose was last called "in January".', facts: ['lastContact'] }],
    project: [{ text: 'The deal is overdue.\nAct now.', facts: ['closeDatePassed'] }],
  },
  updates: [{ field: 'StageName', value: 'Negotiation/Review', reason: 'Proposal sent.' }],
});

describe('streamedSentences', () => {
  it('reads every sentence of a complete answer, unescaped, and nothing else', () => {
    expect(streamedSentences(ANSWER)).toEqual([
      'Rose was last called "in January".',
      'The deal is overdue. Act now.',
    ]);
  });

  it('shows a sentence that is still being written, cut where the stream is', () => {
    const cut = ANSWER.slice(0, ANSWER.indexOf('overdue') + 2);

    expect(streamedSentences(cut)).toEqual([
      'Rose was last called "in January".',
      'The deal is ov',
    ]);
  });

  it('shows nothing before the first sentence starts, or for a half escape', () => {
    expect(streamedSentences('{"summary":{"quality":[{"te')).toEqual([]);
    expect(streamedSentences('{"summary":{"quality":[{"text":"A\\')).toEqual(['A']);
    expect(streamedSentences('{"text":"caf\\u00e9 \\u00')).toEqual(['café']);
  });
});
