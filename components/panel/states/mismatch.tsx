import { t, type MessageKey } from '@/lib/i18n';
import type { MismatchReason, PanelSnapshot } from '@/lib/panel-state';

import { ConnectButton } from '../connect-button';
import { EnvironmentBadge } from '../environment-badge';

type Snapshot = Extract<PanelSnapshot, { kind: 'mismatch' }>;

const TITLES: Record<MismatchReason, MessageKey> = {
  'sandbox-tab-production-connection': 'mismatchTitle_sandboxTab',
  'production-tab-sandbox-connection': 'mismatchTitle_productionTab',
  'other-org': 'mismatchTitle_otherOrg',
};

/** Never silently uses another org: says which org the tab is on and what is connected. */
export function Mismatch(props: { snapshot: Snapshot; onOpenSettings: () => void }) {
  const { page, reason, connections } = props.snapshot;
  return (
    <section
      className="slds-card sofie-card sofie-card--warning"
      role="alert"
      data-state="mismatch"
      data-reason={reason}
    >
      <h2 className="slds-text-heading_small">{t(TITLES[reason])}</h2>
      <p>
        {t('mismatchTab')} <EnvironmentBadge environment={page.environment} />{' '}
        <strong>{page.myDomain ?? page.apiHost}</strong>
      </p>
      <p>{t('mismatchConnected')}</p>
      <ul className="slds-list_dotted">
        {connections.map((c) => (
          <li key={c.key}>
            <EnvironmentBadge environment={c.environment} /> {c.orgName} ({c.username})
          </li>
        ))}
      </ul>
      <p>{t('mismatchNoCall')}</p>
      <div className="sofie-actions">
        <ConnectButton page={page} />
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
