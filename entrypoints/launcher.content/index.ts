import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

import { LAUNCHER_EXCLUDED_PATTERNS, SALESFORCE_HOST_PATTERNS } from '@/lib/manifest-hosts';

import { mountLauncher } from './launcher';

/**
 * The only code that runs inside Salesforce pages. It shows the launcher and nothing else: it reads
 * nothing from the page, holds no token and can only ask the background to open the panel.
 */
export default defineContentScript({
  matches: [...SALESFORCE_HOST_PATTERNS],
  excludeMatches: [...LAUNCHER_EXCLUDED_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    const unmount = mountLauncher(
      document,
      browser.i18n.getMessage('launcherLabel') || 'Open Sofie',
    );
    ctx.onInvalidated(unmount);
  },
});
