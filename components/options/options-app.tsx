import { useEffect } from 'react';

import { t } from '@/lib/i18n';

import { AssistantSection } from './assistant-section';
import { AuditSection } from './audit/audit-section';
import { ConnectionSection } from './connection-section';
import { ConnectionsSection } from './connections/connections-section';
import { DiagnosticsSection } from './diagnostics-section';
import { OptionsStoreContext, useOptions, type UseOptionsStore } from './options-store';
import { PolicyProblems } from './policy-problems';
import { SearchSection } from './search-section';
import { WritingSection } from './writing-section';

function SaveBar() {
  const dirty = useOptions((s) => Object.keys(s.draft).length > 0);
  const saving = useOptions((s) => s.saving);
  const outcome = useOptions((s) => s.outcome);
  const discard = useOptions((s) => s.discard);

  return (
    <div className="sofie-savebar">
      <button
        type="submit"
        className="sofie-button sofie-button--brand"
        disabled={!dirty || saving}
      >
        {t('optionsSave')}
      </button>
      <button type="button" className="sofie-button" disabled={!dirty || saving} onClick={discard}>
        {t('optionsDiscard')}
      </button>
      <p role="status" className="sofie-status" data-outcome={outcome} data-save-status>
        {outcome === 'saved' ? t('optionsSaved') : ''}
        {outcome === 'refused' ? t('optionsNotSaved') : ''}
        {outcome === undefined && dirty ? t('optionsUnsaved') : ''}
      </p>
    </div>
  );
}

function GeneralSection() {
  const visible = useOptions((s) => s.launcherVisible);
  const setVisible = useOptions((s) => s.setLauncherVisible);
  return (
    <section className="sofie-card" aria-labelledby="general-heading" data-section="general">
      <h2 id="general-heading">{t('optionsGeneralHeading')}</h2>
      <label className="sofie-field">
        <input
          type="checkbox"
          checked={visible}
          onChange={(e) => void setVisible(e.target.checked)}
        />
        {t('optionsLauncherVisible')}
      </label>
    </section>
  );
}

function OptionsPage() {
  const loaded = useOptions((s) => s.view !== undefined);
  const loadFailed = useOptions((s) => s.loadFailed);
  const load = useOptions((s) => s.load);
  const save = useOptions((s) => s.save);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="sofie-options" aria-busy={!loaded}>
      <h1>{t('optionsTitle')}</h1>
      <p className="sofie-muted">{t('optionsIntro')}</p>
      {loadFailed ? (
        <p role="alert" className="sofie-card sofie-card--error">
          {t('optionsLoadFailed')}
        </p>
      ) : null}
      {loaded ? (
        <>
          <PolicyProblems />
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <ConnectionSection />
            <ConnectionsSection />
            <WritingSection />
            <SearchSection />
            <AssistantSection />
            <DiagnosticsSection />
            <SaveBar />
          </form>
          <GeneralSection />
          <AuditSection />
        </>
      ) : null}
    </main>
  );
}

export function OptionsApp({ useStore }: { useStore: UseOptionsStore }) {
  return (
    <OptionsStoreContext.Provider value={useStore}>
      <OptionsPage />
    </OptionsStoreContext.Provider>
  );
}
