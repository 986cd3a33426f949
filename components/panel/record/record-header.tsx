import { t } from '@/lib/i18n';
import type { RecordContext } from '@/lib/salesforce/record-context';

import { EnvironmentBadge } from '../environment-badge';

function ownerName(fields: Record<string, unknown>): string | undefined {
  const owner = fields.Owner as { Name?: unknown } | null | undefined;
  return typeof owner?.Name === 'string' ? owner.Name : undefined;
}

export function RecordHeader({
  context,
  refreshing,
}: {
  context: RecordContext;
  refreshing: boolean;
}) {
  const owner = ownerName(context.record.fields);
  return (
    <header className="slds-page-header sofie-record-header">
      <p className="slds-text-title_caps sofie-muted">
        {context.object.label} <EnvironmentBadge environment={context.org.environment} />
      </p>
      <h2 id="record-name" className="slds-text-heading_medium sofie-record-name">
        {context.record.name}
      </h2>
      {owner && <p className="sofie-muted">{t('recordOwner', owner)}</p>}
      <p className="slds-assistive-text" role="status">
        {refreshing ? t('recordRefreshing') : t('recordLoaded', context.record.name)}
      </p>
    </header>
  );
}
