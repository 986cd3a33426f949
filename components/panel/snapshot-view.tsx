import type { PanelSnapshot } from '@/lib/panel-state';

import { RecordPanel } from './record/record-panel';
import { Mismatch } from './states/mismatch';
import { NotAllowed } from './states/not-allowed';
import { NotConnected } from './states/not-connected';
import { Notice } from './states/notice';
import { PageInfo } from './states/page-info';
import { Reconnect } from './states/reconnect';

/** One designed state per snapshot kind; the switch is exhaustive so a new kind cannot be forgotten. */
export function SnapshotView(props: { snapshot: PanelSnapshot; onOpenSettings: () => void }) {
  const { snapshot, onOpenSettings } = props;
  switch (snapshot.kind) {
    case 'no-salesforce-page':
      return (
        <Notice state="no-salesforce-page" title="noSalesforcePageTitle" body="noSalesforcePage" />
      );
    case 'disabled':
      return (
        <Notice
          state="disabled"
          title="disabledTitle"
          body="disabledBody"
          onOpenSettings={onOpenSettings}
        />
      );
    case 'not-configured':
      return (
        <Notice
          state="not-configured"
          title="notConfiguredTitle"
          body="notConfiguredBody"
          onOpenSettings={onOpenSettings}
        />
      );
    case 'not-connected':
      return <NotConnected snapshot={snapshot} onOpenSettings={onOpenSettings} />;
    case 'mismatch':
      return <Mismatch snapshot={snapshot} onOpenSettings={onOpenSettings} />;
    case 'reconnect':
      return <Reconnect snapshot={snapshot} />;
    case 'not-allowed':
      return <NotAllowed snapshot={snapshot} onOpenSettings={onOpenSettings} />;
    case 'page':
      return <PageInfo page={snapshot.page} />;
    case 'record':
      return <RecordPanel snapshot={snapshot} />;
  }
}
