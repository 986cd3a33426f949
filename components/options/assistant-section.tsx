import { t, type MessageKey } from '@/lib/i18n';
import type { SettingKey } from '@/lib/settings/settings-model';

import { TextSetting } from './inputs';
import { useOptions } from './options-store';

/** A value only the organization's policy sets: shown, never editable here. */
function AdminValue({ settingKey, label }: { settingKey: SettingKey; label: MessageKey }) {
  const value = useOptions((s) => s.view?.values[settingKey]);
  const fromPolicy = useOptions((s) => s.view?.sources[settingKey] === 'policy');
  const text = Array.isArray(value)
    ? value.join(', ')
    : typeof value === 'string' && value !== ''
      ? value
      : '—';
  return (
    <div
      className="sofie-setting"
      data-setting={settingKey}
      data-source={fromPolicy ? 'policy' : 'default'}
    >
      <p className="sofie-setting__head">
        <strong>{t(label)}</strong>
      </p>
      <p>{text}</p>
      <p className="sofie-help">{fromPolicy ? t('optionsSourcePolicy') : t('optionsAdminOnly')}</p>
    </div>
  );
}

export function AssistantSection() {
  return (
    <section className="sofie-card" aria-labelledby="assistant-heading" data-section="assistant">
      <h2 id="assistant-heading">{t('optionsAssistantHeading')}</h2>
      <AdminValue settingKey="summaryProvider" label="optionsSummaryProviderLabel" />
      <AdminValue settingKey="summaryEndpoint" label="optionsSummaryEndpointLabel" />
      <AdminValue settingKey="summaryModel" label="optionsSummaryModelLabel" />
      <TextSetting
        settingKey="sofieWebAppUrl"
        label={t('optionsWebAppUrlLabel')}
        type="url"
        placeholder="https://"
      />
      <AdminValue settingKey="allowedWorkflowEndpoints" label="optionsWorkflowEndpointsLabel" />
    </section>
  );
}
