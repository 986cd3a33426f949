import { t } from '@/lib/i18n';

import { TextSetting } from './inputs';

export function SearchSection() {
  return (
    <section className="sofie-card" aria-labelledby="search-heading" data-section="search">
      <h2 id="search-heading">{t('optionsSearchHeading')}</h2>
      <TextSetting
        settingKey="searchObjects"
        label={t('optionsSearchObjectsLabel')}
        help={t('optionsSearchObjectsHelp')}
        multiline
      />
    </section>
  );
}
