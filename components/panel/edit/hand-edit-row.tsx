import { useId } from 'react';

import { FieldInput } from '@/components/review/field-input';
import { editorKindOf, type InputValue } from '@/components/review/edit-value';
import { t } from '@/lib/i18n';
import type { FieldMeta, PicklistValue } from '@/lib/salesforce/describe';

import type { InputHint } from './hand-edit-values';

export interface HandEditRowProps {
  field: FieldMeta;
  /** The current value as a person reads it. */
  current: string;
  input: InputValue;
  picklistValues: PicklistValue[];
  hint: InputHint;
  problem: string | undefined;
  /** Focus the input when the row appears (it was just picked). */
  autoFocus: boolean;
  onChange: (value: InputValue) => void;
  onRemove: () => void;
}

function hintText(hint: InputHint): string | undefined {
  if (!hint) return undefined;
  if (hint.kind === 'currency') {
    return hint.code ? t('handEditCurrency', hint.code) : t('handEditOrgCurrency');
  }
  if (hint.kind === 'percent') return t('handEditPercent');

  return t('handEditLength', [String(hint.used), String(hint.max)]);
}

/** One picked field: its label, its value now, the input that fits it and what is wrong with it. */
export function HandEditRow(props: HandEditRowProps) {
  const { field, hint, problem } = props;
  const id = useId();
  const currentId = `${id}-current`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hintLine = hintText(hint);
  const describedBy = [currentId, hintLine && hintId, problem && errorId].filter(Boolean).join(' ');
  const over = hint?.kind === 'length' && hint.used > hint.max;

  return (
    <li className="sofie-hand-edit__row" data-hand-edit={field.name}>
      <div className="sofie-row sofie-hand-edit__head">
        <label htmlFor={id} className="sofie-setting__label">
          {field.label}
        </label>
        <button
          type="button"
          className="sofie-button sofie-button--small"
          data-action="remove-hand-edit"
          aria-label={t('handEditRemove', field.label)}
          onClick={props.onRemove}
        >
          {t('handEditRemoveShort')}
        </button>
      </div>
      <p id={currentId} className="sofie-help">
        {t('handEditCurrent', props.current)}
      </p>
      <FieldInput
        id={id}
        field={field}
        kind={editorKindOf(field)}
        value={props.input}
        onChange={props.onChange}
        picklistValues={props.picklistValues}
        describedBy={describedBy}
        invalid={!!problem}
        autoFocus={props.autoFocus}
      />
      {hintLine && (
        <p
          id={hintId}
          className={over ? 'sofie-help sofie-help--over' : 'sofie-help'}
          data-hint={hint?.kind}
        >
          {hintLine}
        </p>
      )}
      {problem && (
        <p id={errorId} className="sofie-field-error" data-problem-for={field.name}>
          {problem}
        </p>
      )}
    </li>
  );
}
