import { defineConfig } from 'wxt';

import { EXTENSION_PAGES_CSP, SALESFORCE_HOST_PATTERNS } from './lib/manifest-hosts';
import { MANIFEST_PUBLIC_KEY } from './lib/manifest-key';
import {
  JSFORCE_NODE_ALIASES,
  JSFORCE_NODE_DEFINES,
  JSFORCE_NODE_INJECTS,
  jsforceForServiceWorker,
} from './scripts/jsforce-bundle';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  vite: () => ({
    plugins: [jsforceForServiceWorker()],
    resolve: { alias: JSFORCE_NODE_ALIASES },
    define: JSFORCE_NODE_DEFINES,
    build: { rolldownOptions: { transform: { inject: JSFORCE_NODE_INJECTS } } },
  }),
  manifest: {
    name: '__MSG_extName__',
    short_name: 'Sofie',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    key: MANIFEST_PUBLIC_KEY,
    minimum_chrome_version: '116',
    permissions: ['sidePanel', 'storage', 'identity'],
    host_permissions: [...SALESFORCE_HOST_PATTERNS],
    storage: { managed_schema: 'managed_schema.json' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandOpen__',
      },
    },
  },
});
