import { useEffect } from 'react';

import { t } from '@/lib/i18n';

import { NotConnected } from './not-connected';
import type { UsePanelStore } from './panel-store';

export function PanelApp({ useStore }: { useStore: UsePanelStore }) {
  const status = useStore((s) => s.status);
  const snapshot = useStore((s) => s.snapshot);
  const error = useStore((s) => s.error);
  const refresh = useStore((s) => s.refresh);
  const openOptions = useStore((s) => s.openOptions);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return (
    <main className="sofie-panel" aria-busy={status === 'loading'}>
      <header className="sofie-header">
        <h1 className="sofie-title">{t('panelTitle')}</h1>
      </header>
      {status === 'loading' && (
        <p className="sofie-muted" role="status">
          {t('panelLoading')}
        </p>
      )}
      {status === 'error' && (
        <section className="sofie-card sofie-card--error" role="alert">
          <h2>{t('errorTitle')}</h2>
          <p>{error}</p>
          <button type="button" className="sofie-button" onClick={() => void refresh()}>
            {t('retry')}
          </button>
        </section>
      )}
      {status === 'ready' && snapshot && (
        <NotConnected
          onSalesforcePage={snapshot.kind === 'not-connected' && snapshot.onSalesforcePage}
          onOpenSettings={() => void openOptions()}
        />
      )}
    </main>
  );
}
