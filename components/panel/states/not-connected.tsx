import { t } from '@/lib/i18n';
import type { PanelSnapshot } from '@/lib/panel-state';

import { ConnectButton } from '../connect-button';

type Snapshot = Extract<PanelSnapshot, { kind: 'not-connected' }>;

export function NotConnected(props: { snapshot: Snapshot; onOpenSettings: () => void }) {
  const { page, onSalesforcePage } = props.snapshot;
  return (
    <section
      className="slds-card sofie-card"
      aria-labelledby="not-connected-title"
      data-state="not-connected"
    >
      <h2 id="not-connected-title" className="slds-text-heading_small">
        {t('notConnectedTitle')}
      </h2>
      <p>{t('notConnectedBody')}</p>
      {onSalesforcePage && page?.myDomain && (
        <p className="sofie-muted">{t('notConnectedThisOrg', page.myDomain)}</p>
      )}
      {onSalesforcePage && !page?.myDomain && (
        <p className="sofie-muted">{t('notConnectedOnPage')}</p>
      )}
      <div className="sofie-actions">
        {page && <ConnectButton page={page} />}
        <button
          type="button"
          className="slds-button slds-button_neutral"
          onClick={props.onOpenSettings}
        >
          {t('openSettings')}
        </button>
      </div>
    </section>
  );
}
