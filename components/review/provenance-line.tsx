import type { Provenance } from '@/lib/changes';
import { t } from '@/lib/i18n';

import { RecordLink } from '../panel/record-link';

/** Where a proposal came from: the rule and the records it rests on, the model, or a person. */
export function ProvenanceLine({ provenance }: { provenance: Provenance }) {
  return (
    <div className="sofie-review-source" data-source={provenance.kind}>
      <span className="sofie-muted">{t('reviewSource')}: </span>
      <SourceText provenance={provenance} />
      {provenance.kind === 'rule' && provenance.evidence.length > 0 && (
        <p className="sofie-review-evidence">
          <span className="sofie-muted">{t('reviewEvidence')}: </span>
          {provenance.evidence.map((e, i) => (
            <span key={`${e.recordId}:${e.field ?? ''}`}>
              {i > 0 && ', '}
              <RecordLink
                objectApiName={e.objectApiName}
                recordId={e.recordId}
                label={e.label}
                {...(e.field ? { field: e.field } : {})}
              />
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

function SourceText({ provenance }: { provenance: Provenance }) {
  switch (provenance.kind) {
    case 'rule':
      return (
        <>
          {t('reviewSourceRule', provenance.ruleId)}
          {provenance.reason && <span> — {provenance.reason}</span>}
        </>
      );
    case 'model':
      return (
        <>
          {t('reviewSourceModel', provenance.model)}
          {provenance.reason && <span> — {provenance.reason}</span>}
        </>
      );
    case 'user':
      return <>{t('reviewSourceUser')}</>;
    case 'undo':
      return <>{t('reviewSourceUndo', provenance.auditId)}</>;
  }
}
