import { useState } from 'react';

import { formatFieldValue } from '@/lib/format/field-value';
import { t } from '@/lib/i18n';
import type { Evidence } from '@/lib/insights/evidence';
import type { RecordContext } from '@/lib/salesforce/record-context';

import { useShownRecord } from '../record/shown-record';
import { RecordLink } from '../record-link';
import { useFormatOptions } from '../use-format-options';

/**
 * Where a statement comes from. Evidence on the record itself highlights the field in the panel,
 * or, for a field the panel does not show, tells its value in place; evidence on another record
 * opens it in the tab (or a new tab with a modifier).
 */
export function EvidenceLink({ evidence, recordId }: { evidence: Evidence; recordId: string }) {
  if (evidence.recordId === recordId) return <SameRecordEvidence evidence={evidence} />;

  return (
    <RecordLink
      objectApiName={evidence.objectApiName}
      recordId={evidence.recordId}
      label={evidence.label}
    />
  );
}

function SameRecordEvidence({ evidence }: { evidence: Evidence }) {
  const context = useShownRecord();
  const [open, setOpen] = useState(false);
  const field = evidence.field;
  const detailed = field !== undefined && context?.object.fields[field] !== undefined;

  const show = () => {
    const target = field ? document.querySelector(`[data-field="${CSS.escape(field)}"]`) : null;
    if (!target) {
      if (detailed) setOpen((was) => !was);
      return;
    }

    target.scrollIntoView({ block: 'center' });
    target.classList.add('sofie-highlight');
    setTimeout(() => target.classList.remove('sofie-highlight'), 2000);
  };

  return (
    <>
      <button
        type="button"
        className="slds-button sofie-evidence"
        onClick={show}
        data-evidence-field={field}
        {...(detailed && { 'aria-expanded': open })}
      >
        {evidence.label}
      </button>
      {open && detailed && context && <EvidenceDetail context={context} field={field} />}
    </>
  );
}

/** The cited field and its value, for a field that has no row of its own in the panel. */
function EvidenceDetail({ context, field }: { context: RecordContext; field: string }) {
  const options = useFormatOptions(context);
  const meta = context.object.fields[field]!;
  const value = formatFieldValue(meta, context.record.fields[field], options);

  return (
    <span className="sofie-evidence-detail" role="note" data-evidence-detail={field}>
      {t('evidenceFieldValue', [meta.label, value])}
    </span>
  );
}
