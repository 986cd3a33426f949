import { browser } from 'wxt/browser';

import { EnvironmentBadge } from '@/components/panel/environment-badge';
import { t } from '@/lib/i18n';
import type { ConnectedOrg } from '@/lib/messaging/protocol';

import { problemText } from '../problem-text';

const since = (epochMs: number) =>
  new Intl.DateTimeFormat(browser.i18n.getUILanguage(), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(epochMs);

/** One connected org: which org, which user, which kind of org, where, since when. */
export function ConnectionRow(props: {
  org: ConnectedOrg;
  disabled: boolean;
  onDisconnect: () => void;
}) {
  const { org } = props;
  return (
    <li className="sofie-conn__org" data-connection={org.key} data-org-id={org.orgId}>
      <div className="sofie-conn__org-head">
        <strong className="sofie-conn__org-name">{org.orgName}</strong>{' '}
        <EnvironmentBadge environment={org.environment} />
      </div>
      <dl className="sofie-conn__facts">
        <dt>{t('optionsConnUser')}</dt>
        <dd data-field="username">
          {org.displayName} ({org.username})
        </dd>
        <dt>{t('optionsConnHost')}</dt>
        <dd data-field="host">
          {org.apiHost}
          {org.instanceName ? ` · ${org.instanceName}` : ''}
        </dd>
        <dt>{t('optionsConnSince')}</dt>
        <dd data-field="since">
          <time dateTime={new Date(org.connectedAt).toISOString()}>{since(org.connectedAt)}</time>
        </dd>
      </dl>
      {org.notAllowed ? (
        <p
          className="sofie-conn__problem"
          role="alert"
          data-field="not-allowed"
          data-problem={org.notAllowed.code}
        >
          {problemText(org.notAllowed)}
        </p>
      ) : null}
      <button
        type="button"
        className="sofie-button"
        disabled={props.disabled}
        aria-label={t('optionsConnDisconnectOrg', [org.orgName, org.username])}
        onClick={props.onDisconnect}
      >
        {t('optionsConnDisconnect')}
      </button>
    </li>
  );
}
