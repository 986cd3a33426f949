import type { Evidence } from '@/lib/insights/evidence';

import { RecordLink } from '../record-link';

/**
 * Where a statement comes from. Evidence on the record itself highlights the field in the panel;
 * evidence on another record opens it in the tab (or a new tab with a modifier).
 */
export function EvidenceLink({ evidence, recordId }: { evidence: Evidence; recordId: string }) {
  if (evidence.recordId === recordId) {
    const highlight = () => {
      const target = evidence.field
        ? document.querySelector(`[data-field="${CSS.escape(evidence.field)}"]`)
        : null;
      if (!target) return;
      target.scrollIntoView({ block: 'center' });
      target.classList.add('sofie-highlight');
      setTimeout(() => target.classList.remove('sofie-highlight'), 2000);
    };
    return (
      <button
        type="button"
        className="slds-button sofie-evidence"
        onClick={highlight}
        data-evidence-field={evidence.field}
      >
        {evidence.label}
      </button>
    );
  }

  return (
    <RecordLink
      objectApiName={evidence.objectApiName}
      recordId={evidence.recordId}
      label={evidence.label}
    />
  );
}
