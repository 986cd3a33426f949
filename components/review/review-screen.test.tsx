// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { DEFAULT_WRITE_POLICY } from '@/lib/settings/write-policy';

import { changeSetOf, reviewProps, row } from './review-fixtures';
import { ReviewScreen } from './review-screen';
import { changeValue, click, render, useEnglishMessages, type Rendered } from './testing';

let view: Rendered | undefined;
const show = (...args: Parameters<typeof reviewProps>) => {
  const props = reviewProps(...args);
  view = render(<ReviewScreen {...props} />);
  return { props, root: view.container };
};
const rowOf = (root: HTMLElement, field: string) =>
  root.querySelector<HTMLElement>(`[data-field="${field}"]`)!;
const button = (scope: HTMLElement, action: string) =>
  scope.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);

beforeEach(() => useEnglishMessages());
afterEach(() => view?.unmount());

describe('ReviewScreen rows', () => {
  it('lets a valid row be accepted and says why an invalid one cannot be', () => {
    const { props, root } = show(
      changeSetOf([
        row('CloseDate', '2026-03-13'),
        row('ExpectedRevenue', 5000),
        row('NextStep', 'x'.repeat(300)),
      ]),
    );

    click(button(rowOf(root, 'CloseDate'), 'accept'));

    expect(props.onDecide).toHaveBeenCalledWith('CloseDate', 'accepted');
    expect(rowOf(root, 'CloseDate').dataset.valid).toBe('true');
    expect(button(rowOf(root, 'ExpectedRevenue'), 'accept')?.disabled).toBe(true);
    expect(rowOf(root, 'ExpectedRevenue').textContent).toContain(
      'Cannot be written: You cannot edit Expected Revenue.',
    );
    expect(button(rowOf(root, 'NextStep'), 'accept')?.disabled).toBe(true);
    expect(rowOf(root, 'NextStep').textContent).toContain('at most 255 characters');
  });

  it('shows label, API name, values as people read them and where the proposal came from', () => {
    const { root } = show(
      changeSetOf([
        row('CloseDate', '2026-03-13', {
          provenance: {
            kind: 'rule',
            ruleId: 'close-date-past',
            reason: 'The close date has passed.',
            evidence: [
              {
                objectApiName: 'Opportunity',
                recordId: '006000000000001AAA',
                label: 'Acme renewal',
              },
            ],
          },
        }),
        row('StageName', 'Negotiation/Review', { provenance: { kind: 'model', model: 'gpt-x' } }),
        row('Amount', 52000.5),
      ]),
    );

    const close = rowOf(root, 'CloseDate');
    expect(close.querySelector('h4')?.textContent).toBe('Close Date');
    expect(close.querySelector('code')?.textContent).toContain('CloseDate');
    expect(close.querySelector('[data-value="current"] dd')?.textContent).toBe('27 Feb 2026');
    expect(close.querySelector('[data-value="proposed"] dd')?.textContent).toBe('13 Mar 2026');
    expect(close.textContent).toContain('Rule “close-date-past” — The close date has passed.');
    expect(close.querySelector('a[data-record-link="006000000000001AAA"]')?.textContent).toBe(
      'Acme renewal',
    );
    expect(rowOf(root, 'StageName').querySelector('[data-value="proposed"] dd')?.textContent).toBe(
      'Negotiation',
    );
    expect(rowOf(root, 'StageName').textContent).toContain('AI model gpt-x');
    expect(rowOf(root, 'Amount').querySelector('[data-value="proposed"] dd')?.textContent).toBe(
      '€52,000.50',
    );
  });

  it('marks a text change word by word, with words a screen reader hears', () => {
    const { root } = show(changeSetOf([row('NextStep', 'Call Rose on Friday')]));

    const proposed = rowOf(root, 'NextStep').querySelector('[data-value="proposed"] dd')!;

    expect(proposed.querySelector('del')?.textContent).toBe('removed: Monday');
    expect(proposed.querySelector('ins')?.textContent).toBe('added: Friday');
    expect(proposed.querySelector('ins .sofie-review-sr')?.textContent?.trim()).toBe('added:');
    expect(proposed.textContent).toBe('Call Rose on removed: Mondayadded: Friday');
  });

  it('accepts all valid rows on request and announces progress', () => {
    const { props, root } = show(
      changeSetOf([row('CloseDate', '2026-03-13'), row('ExpectedRevenue', 1), row('Amount', 1)]),
    );

    click(button(root, 'accept-all'));

    expect(props.onAcceptAllValid).toHaveBeenCalledOnce();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      '0 accepted, 0 rejected, 2 not decided, 1 cannot be written.',
    );
  });
});

