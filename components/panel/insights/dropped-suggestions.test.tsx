// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RejectedSuggestion } from '@/lib/insights/suggestions';

import { render, useEnglishMessages, type Rendered } from '../../review/testing';
import { DroppedSuggestions } from './dropped-suggestions';

const suggestion = (field: string, label: string, value: unknown) => ({
  ruleId: 'rule',
  field,
  label,
  value,
  reason: 'because',
  evidence: [],
  confidence: 0.8,
});

const REJECTED: RejectedSuggestion[] = [
  {
    suggestion: suggestion('Probability', 'Probability (%)', 50),
    code: 'not-updateable',
    reason: 'You cannot edit Probability (%).',
  },
  {
    suggestion: suggestion('NextStep', 'Next Step', 'Call Rose'),
    code: 'unchanged',
    reason: 'The field already has it.',
  },
] as RejectedSuggestion[];

let view: Rendered | undefined;
beforeEach(() => useEnglishMessages());
afterEach(() => view?.unmount());

describe('DroppedSuggestions', () => {
  it('lists each proposal that failed its check with the reason, not the unchanged ones', () => {
    view = render(<DroppedSuggestions rejected={REJECTED} shown={(_f, v) => String(v)} />);
    const root = view.container;

    expect(root.querySelector('summary')?.textContent).toBe('Not suggested (1), and why');
    expect(root.querySelector('[data-dropped=Probability]')?.textContent).toBe(
      'Probability (%): 50You cannot edit Probability (%).',
    );
    expect(root.querySelector('[data-dropped=NextStep]')).toBeNull();
  });

  it('shows nothing when nothing was dropped for a reason', () => {
    view = render(<DroppedSuggestions rejected={REJECTED.slice(1)} shown={String} />);

    expect(view.container.innerHTML).toBe('');
  });
});
