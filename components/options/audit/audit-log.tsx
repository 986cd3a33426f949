import { useId, useMemo, useState } from 'react';

import type { AuditEntry, AuditFilter } from '@/lib/audit';
import { matchesAudit, toCsv, toJson } from '@/lib/audit';
import { t } from '@/lib/i18n';
import { createFormatter, type FormatOptions } from '@/lib/insights/format';

import { AuditFilters } from './audit-filters';
import { AuditRow } from './audit-row';
import { downloadText } from './download';

export interface AuditLogProps {
  /** Newest first, as `listAudit()` returns them. */
  entries: AuditEntry[];
  /** Asks for an undo change set for this write; it goes through review like any other. */
  onUndo: (entry: AuditEntry) => void;
  format?: FormatOptions;
  /** Today's date for export file names; injectable for tests. */
  now?: () => Date;
}

/** The audit log on the options page: filter, read, export what is shown, undo a write. */
export function AuditLog(props: AuditLogProps) {
  const headingId = useId();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [exported, setExported] = useState<string>();
  const fmt = useMemo(
    () =>
      createFormatter(
        props.format ?? { locale: navigator.language, currency: undefined, timeZone: undefined },
      ),
    [props.format],
  );
  const shown = props.entries.filter((e) => matchesAudit(e, filter));
  const undone = new Set(
    props.entries
      .filter((e) => e.kind === 'undo' && e.undoOf && e.salesforce.status === 'applied')
      .map((e) => e.undoOf),
  );

  const exportAs = (kind: 'csv' | 'json') => {
    const day = (props.now?.() ?? new Date()).toISOString().slice(0, 10);
    const filename = `sofie-audit-${day}.${kind}`;
    if (kind === 'csv') downloadText(filename, toCsv(shown), 'text/csv;charset=utf-8');
    else downloadText(filename, toJson(shown), 'application/json');
    setExported(filename);
  };

  return (
    <section className="sofie-card sofie-audit" aria-labelledby={headingId} data-section="audit">
      <h2 id={headingId}>{t('auditTitle')}</h2>
      <p className="sofie-muted">{t('auditIntro')}</p>
      <AuditFilters entries={props.entries} filter={filter} onChange={setFilter} />
      <div className="sofie-actions">
        <button
          type="button"
          className="sofie-button"
          data-action="export-csv"
          onClick={() => exportAs('csv')}
        >
          {t('auditExportCsv')}
        </button>
        <button
          type="button"
          className="sofie-button"
          data-action="export-json"
          onClick={() => exportAs('json')}
        >
          {t('auditExportJson')}
        </button>
      </div>
      <p role="status" className="sofie-status">
        {t('auditCount', [String(shown.length), String(props.entries.length)])}
        {exported && ` ${t('auditExported', exported)}`}
      </p>
      {shown.length === 0 ? (
        <p className="sofie-muted" data-empty>
          {t('auditEmpty')}
        </p>
      ) : (
        <div className="sofie-audit-scroll">
          <table className="sofie-audit-table">
            <caption className="sofie-audit-sr">{t('auditTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditColWhen')}</th>
                <th scope="col">{t('auditColOrg')}</th>
                <th scope="col">{t('auditColRecord')}</th>
                <th scope="col">{t('auditColWho')}</th>
                <th scope="col">{t('auditColFields')}</th>
                <th scope="col">{t('auditColSalesforce')}</th>
                <th scope="col">{t('auditColActions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((entry) => (
                <AuditRow
                  key={entry.id}
                  entry={entry}
                  fmt={fmt}
                  undone={undone.has(entry.id)}
                  onUndo={props.onUndo}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
