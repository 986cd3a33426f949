import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { createTabTracker } from '@/lib/tabs/tab-tracker';

import { registerAuditHandlers } from './audit-handlers';
import { Connections } from './connections';
import { registerDiagnosticsHandlers } from './diagnostics';
import { registerHandlers } from './handlers';
import { forgetConnectionData } from './forget-connection';
import { registerHandoffHandlers } from './handoff';
import { startLogging } from './logging';
import { PanelController } from './panel-controller';
import { PanelHub } from './panel-hub';
import { registerRecordHandlers } from './record-handlers';
import { RecordLoader } from './record-loader';
import { registerReviewHandlers } from './review-handlers';
import { registerHandEditHandlers } from './hand-edits';
import { Reviews } from './reviews';
import { registerSearchHandlers } from './search';
import { onEffectiveSettingsChanged, registerSettingsHandlers } from './settings';
import { configureSidePanel } from './side-panel';
import { restrictToTrustedContexts } from './storage-access';
import { feedTabEvents, primeWindow } from './tab-events';

export default defineBackground({
  type: 'module',
  main() {
    const extensionId = browser.runtime.id;
    startLogging();
    void restrictToTrustedContexts(browser.storage.local);
    configureSidePanel();

    const tracker = createTabTracker();
    const connections = new Connections();
    const loader = new RecordLoader(connections);
    connections.onForget((connection, remaining) =>
      forgetConnectionData(connection, remaining, { metadata: loader.metadata }),
    );
    let controller: PanelController | undefined = undefined;
    const hub = new PanelHub(extensionId, (windowId) => {
      // Not forced: a load the tracker already started for this page is not sent twice.
      void primeWindow(tracker, windowId).then(() => controller?.refresh(windowId));
    });
    controller = new PanelController(hub, tracker, connections, loader);
    const reviews = new Reviews(connections, loader, controller);

    registerHandlers(extensionId, { connections, tracker });
    registerSettingsHandlers(extensionId);
    registerDiagnosticsHandlers(extensionId, { connections });
    registerReviewHandlers(extensionId, { reviews, controller });
    registerHandEditHandlers(extensionId, { controller });
    registerRecordHandlers(extensionId, { controller });
    registerAuditHandlers(extensionId, { connections, loader, controller });
    registerSearchHandlers(extensionId, { connections, tracker, loader });
    registerHandoffHandlers(extensionId, {
      controller,
      prepareChange: (windowId, proposals) => reviews.prepare(windowId, proposals),
    });
    hub.start();
    feedTabEvents(tracker);
    tracker.subscribe(({ windowId }) => void controller?.refresh(windowId));
    connections.onChange(() => controller?.refreshAll());
    onEffectiveSettingsChanged(() => {
      void connections.refreshPolicy();
      controller?.refreshAll();
    });
  },
});
