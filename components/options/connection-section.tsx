import { t } from '@/lib/i18n';
import { OAUTH_SCOPES } from '@/lib/settings/connection';

import { AdminValue } from './admin-value';
import { AuthBaseUrlField } from './auth-base-url-field';
import { CallbackUrl } from './callback-url';
import { ConnectedAppGuide } from './connected-app-guide';
import { CheckboxSetting, TextSetting } from './inputs';
import { useOptions } from './options-store';
import { SettingField } from './setting-field';

const SCOPE_KEYS = {
  api: 'optionsScopeApi',
  refresh_token: 'optionsScopeRefresh',
  offline_access: 'optionsScopeOffline',
} as const;

function ClientSecretHelp() {
  const secret = useOptions((s) => s.view?.values.clientSecret);
  return (
    <>
      {secret === 'set' ? t('optionsClientSecretIsSet') : t('optionsClientSecretNotSet')}{' '}
      {t('optionsClientSecretHelp')}
    </>
  );
}

/** Never shows the stored secret: only a new one typed here, or a request to remove it. */
function ClientSecretSetting() {
  const typed = useOptions((s) => s.draft.clientSecret);
  const isSet = useOptions((s) => s.view?.values.clientSecret === 'set');
  const edit = useOptions((s) => s.edit);
  return (
    <SettingField
      settingKey="clientSecret"
      label={t('optionsClientSecretLabel')}
      help={<ClientSecretHelp />}
    >
      {({ id, describedBy, invalid, locked }) => (
        <div className="sofie-row">
          <input
            id={id}
            className="sofie-input"
            type="password"
            autoComplete="off"
            value={typeof typed === 'string' ? typed : ''}
            readOnly={locked}
            placeholder={isSet ? t('optionsClientSecretPlaceholder') : ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => edit('clientSecret', e.target.value)}
          />
          {isSet && !locked ? (
            <button type="button" className="sofie-button" onClick={() => edit('clientSecret', '')}>
              {t('optionsClientSecretRemove')}
            </button>
          ) : null}
        </div>
      )}
    </SettingField>
  );
}

export function ConnectionSection() {
  const callbackUrl = useOptions((s) => s.view?.callbackUrl ?? '');
  return (
    <section className="sofie-card" aria-labelledby="connection-heading" data-section="connection">
      <h2 id="connection-heading">{t('optionsConnectionHeading')}</h2>
      <CheckboxSetting settingKey="salesforceEnabled" label={t('optionsEnabledLabel')} />
      <TextSetting
        settingKey="clientId"
        label={t('optionsClientIdLabel')}
        help={t('optionsClientIdHelp')}
        placeholder="3MVG9…"
      />
      <ClientSecretSetting />
      <AuthBaseUrlField />
      <AdminValue
        settingKey="allowUserConnectionSettings"
        label="optionsAllowUserConnectionSettingsLabel"
      />
      <AdminValue
        settingKey="allowedOrgIds"
        label="optionsAllowedOrgIdsLabel"
        none="optionsAllowsNoOrg"
      />
      <AdminValue
        settingKey="allowedMyDomains"
        label="optionsAllowedMyDomainsLabel"
        none="optionsAllowsNoOrg"
      />
      <CallbackUrl url={callbackUrl} />
      <h3>{t('optionsScopesHeading')}</h3>
      <ul className="sofie-scopes">
        {OAUTH_SCOPES.map((scope) => (
          <li key={scope}>
            <code>{scope}</code>: {t(SCOPE_KEYS[scope])}
          </li>
        ))}
      </ul>
      <ConnectedAppGuide callbackUrl={callbackUrl} />
    </section>
  );
}