describe('ReviewScreen approval', () => {
  const decided = (environment: 'production' | 'sandbox') =>
    changeSetOf(
      [
        row('CloseDate', '2026-03-13', { decision: 'accepted' }),
        row('NextStep', 'Email', { decision: 'rejected' }),
      ],
      environment,
    );

  it('keeps Approve off until every valid row is decided', () => {
    const { root } = show(changeSetOf([row('CloseDate', '2026-03-13'), row('ExpectedRevenue', 1)]));

    expect(button(root, 'approve')?.disabled).toBe(true);
    expect(root.querySelector('[data-blocked]')?.textContent).toBe(
      'Accept or reject every change before approving.',
    );
  });

  it('approves a fully decided set in a sandbox', () => {
    const { props, root } = show(decided('sandbox'));

    click(button(root, 'approve'));

    expect(props.onApprove).toHaveBeenCalledWith(undefined);
    expect(root.querySelector('section')?.className).toContain('sofie-review--sandbox');
    expect(root.querySelector('[data-production-banner]')).toBeNull();
  });

  it('needs the org name typed exactly before a production approval', () => {
    const policy = { ...DEFAULT_WRITE_POLICY, requireTypedConfirmationInProduction: true };
    const { props, root } = show(decided('production'), { policy, orgName: 'Acme Prod' });
    const input = root.querySelector<HTMLInputElement>('input[data-confirm]')!;

    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toContain('“Acme Prod”');
    expect(button(root, 'approve')?.disabled).toBe(true);
    changeValue(input, 'acme prod');
    expect(button(root, 'approve')?.disabled).toBe(true);
    changeValue(input, 'Acme Prod');
    click(button(root, 'approve'));

    expect(props.onApprove).toHaveBeenCalledWith('Acme Prod');
    expect(root.querySelector('[data-production-banner]')?.textContent).toContain('PRODUCTION');
    expect(root.querySelector('section')?.className).toContain('sofie-review--production');
  });

  it.each([
    [
      { writeMode: 'off' as const },
      'sandbox' as const,
      'Previews only: writing to Salesforce is turned off',
    ],
    [{ allowProductionWrites: false }, 'production' as const, 'turned off by your organization'],
  ])(
    'shows no Approve when the policy forbids writing (%j in %s)',
    (override, environment, notice) => {
      const policy = { ...DEFAULT_WRITE_POLICY, ...override };
      const { root } = show(decided(environment), { policy });

      expect(button(root, 'approve')).toBeNull();
      expect(button(root, 'accept')).toBeNull();
      expect(root.querySelector('[data-notice]')?.textContent).toContain(notice);
      expect(button(root, 'discard')).not.toBeNull();
    },
  );

  it('shows progress while writing and blocks every decision', () => {
    const { root } = show(decided('sandbox'), { busy: true });

    expect(root.querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    expect(button(root, 'approve')?.textContent).toBe('Writing…');
    expect(button(root, 'approve')?.disabled).toBe(true);
    expect(button(rowOf(root, 'CloseDate'), 'reject')?.disabled).toBe(true);
  });
});

describe('ReviewScreen problems', () => {
  it('puts server field errors next to their rows and the general problem on top', () => {
    const { root } = show(changeSetOf([row('CloseDate', '2026-03-13'), row('NextStep', 'Email')]), {
      problem: {
        message: 'Salesforce refused the change.',
        remedy: 'Correct the marked fields and approve again.',
        fieldErrors: { NextStep: 'Value not allowed here', Probability: 'Out of range' },
      },
    });

    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Salesforce refused the change.');
    expect(alert.querySelector('[data-remedy]')?.textContent).toBe(
      'Correct the marked fields and approve again.',
    );
    expect(alert.textContent).toContain('Probability: Out of range');
    expect(rowOf(root, 'NextStep').querySelector('[data-server-error]')?.textContent).toBe(
      'Salesforce refused this field: Value not allowed here',
    );
    expect(rowOf(root, 'CloseDate').querySelector('[data-server-error]')).toBeNull();
    expect(root.querySelectorAll('[data-field]')).toHaveLength(2);
  });
});
