import { useState } from 'react';

import { filterFields } from '@/lib/changes';
import { t } from '@/lib/i18n';
import type { FieldMeta } from '@/lib/salesforce/describe';

export interface FieldPickerProps {
  /** The editable fields not picked yet. */
  fields: FieldMeta[];
  /** The current value of a field as a person reads it. */
  currentOf: (field: FieldMeta) => string;
  onPick: (field: FieldMeta) => void;
}

/** A filter box over the fields the user may edit; each one is added with its own button. */
export function FieldPicker({ fields, currentOf, onPick }: FieldPickerProps) {
  const [query, setQuery] = useState('');
  const shown = filterFields(fields, query);

  return (
    <div className="sofie-hand-edit__picker">
      <label htmlFor="sofie-hand-edit-filter" className="sofie-setting__label">
        {t('handEditFilterLabel')}
      </label>
      <input
        id="sofie-hand-edit-filter"
        className="sofie-input"
        type="search"
        value={query}
        placeholder={t('handEditFilterPlaceholder')}
        aria-controls="sofie-hand-edit-fields"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul id="sofie-hand-edit-fields" className="sofie-hand-edit__fields" aria-live="polite">
        {shown.map((field) => (
          <li key={field.name}>
            <button
              type="button"
              className="sofie-hand-edit__pick"
              data-pick={field.name}
              aria-label={t('handEditAdd', [field.label, currentOf(field)])}
              onClick={() => onPick(field)}
            >
              <span className="sofie-hand-edit__label">{field.label}</span>
              <span className="sofie-hand-edit__api">{field.name}</span>
              <span className="sofie-hand-edit__value">{currentOf(field)}</span>
            </button>
          </li>
        ))}
      </ul>
      {!shown.length && (
        <p className="sofie-help" role="status">
          {query.trim() ? t('handEditNoMatch', query.trim()) : t('handEditAllPicked')}
        </p>
      )}
    </div>
  );
}
