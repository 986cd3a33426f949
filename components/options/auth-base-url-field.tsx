import { t, type MessageKey } from '@/lib/i18n';
import {
  loginKindOf,
  normaliseAuthBaseUrl,
  PRODUCTION_LOGIN_URL,
  SANDBOX_LOGIN_URL,
  type AuthUrlChange,
  type LoginKind,
} from '@/lib/settings/auth-base-url';

import { useFieldValue } from './inputs';
import { useOptions } from './options-store';
import { SettingField } from './setting-field';

const CHANGE_KEYS: Record<AuthUrlChange, MessageKey> = {
  'scheme-added': 'optionsAuthUrlChangeScheme',
  'http-upgraded': 'optionsAuthUrlChangeHttps',
  'lightning-host': 'optionsAuthUrlChangeLightning',
  'setup-host': 'optionsAuthUrlChangeSetup',
  'visualforce-host': 'optionsAuthUrlChangeVisualforce',
  'path-removed': 'optionsAuthUrlChangePath',
  'proxy-suffix-removed': 'optionsAuthUrlChangeProxy',
};

const CHOICES: { kind: LoginKind; label: MessageKey; url?: string }[] = [
  { kind: 'production', label: 'optionsAuthUrlProduction', url: PRODUCTION_LOGIN_URL },
  { kind: 'sandbox', label: 'optionsAuthUrlSandbox', url: SANDBOX_LOGIN_URL },
  { kind: 'my-domain', label: 'optionsAuthUrlMyDomain' },
];

/** What Sofie will do with a pasted address, said before saving. */
function NormalisedNote({ text }: { text: string }) {
  if (!text.trim()) return null;
  const result = normaliseAuthBaseUrl(text);
  if (!result.ok || !result.value.changes.length) return null;
  const changes = result.value.changes.map((c) => t(CHANGE_KEYS[c])).join('; ');
  return (
    <p className="sofie-help" role="note" id="authBaseUrl-normalised">
      {t('optionsAuthUrlWillUse', [result.value.url, changes])}
    </p>
  );
}

/** Production, Sandbox, or a My Domain typed in any form and normalised on save. */
export function AuthBaseUrlField() {
  const value = useFieldValue('authBaseUrl');
  const edit = useOptions((s) => s.edit);
  const text = typeof value === 'string' ? value : '';
  const kind = loginKindOf(text);

  return (
    <SettingField
      settingKey="authBaseUrl"
      label={t('optionsAuthUrlLabel')}
      help={t('optionsAuthUrlHelp')}
    >
      {({ id, describedBy, invalid, locked }) => (
        <div>
          <div role="radiogroup" aria-label={t('optionsAuthUrlLabel')} className="sofie-choices">
            {CHOICES.map((choice) => (
              <label key={choice.kind} className="sofie-field">
                <input
                  type="radio"
                  name="authBaseUrl-kind"
                  value={choice.kind}
                  checked={kind === choice.kind}
                  disabled={locked}
                  onChange={() => edit('authBaseUrl', choice.url ?? '')}
                />
                {t(choice.label)}
              </label>
            ))}
          </div>
          {kind === 'my-domain' ? (
            <>
              <input
                id={id}
                className="sofie-input"
                type="text"
                value={text}
                readOnly={locked}
                spellCheck={false}
                placeholder="https://yourcompany.my.salesforce.com"
                aria-describedby={`${describedBy} authBaseUrl-normalised`}
                aria-invalid={invalid}
                onChange={(e) => edit('authBaseUrl', e.target.value)}
              />
              <NormalisedNote text={text} />
            </>
          ) : null}
        </div>
      )}
    </SettingField>
  );
}
