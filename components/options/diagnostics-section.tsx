import { t } from '@/lib/i18n';

import { CheckboxSetting, TextSetting } from './inputs';

export function DiagnosticsSection() {
  return (
    <section
      className="sofie-card"
      aria-labelledby="diagnostics-heading"
      data-section="diagnostics"
    >
      <h2 id="diagnostics-heading">{t('optionsDiagnosticsHeading')}</h2>
      <CheckboxSetting settingKey="verboseLogging" label={t('optionsVerboseLogging')} />
      <TextSetting
        settingKey="supportContact"
        label={t('optionsSupportContactLabel')}
        help={t('optionsSupportContactHelp')}
      />
    </section>
  );
}
