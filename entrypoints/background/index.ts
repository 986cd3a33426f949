import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { registerHandlers } from './handlers';
import { startLogging } from './logging';
import { PanelHub } from './panel-hub';
import { registerSettingsHandlers } from './settings';
import { configureSidePanel } from './side-panel';
import { WindowFollower } from './window-follower';

export default defineBackground({
  type: 'module',
  main() {
    const extensionId = browser.runtime.id;
    startLogging();
    configureSidePanel();
    registerHandlers(extensionId);

    let follower: WindowFollower | undefined = undefined;
    const hub = new PanelHub(extensionId, (windowId) => void follower?.refresh(windowId));
    follower = new WindowFollower(hub);
    hub.start();
    follower.start();
    registerSettingsHandlers(extensionId);
  },
});
