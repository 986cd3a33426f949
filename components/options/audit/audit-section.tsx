import { useEffect } from 'react';

import { t } from '@/lib/i18n';

import { AuditLog } from './audit-log';
import type { UndoOutcome } from './audit-store';
import { useAudit } from './use-audit';

/** The audit log on the options page, read from the background, with undo prepared for review. */
export function AuditSection() {
  const entries = useAudit((s) => s.entries);
  const loadFailed = useAudit((s) => s.loadFailed);
  const load = useAudit((s) => s.load);
  const requestUndo = useAudit((s) => s.requestUndo);
  const undo = useAudit((s) => s.undo);

  useEffect(() => {
    void load();
  }, [load]);

  if (loadFailed)
    return (
      <p role="alert" className="sofie-card sofie-card--error" data-section="audit">
        {t('auditLoadFailed')}
      </p>
    );
  if (!entries) return null;

  return (
    <>
      <AuditLog entries={entries} onUndo={(entry) => void requestUndo(entry)} />
      {undo && <UndoNotice outcome={undo} />}
    </>
  );
}

function UndoNotice({ outcome }: { outcome: UndoOutcome }) {
  if (outcome.kind === 'refused')
    return (
      <p role="alert" className="sofie-card sofie-card--error" data-undo="refused">
        {outcome.message}
      </p>
    );

  return (
    <div role="status" className="sofie-card" data-undo="prepared">
      <p>{t('auditUndoPrepared', outcome.recordName)}</p>
      {outcome.refused.length > 0 && (
        <p data-undo-refused>{t('auditUndoRefusedFields', outcome.refused.join(', '))}</p>
      )}
      <a
        className="sofie-button sofie-button--brand"
        href={outcome.recordUrl}
        target="_blank"
        rel="noreferrer"
        data-action="open-undo-record"
      >
        {t('auditUndoOpenRecord', outcome.recordName)}
      </a>
    </div>
  );
}
