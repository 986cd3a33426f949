// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { changeSetOf, reviewProps, row } from './review-fixtures';
import { ReviewScreen } from './review-screen';
import { changeValue, click, render, submit, useEnglishMessages, type Rendered } from './testing';

let view: Rendered | undefined;
beforeEach(() => useEnglishMessages());
afterEach(() => view?.unmount());

function openEditor(field: string, proposed: unknown) {
  const props = reviewProps(changeSetOf([row(field, proposed)]));
  view = render(<ReviewScreen {...props} />);
  const scope = view.container.querySelector<HTMLElement>(`[data-field="${field}"]`)!;
  click(scope.querySelector('[data-action="edit"]'));
  const control = scope.querySelector<HTMLElement>('input, select, textarea')!;
  return { props, scope, control };
}

describe('ReviewScreen editing', () => {
  it('offers only the picklist values this record may take and accepts the choice', () => {
    const { props, scope, control } = openEditor('StageName', 'Negotiation/Review');

    const options = [...scope.querySelectorAll('option')].map((o) => o.value);
    changeValue(control, 'Closed Won');
    submit(scope.querySelector('form'));

    expect(control.tagName).toBe('SELECT');
    expect(options).toEqual(['Prospecting', 'Negotiation/Review', 'Closed Won']);
    expect(props.onDecide).toHaveBeenCalledWith('StageName', 'accepted', 'Closed Won');
  });

  it('uses a date input and writes the ISO date', () => {
    const { props, scope, control } = openEditor('CloseDate', '2026-03-13');

    changeValue(control, '2026-04-01');
    submit(scope.querySelector('form'));

    expect(control.getAttribute('type')).toBe('date');
    expect(props.onDecide).toHaveBeenCalledWith('CloseDate', 'accepted', '2026-04-01');
  });

  it('re-validates an edit and keeps the editor open with the reason when it fails', () => {
    const { props, scope, control } = openEditor('CloseDate', '2026-03-13');

    changeValue(control, '');
    submit(scope.querySelector('form'));

    expect(props.onDecide).not.toHaveBeenCalled();
    expect(control.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(control.getAttribute('aria-describedby')!);
    expect(error?.textContent).toBe('Close Date cannot be empty.');
  });

  it('edits numbers as numbers and long text in a text area', () => {
    const amount = openEditor('Amount', 52000);
    changeValue(amount.control, '61000.5');
    submit(amount.scope.querySelector('form'));
    view?.unmount();
    const description = openEditor('Description', 'First line');

    expect(amount.control.getAttribute('type')).toBe('number');
    expect(amount.props.onDecide).toHaveBeenCalledWith('Amount', 'accepted', 61000.5);
    expect(description.control.tagName).toBe('TEXTAREA');
  });

  it('gives focus back to the Edit button when the editor closes', () => {
    const { scope } = openEditor('NextStep', 'Email Rose');

    click(scope.querySelector('[data-action="cancel-edit"]'));

    expect(document.activeElement).toBe(scope.querySelector('[data-action="edit"]'));
  });
});
