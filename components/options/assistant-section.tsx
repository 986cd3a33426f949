import { t } from '@/lib/i18n';

import { SelectSetting, TextSetting } from './inputs';

export function AssistantSection() {
  return (
    <section className="sofie-card" aria-labelledby="assistant-heading" data-section="assistant">
      <h2 id="assistant-heading">{t('optionsAssistantHeading')}</h2>
      <SelectSetting
        settingKey="summaryProvider"
        label={t('optionsSummaryProviderLabel')}
        help={t('optionsSummaryProviderHelp')}
        choices={[
          { value: 'builtin', label: t('optionsSummaryBuiltin') },
          { value: 'on-device', label: t('optionsSummaryOnDevice') },
          { value: 'openai-compatible', label: t('optionsSummaryOpenAi') },
        ]}
      />
      <TextSetting
        settingKey="summaryEndpoint"
        label={t('optionsSummaryEndpointLabel')}
        type="url"
        placeholder="https://"
      />
      <TextSetting settingKey="summaryModel" label={t('optionsSummaryModelLabel')} />
      <TextSetting
        settingKey="sofieWebAppUrl"
        label={t('optionsWebAppUrlLabel')}
        type="url"
        placeholder="https://"
      />
      <TextSetting
        settingKey="allowedWorkflowEndpoints"
        label={t('optionsWorkflowEndpointsLabel')}
        help={t('optionsWorkflowEndpointsHelp')}
        multiline
      />
    </section>
  );
}
