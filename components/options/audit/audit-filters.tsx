import { useId } from 'react';

import type { AuditEntry, AuditFilter, AuditKind } from '@/lib/audit';
import { t } from '@/lib/i18n';

const KINDS: AuditKind[] = ['write', 'undo', 'handoff'];

/** Org, object, kind and free text; choices come from the entries themselves. */
export function AuditFilters(props: {
  entries: AuditEntry[];
  filter: AuditFilter;
  onChange: (filter: AuditFilter) => void;
}) {
  const id = useId();
  const orgs = new Map(props.entries.map((e) => [e.orgId, e.orgName]));
  const objects = [...new Set(props.entries.map((e) => e.recordRef.objectApiName))].sort();
  const set = (patch: AuditFilter) => props.onChange({ ...props.filter, ...patch });

  return (
    <div className="sofie-audit-filters" role="search">
      <label className="sofie-audit-filter" htmlFor={`${id}-org`}>
        {t('auditFilterOrg')}
        <select
          id={`${id}-org`}
          className="sofie-input"
          data-filter="org"
          value={props.filter.orgId ?? ''}
          onChange={(e) => set({ orgId: e.target.value || undefined })}
        >
          <option value="">{t('auditFilterAll')}</option>
          {[...orgs].map(([orgId, name]) => (
            <option key={orgId} value={orgId}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="sofie-audit-filter" htmlFor={`${id}-object`}>
        {t('auditFilterObject')}
        <select
          id={`${id}-object`}
          className="sofie-input"
          data-filter="object"
          value={props.filter.objectApiName ?? ''}
          onChange={(e) => set({ objectApiName: e.target.value || undefined })}
        >
          <option value="">{t('auditFilterAll')}</option>
          {objects.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="sofie-audit-filter" htmlFor={`${id}-kind`}>
        {t('auditFilterKind')}
        <select
          id={`${id}-kind`}
          className="sofie-input"
          data-filter="kind"
          value={props.filter.kind ?? ''}
          onChange={(e) => set({ kind: (e.target.value || undefined) as AuditKind | undefined })}
        >
          <option value="">{t('auditFilterAll')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`auditKind_${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="sofie-audit-filter sofie-audit-filter--text" htmlFor={`${id}-text`}>
        {t('auditFilterText')}
        <input
          id={`${id}-text`}
          type="search"
          className="sofie-input"
          data-filter="text"
          value={props.filter.text ?? ''}
          onChange={(e) => set({ text: e.target.value || undefined })}
        />
      </label>
    </div>
  );
}
