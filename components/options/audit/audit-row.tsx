import type { AuditEntry } from '@/lib/audit';
import { auditValueText } from '@/lib/audit';
import { t } from '@/lib/i18n';
import type { Formatter } from '@/lib/insights/format';

import { EnvironmentBadge } from '../../panel/environment-badge';

const shown = (value: unknown) => auditValueText(value) || '—';

/** One entry: when, where, what, who, Salesforce's answer, and Undo for a write that stands. */
export function AuditRow(props: {
  entry: AuditEntry;
  fmt: Formatter;
  undone: boolean;
  onUndo: (entry: AuditEntry) => void;
}) {
  const { entry, fmt } = props;
  const when = fmt.dateTime(entry.at);
  const undoable = entry.kind === 'write' && entry.salesforce.status === 'applied';

  return (
    <tr data-entry={entry.id} data-kind={entry.kind} data-status={entry.salesforce.status}>
      <td>
        <time dateTime={entry.at}>{when}</time>
        <div className="sofie-muted">{t(`auditKind_${entry.kind}`)}</div>
      </td>
      <td>
        <EnvironmentBadge environment={entry.environment} /> {entry.orgName}
      </td>
      <td>
        {entry.recordRef.name}
        <div className="sofie-muted">
          {entry.recordRef.objectApiName} · <code>{entry.recordRef.recordId}</code>
        </div>
      </td>
      <td>
        {t('auditApprovedBy', entry.approvedBy)}
        <div className="sofie-muted">
          {t(`auditPreparedBy_${entry.preparedBy.kind}`, entry.preparedBy.detail)}
        </div>
      </td>
      <td>
        <ul className="sofie-audit-fields">
          {entry.fields.map((f) => (
            <li key={f.field} data-field={f.field}>
              <span className="sofie-audit-fields__label">{f.label}</span>:{' '}
              <span data-before>{shown(f.before)}</span> → <span data-after>{shown(f.after)}</span>
            </li>
          ))}
        </ul>
        {entry.undoOf && <div className="sofie-muted">{t('auditUndoOfNote')}</div>}
      </td>
      <td>
        <span className={`sofie-audit-status sofie-audit-status--${entry.salesforce.status}`}>
          {t(`auditStatus_${entry.salesforce.status}`)}
        </span>
        {entry.salesforce.errorCode && (
          <div>
            <code>{entry.salesforce.errorCode}</code>
          </div>
        )}
        {entry.salesforce.message && <div className="sofie-muted">{entry.salesforce.message}</div>}
      </td>
      <td>
        {undoable && props.undone && <span className="sofie-muted">{t('auditUndoneBy')}</span>}
        {undoable && !props.undone && (
          <button
            type="button"
            className="sofie-button"
            data-action="undo"
            aria-label={t('auditUndoEntry', [entry.recordRef.name, when])}
            onClick={() => props.onUndo(entry)}
          >
            {t('auditUndo')}
          </button>
        )}
      </td>
    </tr>
  );
}
