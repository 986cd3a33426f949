import { useEffect, useId, useRef, useState } from 'react';

import type { Decision, FieldChange, MergedField, ValidationResult } from '@/lib/changes';
import { effectiveValue } from '@/lib/changes';
import { t } from '@/lib/i18n';
import type { Formatter } from '@/lib/insights/format';
import type { FieldMeta, PicklistValue } from '@/lib/salesforce/describe';
import type { FieldValues } from '@/lib/salesforce/record-context';

import { FieldEditor } from './field-editor';
import { ProvenanceLine } from './provenance-line';
import { RowValues } from './row-values';

export interface ReviewRowProps {
  change: FieldChange;
  field: FieldMeta | undefined;
  result: ValidationResult | undefined;
  merged: MergedField | undefined;
  serverError: string | undefined;
  busy: boolean;
  /** Writing is off here: the row is shown without decisions. */
  preview: boolean;
  fmt: Formatter;
  recordFields: FieldValues;
  picklistValues: PicklistValue[];
  validate: (value: unknown) => ValidationResult;
  onDecide: (field: string, decision: Decision, editedValue?: unknown) => void;
}

/** Policy refusals are explained once above the list, not on every row. */
const SAID_ABOVE = new Set(['writes-off', 'production-blocked']);

export function ReviewRow(props: ReviewRowProps) {
  const { change, result, merged, busy } = props;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const id = useId();
  const valid = result?.ok ?? false;
  const changedByOthers = merged?.status === 'changed-by-others';
  const describedBy = [`${id}-status`, props.serverError ? `${id}-server` : '']
    .filter(Boolean)
    .join(' ');

  const returnFocus = useRef(false);
  const closeEditor = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  useEffect(() => {
    // Give focus back to where the reviewer started, not to the top of the page.
    if (editing || !returnFocus.current) return;

    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  const classes = [
    'sofie-review-row',
    `sofie-review-row--${change.decision}`,
    valid ? '' : 'sofie-review-row--invalid',
    changedByOthers ? 'sofie-review-row--changed' : '',
  ].filter(Boolean);

  return (
    <li
      className={classes.join(' ')}
      data-field={change.field}
      data-decision={change.decision}
      data-valid={valid}
      data-merge={merged?.status}
    >
      <div className="sofie-review-row__head">
        <h4 className="sofie-review-row__label">{change.label}</h4>
        <code className="sofie-review-row__api">
          <span className="sofie-review-sr">{t('reviewApiName')}: </span>
          {change.field}
        </code>
        {merged && (
          <span className={`sofie-badge sofie-review-merge sofie-review-merge--${merged.status}`}>
            {t(MERGE_KEYS[merged.status])}
          </span>
        )}
      </div>
      <RowValues
        change={change}
        field={props.field}
        merged={merged}
        fmt={props.fmt}
        recordFields={props.recordFields}
      />
      {change.note && <p className="sofie-help">{change.note}</p>}
      <ProvenanceLine provenance={change.provenance} />
      <p id={`${id}-status`} className="sofie-review-row__status">
        {result && !result.ok && !SAID_ABOVE.has(result.code) && (
          <span className="sofie-field-error" data-invalid={result.code}>
            {t('reviewInvalid', result.reason)}
          </span>
        )}
        {valid && !props.preview && (
          <span className="sofie-muted">
            {t(`reviewDecision_${change.decision}`)}
            {' · '}
            {t('reviewValid')}
          </span>
        )}
      </p>
      {props.serverError && (
        <p id={`${id}-server`} className="sofie-field-error" data-server-error={change.field}>
          {t('reviewServerError', props.serverError)}
        </p>
      )}
      {!props.preview && editing && (
        <FieldEditor
          field={props.field}
          label={change.label}
          initialValue={effectiveValue(change)}
          picklistValues={props.picklistValues}
          validate={props.validate}
          onSave={(value) => {
            props.onDecide(change.field, 'accepted', value);
            closeEditor();
          }}
          onCancel={closeEditor}
        />
      )}
      {!props.preview && !editing && (
        <div className="sofie-actions" role="group" aria-label={change.label}>
          <button
            type="button"
            className="sofie-button"
            data-action={changedByOthers ? 'keep-theirs' : 'reject'}
            aria-pressed={change.decision === 'rejected'}
            aria-label={t(
              changedByOthers ? 'reviewKeepTheirsField' : 'reviewRejectField',
              change.label,
            )}
            disabled={busy}
            onClick={() => props.onDecide(change.field, 'rejected')}
          >
            {t(changedByOthers ? 'reviewKeepTheirs' : 'reviewReject')}
          </button>
          <button
            type="button"
            className="sofie-button"
            data-action="accept"
            aria-pressed={change.decision === 'accepted'}
            aria-label={t(
              changedByOthers ? 'reviewUseProposedField' : 'reviewAcceptField',
              change.label,
            )}
            aria-describedby={describedBy}
            disabled={busy || !valid}
            onClick={() =>
              changedByOthers
                ? props.onDecide(change.field, 'accepted', merged.proposed)
                : props.onDecide(change.field, 'accepted')
            }
          >
            {t(changedByOthers ? 'reviewUseProposed' : 'reviewAccept')}
          </button>
          <button
            ref={editButton}
            type="button"
            className="sofie-button"
            data-action="edit"
            aria-label={t('reviewEditField', change.label)}
            disabled={busy}
            onClick={() => setEditing(true)}
          >
            {t('reviewEdit')}
          </button>
        </div>
      )}
    </li>
  );
}

const MERGE_KEYS = {
  'changed-by-others': 'reviewMerge_changed',
  'unchanged-by-others': 'reviewMerge_unchanged',
  'same-as-proposed': 'reviewMerge_same',
} as const;
