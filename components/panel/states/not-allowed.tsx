import { problemText } from '@/components/options/problem-text';
import { t } from '@/lib/i18n';
import type { PanelSnapshot } from '@/lib/panel-state';

import { EnvironmentBadge } from '../environment-badge';

type Snapshot = Extract<PanelSnapshot, { kind: 'not-allowed' }>;

/** The admin's policy no longer allows this org: say so, name whom to ask, and call nothing. */
export function NotAllowed(props: { snapshot: Snapshot; onOpenSettings: () => void }) {
  const { connection, problem } = props.snapshot;
  return (
    <section
      className="slds-card sofie-card sofie-card--warning"
      role="alert"
      data-state="not-allowed"
      data-problem={problem.code}
    >
      <h2 className="slds-text-heading_small">{t('notAllowedTitle')}</h2>
      <p>
        <EnvironmentBadge environment={connection.environment} />{' '}
        <strong>{connection.orgName}</strong> ({connection.username})
      </p>
      <p data-field="reason">{problemText(problem)}</p>
      <p className="sofie-muted">{t('notAllowedNoCall')}</p>
      <div className="sofie-actions">
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
