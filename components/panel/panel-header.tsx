import { t } from '@/lib/i18n';
import type { PanelSnapshot } from '@/lib/panel-state';

import { EnvironmentBadge } from './environment-badge';

export function PanelHeader(props: {
  snapshot: PanelSnapshot | undefined;
  onOpenSettings: () => void;
}) {
  const connection =
    props.snapshot && 'connection' in props.snapshot ? props.snapshot.connection : undefined;

  return (
    <header className="sofie-header">
      <h1 className="sofie-title slds-text-heading_small">{t('panelTitle')}</h1>
      {connection && (
        <span className="sofie-org" data-org={connection.orgId}>
          <EnvironmentBadge environment={connection.environment} />
          <span className="sofie-org__name" title={connection.username}>
            {connection.orgName}
          </span>
        </span>
      )}
      <button
        type="button"
        className="slds-button slds-button_icon sofie-header__settings"
        onClick={props.onOpenSettings}
        aria-label={t('openSettings')}
        title={t('openSettings')}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M19.4 13a7.6 7.6 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L15 3.2h-4l-.4 2.7a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.6 11a7.6 7.6 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1c.5.4 1.1.8 1.7 1l.4 2.7h4l.4-2.7c.6-.2 1.2-.6 1.7-1l2.5 1 2-3.5zM12 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
          />
        </svg>
      </button>
    </header>
  );
}
