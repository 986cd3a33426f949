import type { FieldMeta, PicklistValue } from '@/lib/salesforce/describe';
import { t } from '@/lib/i18n';

import { htmlInputTypeOf, type EditorKind, type InputValue } from './edit-value';

export interface FieldInputProps {
  id: string;
  field: FieldMeta | undefined;
  kind: EditorKind;
  value: InputValue;
  onChange: (value: InputValue) => void;
  /** Values a picklist may take on this record (ignored for other types). */
  picklistValues: PicklistValue[];
  /** Ids of the texts that describe the input (its error, its limits). */
  describedBy?: string | undefined;
  invalid?: boolean;
  autoFocus?: boolean;
}

/**
 * The one input that fits a field's type, shared by the review row's editor and the panel's hand
 * edits: picklists offer only the values valid on the record, and no input drops what was typed.
 */
export function FieldInput(props: FieldInputProps) {
  const { kind, value, onChange } = props;
  const common = {
    id: props.id,
    className: kind === 'checkbox' ? undefined : 'sofie-input',
    'aria-invalid': props.invalid ? true : undefined,
    'aria-describedby': props.describedBy || undefined,
    autoFocus: props.autoFocus,
    'data-input': props.field?.name,
  };
  const text = typeof value === 'string' ? value : '';

  switch (kind) {
    case 'picklist':
      return (
        <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
          {props.field?.nillable !== false && <option value="">{t('reviewEditNone')}</option>}
          {props.picklistValues.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      );
    case 'multipicklist':
      return (
        <select
          {...common}
          multiple
          value={Array.isArray(value) ? value : []}
          onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
        >
          {props.picklistValues.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      );
    case 'checkbox':
      return (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
    case 'textarea':
      return (
        <textarea {...common} rows={4} value={text} onChange={(e) => onChange(e.target.value)} />
      );
    default:
      return (
        <input
          {...common}
          type={htmlInputTypeOf(kind, props.field)}
          step={kind === 'number' ? 'any' : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
