import { t } from '@/lib/i18n';
import type { PanelSnapshot } from '@/lib/panel-state';

import { ConnectButton } from '../connect-button';

type Snapshot = Extract<PanelSnapshot, { kind: 'reconnect' }>;

/** The refresh token was revoked or expired: sign in again; prepared changes are kept. */
export function Reconnect({ snapshot }: { snapshot: Snapshot }) {
  return (
    <section
      className="slds-card sofie-card sofie-card--warning"
      role="alert"
      data-state="reconnect"
    >
      <h2 className="slds-text-heading_small">{t('reconnectTitle')}</h2>
      <p>{snapshot.problem.message}</p>
      {snapshot.problem.remedy && <p className="sofie-muted">{snapshot.problem.remedy}</p>}
      <p className="sofie-muted">{t('reconnectNothingLost')}</p>
      <ConnectButton page={snapshot.page} loginHint={snapshot.connection.username} />
    </section>
  );
}
