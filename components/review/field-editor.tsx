import { useId, useState, type FormEvent } from 'react';

import type { ValidationResult } from '@/lib/changes';
import { t } from '@/lib/i18n';
import type { FieldMeta, PicklistValue } from '@/lib/salesforce/describe';

import { editorKindOf, fromInputValue, toInputValue, type InputValue } from './edit-value';
import { FieldInput } from './field-input';

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

  return (
    <form className="sofie-review-editor" onSubmit={submit} noValidate>
      <label htmlFor={id} className="sofie-setting__label">
        {t('reviewEditValue', props.label)}
      </label>
      <FieldInput
        id={id}
        field={props.field}
        kind={kind}
        value={input}
        onChange={setInput}
        picklistValues={props.picklistValues}
        describedBy={error ? errorId : undefined}
        invalid={!!error}
        autoFocus
      />
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
