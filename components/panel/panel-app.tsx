import { useEffect } from 'react';

import { t } from '@/lib/i18n';

import { PanelHeader } from './panel-header';
import type { UsePanelStore } from './panel-store';
import { SearchBox, searchableOrg } from './search/search-box';
import { SnapshotView } from './snapshot-view';
import { Skeleton } from './skeleton';
import { WindowIdContext } from './window-context';

export function PanelApp({ useStore }: { useStore: UsePanelStore }) {
  const status = useStore((s) => s.status);
  const snapshot = useStore((s) => s.snapshot);
  const error = useStore((s) => s.error);
  const connect = useStore((s) => s.connect);
  const openOptions = useStore((s) => s.openOptions);
  const windowId = useStore((s) => s.windowId);
  const searchOrg = status === 'ready' ? searchableOrg(snapshot) : undefined;

  useEffect(() => {
    void connect();
  }, [connect]);

  return (
    <WindowIdContext.Provider value={windowId}>
      <div className="sofie-panel" aria-busy={status === 'loading'}>
        <PanelHeader snapshot={snapshot} onOpenSettings={() => void openOptions()} />
        <main>
          {status === 'loading' && <Skeleton label={t('panelLoading')} />}
          {status === 'error' && (
            <section
              className="slds-card sofie-card sofie-card--error"
              role="alert"
              data-state="error"
            >
              <h2 className="slds-text-heading_small">{t('errorTitle')}</h2>
              <p>{error}</p>
              <button
                type="button"
                className="slds-button slds-button_neutral"
                onClick={() => void connect()}
              >
                {t('retry')}
              </button>
            </section>
          )}
          {searchOrg && <SearchBox key={searchOrg.key} orgId={searchOrg.orgId} />}
          {status === 'ready' && snapshot && (
            <SnapshotView snapshot={snapshot} onOpenSettings={() => void openOptions()} />
          )}
        </main>
      </div>
    </WindowIdContext.Provider>
  );
}
