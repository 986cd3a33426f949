// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { opportunity } from '@/components/review/review-fixtures';

import {
  changeValue,
  click,
  render,
  useEnglishMessages,
  type Rendered,
} from '../../review/testing';
import { FieldPicker } from './field-picker';
import { HandEditRow } from './hand-edit-row';

const field = (name: string) => opportunity.fields[name]!;
const FIELDS = ['Amount', 'CloseDate', 'NextStep', 'StageName'].map(field);

describe('FieldPicker', () => {
  let view: Rendered;
  const onPick = vi.fn();

  beforeEach(() => {
    useEnglishMessages();
    view = render(<FieldPicker fields={FIELDS} currentOf={() => '—'} onPick={onPick} />);
  });

  afterEach(() => view.unmount());

  const picks = () =>
    [...view.container.querySelectorAll<HTMLElement>('[data-pick]')].map((b) => b.dataset.pick);

  it('lists every field with its label, API name and current value, and adds the one clicked', () => {
    expect(picks()).toEqual(['Amount', 'CloseDate', 'NextStep', 'StageName']);
    expect(view.container.querySelector('[data-pick=StageName]')?.getAttribute('aria-label')).toBe(
      'Add Stage (now —)',
    );

    click(view.container.querySelector('[data-pick=CloseDate]'));

    expect(onPick).toHaveBeenCalledWith(field('CloseDate'));
  });

  it('narrows the list by label or API name and says when nothing matches', () => {
    const filter = view.container.querySelector('#sofie-hand-edit-filter');
    expect(view.container.querySelector('label[for=sofie-hand-edit-filter]')).not.toBeNull();

    changeValue(filter, 'stagename');
    expect(picks()).toEqual(['StageName']);
    changeValue(filter, 'owner');
    expect(picks()).toEqual([]);
    expect(view.container.textContent).toContain('No field you may edit matches “owner”.');
  });
});

describe('HandEditRow', () => {
  let view: Rendered;

  beforeEach(() => useEnglishMessages());
  afterEach(() => view.unmount());

  it('labels the input and points it at the current value, the length limit and the problem', () => {
    view = render(
      <HandEditRow
        field={field('NextStep')}
        current="—"
        input={'x'.repeat(256)}
        picklistValues={[]}
        hint={{ kind: 'length', used: 256, max: 255 }}
        problem="Next Step takes at most 255 characters."
        autoFocus={false}
        onChange={() => undefined}
        onRemove={() => undefined}
      />,
    );

    const input = view.container.querySelector<HTMLInputElement>('[data-input=NextStep]')!;
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => view.container.querySelector(`[id="${id}"]`)?.textContent);
    expect(view.container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Next Step');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(described).toEqual([
      'Now: —',
      '256 of at most 255 characters',
      'Next Step takes at most 255 characters.',
    ]);
    expect(input.value).toHaveLength(256);
  });

  it('names the currency of an amount and offers a button to remove the field', () => {
    const onRemove = vi.fn();
    view = render(
      <HandEditRow
        field={field('Amount')}
        current="€48,000.00"
        input="48000"
        picklistValues={[]}
        hint={{ kind: 'currency', code: 'EUR' }}
        problem={undefined}
        autoFocus={false}
        onChange={() => undefined}
        onRemove={onRemove}
      />,
    );

    expect(view.container.querySelector('[data-hint=currency]')?.textContent).toBe('Amount in EUR');
    expect(view.container.querySelector('input[type=number]')).not.toBeNull();
    click(view.container.querySelector('[aria-label="Remove Amount from the change"]'));
    expect(onRemove).toHaveBeenCalled();
  });
});
