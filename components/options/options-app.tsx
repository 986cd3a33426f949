import { useEffect } from 'react';

import { t } from '@/lib/i18n';

import type { UseOptionsStore } from './options-store';

export function OptionsApp({ useStore }: { useStore: UseOptionsStore }) {
  const preferences = useStore((s) => s.preferences);
  const loaded = useStore((s) => s.loaded);
  const savedAt = useStore((s) => s.savedAt);
  const load = useStore((s) => s.load);
  const setPreference = useStore((s) => s.setPreference);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="sofie-options" aria-busy={!loaded}>
      <h1>{t('optionsTitle')}</h1>
      <p className="sofie-muted">{t('optionsIntro')}</p>
      <section
        className="sofie-card"
        aria-labelledby="connection-heading"
        data-section="connection"
      >
        <h2 id="connection-heading">{t('optionsConnectionHeading')}</h2>
        <p>{t('optionsConnectionPending')}</p>
      </section>
      <section className="sofie-card" aria-labelledby="general-heading">
        <h2 id="general-heading">{t('optionsGeneralHeading')}</h2>
        <label className="sofie-field">
          <input
            type="checkbox"
            checked={preferences.launcherVisible}
            onChange={(e) => void setPreference('launcherVisible', e.target.checked)}
          />
          {t('optionsLauncherVisible')}
        </label>
        <label className="sofie-field">
          <input
            type="checkbox"
            checked={preferences.verboseLogging}
            onChange={(e) => void setPreference('verboseLogging', e.target.checked)}
          />
          {t('optionsVerboseLogging')}
        </label>
        <p role="status" className="sofie-muted">
          {savedAt ? t('optionsSaved') : ''}
        </p>
      </section>
    </main>
  );
}
