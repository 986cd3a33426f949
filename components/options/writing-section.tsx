import { t } from '@/lib/i18n';

import { CheckboxSetting, SelectSetting, TextSetting } from './inputs';

export function WritingSection() {
  return (
    <section className="sofie-card" aria-labelledby="writing-heading" data-section="writing">
      <h2 id="writing-heading">{t('optionsWritingHeading')}</h2>
      <p className="sofie-muted">{t('optionsWritingIntro')}</p>
      <SelectSetting
        settingKey="writeMode"
        label={t('optionsWriteModeLabel')}
        choices={[
          { value: 'review', label: t('optionsWriteModeReview') },
          { value: 'off', label: t('optionsWriteModeOff') },
        ]}
      />
      <CheckboxSetting
        settingKey="allowProductionWrites"
        label={t('optionsAllowProductionWritesLabel')}
      />
      <CheckboxSetting
        settingKey="requireTypedConfirmationInProduction"
        label={t('optionsTypedConfirmationLabel')}
      />
      <TextSetting
        settingKey="writableObjects"
        label={t('optionsWritableObjectsLabel')}
        help={t('optionsWritableObjectsHelp')}
        multiline
      />
      <TextSetting
        settingKey="blockedFields"
        label={t('optionsBlockedFieldsLabel')}
        help={t('optionsBlockedFieldsHelp')}
        multiline
      />
      <TextSetting
        settingKey="maxFieldsPerChange"
        label={t('optionsMaxFieldsLabel')}
        help={t('optionsMaxFieldsHelp')}
        type="number"
      />
      <CheckboxSetting
        settingKey="auditTaskOnWrite"
        label={t('optionsAuditTaskLabel')}
        help={t('optionsAuditTaskHelp')}
      />
    </section>
  );
}
