// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { decide, mergeAfterConflict } from '@/lib/changes';

import { changeSetOf, recordFields, reviewProps, row } from './review-fixtures';
import { ReviewScreen } from './review-screen';
import { click, render, useEnglishMessages, type Rendered } from './testing';

let view: Rendered | undefined;
beforeEach(() => useEnglishMessages());
afterEach(() => view?.unmount());

function conflictView() {
  const approved = changeSetOf(
    [
      row('CloseDate', '2026-03-13', { decision: 'accepted' }),
      row('NextStep', 'Send the revised proposal', { decision: 'accepted' }),
      row('StageName', 'Negotiation/Review', { decision: 'accepted' }),
    ],
    'sandbox',
  );
  const current = {
    ...recordFields,
    NextStep: 'Colleague: call Rose',
    StageName: 'Negotiation/Review',
  };
  const merged = mergeAfterConflict(approved, current, '2026-03-10T08:00:00.000+0000');
  return { merged, current };
}

describe('ReviewScreen after a conflict', () => {
  it('shows base, now and proposed and marks only the rows someone else changed', () => {
    const { merged, current } = conflictView();
    const props = reviewProps(merged.changeSet, { conflict: merged.fields, recordFields: current });
    view = render(<ReviewScreen {...props} />);
    const root = view.container;

    const next = root.querySelector<HTMLElement>('[data-field="NextStep"]')!;
    const close = root.querySelector<HTMLElement>('[data-field="CloseDate"]')!;

    expect(root.querySelector('[data-conflict]')?.textContent).toContain(
      'Someone changed this record',
    );
    expect(next.dataset.merge).toBe('changed-by-others');
    expect(next.classList.contains('sofie-review-row--changed')).toBe(true);
    expect(next.textContent).toContain('Changed by someone else');
    expect(next.querySelector('[data-value="base"] dd')?.textContent).toBe('Call Rose on Monday');
    expect(next.querySelector('[data-value="now"] dd')?.textContent).toBe('Colleague: call Rose');
    expect(next.querySelector('[data-value="proposed"] dd')?.textContent).toBe(
      'Send the revised proposal',
    );
    expect(next.dataset.decision).toBe('pending');
    expect(close.dataset.merge).toBe('unchanged-by-others');
    expect(close.dataset.decision).toBe('accepted');
    expect(close.classList.contains('sofie-review-row--changed')).toBe(false);
    expect(root.querySelector<HTMLButtonElement>('[data-action="approve"]')?.disabled).toBe(true);
  });

  it('keeps the colleague value or takes ours again on request', () => {
    const { merged, current } = conflictView();
    const props = reviewProps(merged.changeSet, { conflict: merged.fields, recordFields: current });
    view = render(<ReviewScreen {...props} />);
    const next = view.container.querySelector<HTMLElement>('[data-field="NextStep"]')!;

    click(next.querySelector('[data-action="keep-theirs"]'));
    click(next.querySelector('[data-action="accept"]'));

    expect(props.onDecide).toHaveBeenNthCalledWith(1, 'NextStep', 'rejected');
    expect(props.onDecide).toHaveBeenNthCalledWith(
      2,
      'NextStep',
      'accepted',
      'Send the revised proposal',
    );
  });

  it('enables Approve once the changed row has a new decision', () => {
    const { merged, current } = conflictView();
    const redecided = decide(merged.changeSet, 'NextStep', 'rejected');
    const props = reviewProps(redecided, { conflict: merged.fields, recordFields: current });
    view = render(<ReviewScreen {...props} />);

    click(view.container.querySelector('[data-action="approve"]'));

    expect(props.onApprove).toHaveBeenCalledOnce();
  });
});
