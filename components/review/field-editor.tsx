import { useId, useState, type FormEvent } from 'react';

import type { ValidationResult } from '@/lib/changes';
import { t } from '@/lib/i18n';
import type { FieldMeta, PicklistValue } from '@/lib/salesforce/describe';

import { editorKindOf, fromInputValue, toInputValue, type InputValue } from './edit-value';

export interface FieldEditorProps {
  field: FieldMeta | undefined;
  label: string;
  initialValue: unknown;
  /** Values a picklist may take on this record (ignored for other types). */
  picklistValues: PicklistValue[];
  validate: (value: unknown) => ValidationResult;
  onSave: (value: unknown) => void;
  onCancel: () => void;
}

/** An input fitting the field's type; the value is checked again before it replaces the proposal. */
export function FieldEditor(props: FieldEditorProps) {
  const kind = editorKindOf(props.field);
  const [input, setInput] = useState<InputValue>(() => toInputValue(kind, props.initialValue));
  const [error, setError] = useState<string>();
  const id = useId();
  const errorId = `${id}-error`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = fromInputValue(kind, input);
    const result = props.validate(value);
    if (!result.ok) {
      setError(result.reason);
      return;
    }

    props.onSave(value);
  };

  const common = {
    id,
    className: kind === 'checkbox' ? undefined : 'sofie-input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    autoFocus: true,
  };
  const text = typeof input === 'string' ? input : '';

  return (
    <form className="sofie-review-editor" onSubmit={submit} noValidate>
      <label htmlFor={id} className="sofie-setting__label">
        {t('reviewEditValue', props.label)}
      </label>
      {kind === 'picklist' && (
        <select {...common} value={text} onChange={(e) => setInput(e.target.value)}>
          {props.field?.nillable !== false && <option value="">{t('reviewEditNone')}</option>}
          {props.picklistValues.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      )}
      {kind === 'multipicklist' && (
        <select
          {...common}
          multiple
          value={Array.isArray(input) ? input : []}
          onChange={(e) => setInput([...e.target.selectedOptions].map((o) => o.value))}
        >
          {props.picklistValues.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      )}
      {kind === 'checkbox' && (
        <input
          {...common}
          type="checkbox"
          checked={input === true}
          onChange={(e) => setInput(e.target.checked)}
        />
      )}
      {kind === 'textarea' && (
        <textarea {...common} rows={4} value={text} onChange={(e) => setInput(e.target.value)} />
      )}
      {kind !== 'picklist' &&
        kind !== 'multipicklist' &&
        kind !== 'checkbox' &&
        kind !== 'textarea' && (
          <input
            {...common}
            type={INPUT_TYPES[kind]}
            step={kind === 'number' ? 'any' : undefined}
            value={text}
            onChange={(e) => setInput(e.target.value)}
          />
        )}
      {error && (
        <p id={errorId} className="sofie-field-error">
          {error}
        </p>
      )}
      <div className="sofie-actions">
        <button type="submit" className="sofie-button sofie-button--brand" data-action="save-edit">
          {t('reviewEditSave')}
        </button>
        <button
          type="button"
          className="sofie-button"
          data-action="cancel-edit"
          onClick={props.onCancel}
        >
          {t('reviewEditCancel')}
        </button>
      </div>
    </form>
  );
}

const INPUT_TYPES = {
  number: 'number',
  date: 'date',
  datetime: 'datetime-local',
  time: 'time',
  text: 'text',
} as const;
