import { handle } from '@/lib/messaging/handlers';

import type { PanelController } from './panel-controller';

/** The record view's own messages: only a retry, since the view follows the tab by itself. */
export function registerRecordHandlers(
  extensionId: string,
  deps: { controller: PanelController },
): void {
  handle(
    'panelRetryRecord',
    ['extension-page'],
    ({ windowId }) => deps.controller.refresh(windowId, true),
    extensionId,
  );
}
