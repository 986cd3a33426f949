// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import type { RecordInsights } from '@/lib/insights/record-insights';
import type { SuggestedUpdate } from '@/lib/insights/suggestions';
import type { RecordContext } from '@/lib/salesforce/record-context';

import { click, render, useEnglishMessages, type Rendered } from '../../review/testing';
import { Suggestions } from './suggestions';

const CONTEXT = {
  record: { ref: { recordId: '006000000000001AAA' }, fields: {} },
  object: { fields: {} },
  org: {},
  user: {},
} as unknown as RecordContext;

const suggestion = (field: string, ruleId: string): SuggestedUpdate => ({
  ruleId,
  field,
  label: field,
  value: 'x',
  reason: 'because',
  evidence: [],
  confidence: 0.6,
});

const insightsWith = (suggestions: SuggestedUpdate[]) =>
  ({ facts: [], suggestions, rejected: [] }) as unknown as RecordInsights;

const checked = (root: HTMLElement) =>
  [...root.querySelectorAll<HTMLInputElement>('[data-suggestion] input')]
    .filter((i) => i.checked)
    .map((i) => i.closest<HTMLElement>('[data-suggestion]')?.dataset.suggestion);

let view: Rendered | undefined;
beforeEach(() => useEnglishMessages());
afterEach(() => view?.unmount());

describe('Suggestions', () => {
  it('chooses a model’s late suggestion too, keeping what the person unticked', () => {
    const rules = [suggestion('CloseDate', 'close-date'), suggestion('NextStep', 'next-step')];
    view = render(<Suggestions insights={insightsWith(rules)} context={CONTEXT} />);
    click(view.container.querySelector('[data-suggestion=NextStep] input'));

    view.rerender(
      <Suggestions
        insights={insightsWith([...rules, suggestion('StageName', 'model:m')])}
        context={CONTEXT}
      />,
    );

    expect(checked(view.container)).toEqual(['CloseDate', 'StageName']);
    expect(view.container.querySelector('[data-suggestion=StageName]')?.textContent).toContain(
      'Proposed by m',
    );
  });
});
