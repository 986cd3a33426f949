import type { ReactNode } from 'react';

import type { FieldChange, MergedField } from '@/lib/changes';
import { displayChange, displayValue } from '@/lib/changes';
import { t } from '@/lib/i18n';
import type { Formatter } from '@/lib/insights/format';
import type { FieldMeta } from '@/lib/salesforce/describe';
import type { FieldValues } from '@/lib/salesforce/record-context';

import { ValueDiff } from './value-diff';

interface Props {
  change: FieldChange;
  field: FieldMeta | undefined;
  merged: MergedField | undefined;
  fmt: Formatter;
  recordFields: FieldValues;
}

/**
 * Current and proposed value, readable (dates, amounts, picklist labels, record names), with a
 * word diff for text. After a conflict: the value at proposal time, now, and proposed.
 */
export function RowValues({ change, field, merged, fmt, recordFields }: Props) {
  if (merged) {
    const show = (value: unknown) => displayValue(value, field, fmt, recordFields);
    return (
      <dl className="sofie-review-values sofie-review-values--three">
        <Pair term={t('reviewBase')} kind="base">
          {show(merged.base)}
        </Pair>
        <Pair term={t('reviewNow')} kind="now">
          {show(merged.current)}
        </Pair>
        <Pair term={t('reviewProposed')} kind="proposed">
          {show(merged.proposed)}
        </Pair>
      </dl>
    );
  }

  const edited = change.editedValue !== undefined;
  const shown = displayChange(
    field,
    change.baseValue,
    edited ? change.editedValue : change.proposedValue,
    fmt,
    recordFields,
  );

  return (
    <dl className="sofie-review-values">
      <Pair term={t('reviewCurrent')} kind="current">
        {shown.before}
      </Pair>
      <Pair term={t('reviewProposed')} kind="proposed">
        {shown.segments ? <ValueDiff segments={shown.segments} /> : shown.after}
        {edited && <span className="sofie-muted"> {t('reviewYourEdit')}</span>}
      </Pair>
    </dl>
  );
}

function Pair(props: { term: string; kind: string; children: ReactNode }) {
  return (
    <div className="sofie-review-values__pair" data-value={props.kind}>
      <dt className="sofie-muted">{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}
