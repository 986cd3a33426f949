import { useId, useMemo, useState } from 'react';

import type { FieldChange } from '@/lib/changes';
import { effectiveValue, validateChange } from '@/lib/changes';
import { t } from '@/lib/i18n';
import { createFormatter } from '@/lib/insights/format';
import type { FieldValues, LoadedRecord } from '@/lib/salesforce/record-context';

import {
  approveBlockOf,
  needsTypedConfirmation,
  progressOf,
  writeBlockOf,
} from '@/lib/changes/approval';
import { ApproveBar } from './approve-bar';
import { allowedPicklistValues } from './edit-value';
import { ReviewHeader } from './review-header';
import { ReviewProblemAlert } from './review-problem';
import { ReviewRow } from './review-row';
import type { ReviewScreenProps } from './review-types';

/**
 * The one place a person decides what Sofie writes: every field change with its values, source and
 * validity, decided row by row, then approved as a whole. The screen only reports decisions; the
 * caller keeps the change set and writes exactly what was approved.
 */
export function ReviewScreen(props: ReviewScreenProps) {
  const { changeSet, object, recordFields, policy, environment, validation, busy } = props;
  const titleId = useId();
  const [typed, setTyped] = useState('');

  const fmt = useMemo(
    () =>
      createFormatter(
        props.format ?? {
          locale: navigator.language,
          currency:
            typeof recordFields.CurrencyIsoCode === 'string'
              ? recordFields.CurrencyIsoCode
              : undefined,
          timeZone: undefined,
        },
      ),
    [props.format, recordFields],
  );
  const record = useMemo(() => loadedRecordOf(props), [props]);
  const fieldsAfter = useMemo(
    () => valuesAfter(recordFields, changeSet.changes),
    [recordFields, changeSet],
  );

  const writeBlock = writeBlockOf(policy, environment);
  const confirmationNeeded = needsTypedConfirmation(policy, environment);
  const block = approveBlockOf({
    changeSet,
    validation,
    busy,
    confirmationNeeded,
    typed,
    orgName: props.orgName,
  });
  const progress = progressOf(changeSet, validation);
  const merged = new Map(props.conflict?.map((m) => [m.field, m]));
  const fieldErrors = props.problem?.fieldErrors ?? {};
  const canAcceptAll = changeSet.changes.some(
    (c, i) => c.decision === 'pending' && validation[i]?.ok,
  );
  const production = environment === 'production';

  return (
    <section
      className={`sofie-review sofie-review--${production ? 'production' : 'sandbox'}`}
      data-environment={environment}
      aria-labelledby={titleId}
      aria-busy={busy}
    >
      <ReviewHeader
        titleId={titleId}
        environment={environment}
        orgName={props.orgName}
        recordName={props.recordName}
        objectLabel={object.label}
      />
      <ReviewProblemAlert
        problem={props.problem}
        unlisted={Object.entries(fieldErrors).filter(
          ([field]) => !changeSet.changes.some((c) => c.field === field),
        )}
      />
      {writeBlock && (
        <p className="sofie-card sofie-card--warning sofie-review-notice" data-notice={writeBlock}>
          {t(writeBlock === 'writes-off' ? 'reviewWritesOff' : 'reviewProductionOff')}
        </p>
      )}
      {props.conflict && (
        <div className="sofie-card sofie-card--warning" data-conflict>
          <h3>{t('reviewConflictTitle')}</h3>
          <p>{t('reviewConflictBody')}</p>
        </div>
      )}
      <div className="sofie-review-list-head">
        <h3>{t('reviewChangesHeading')}</h3>
        {!writeBlock && (
          <button
            type="button"
            className="sofie-button"
            data-action="accept-all"
            disabled={busy || !canAcceptAll}
            onClick={props.onAcceptAllValid}
          >
            {t('reviewAcceptAll')}
          </button>
        )}
      </div>
      <ul className="sofie-review-list">
        {changeSet.changes.map((change, i) => {
          const field = object.fields[change.field];
          const isPicklist = field?.type === 'picklist' || field?.type === 'multipicklist';
          return (
            <ReviewRow
              key={change.field}
              change={change}
              field={field}
              result={validation[i]}
              merged={merged.get(change.field)}
              serverError={fieldErrors[change.field]}
              busy={busy}
              preview={writeBlock !== undefined}
              fmt={fmt}
              recordFields={recordFields}
              picklistValues={
                field && isPicklist
                  ? allowedPicklistValues(object, field, record.recordTypeId, fieldsAfter)
                  : []
              }
              validate={(value) =>
                validateChange(
                  { field: change.field, proposedValue: change.proposedValue, editedValue: value },
                  object,
                  record,
                  policy,
                  environment,
                  fieldsAfter,
                )
              }
              onDecide={props.onDecide}
            />
          );
        })}
      </ul>
      <p role="status" className="sofie-review-status">
        {props.announcement ??
          t('reviewProgress', [
            String(progress.accepted),
            String(progress.rejected),
            String(progress.pending),
            String(progress.invalid),
          ])}
      </p>
      {writeBlock ? (
        <div className="sofie-actions">
          <button
            type="button"
            className="sofie-button"
            data-action="discard"
            onClick={props.onDiscard}
          >
            {t('reviewDiscard')}
          </button>
        </div>
      ) : (
        <ApproveBar
          block={block}
          busy={busy}
          orgName={props.orgName}
          typed={confirmationNeeded ? typed : undefined}
          onType={setTyped}
          onApprove={() => props.onApprove(confirmationNeeded ? typed : undefined)}
          onDiscard={props.onDiscard}
        />
      )}
    </section>
  );
}

/** Validation wants a loaded record: the values given, the change set's base and record type. */
function loadedRecordOf(props: ReviewScreenProps): LoadedRecord {
  const recordTypeId = props.recordFields.RecordTypeId;
  return {
    ref: props.changeSet.ref,
    name: props.recordName,
    fields: props.recordFields,
    lastModifiedDate: props.changeSet.baseLastModifiedDate,
    recordTypeId: typeof recordTypeId === 'string' ? recordTypeId : undefined,
  };
}

/** The record as it would be after the accepted rows (a dependent picklist follows them). */
function valuesAfter(fields: FieldValues, changes: FieldChange[]): FieldValues {
  const after = { ...fields };
  for (const change of changes) {
    if (change.decision === 'accepted') after[change.field] = effectiveValue(change);
  }

  return after;
}
