import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

import { registerHandlers } from './handlers';
import { startLogging } from './logging';
import { registerSettingsHandlers } from './settings';
import { configureSidePanel } from './side-panel';

export default defineBackground({
  type: 'module',
  main() {
    startLogging();
    configureSidePanel();
    registerHandlers(browser.runtime.id);
    registerSettingsHandlers(browser.runtime.id);
  },
});
