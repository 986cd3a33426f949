import { dirname, join, resolve } from 'node:path';

import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * jsforce's Node build loads undici 8, which needs Node 22, so unit tests run the browser build of
 * `jsforce/core` that the service worker ships, with the two swaps of jsforce's `browser` field.
 */
function jsforceBrowserBuild(): Plugin {
  const swaps: Record<string, string> = {
    request: 'browser/request.js',
    registry: 'browser/registry.js',
  };
  return {
    name: 'sofie:jsforce-browser-build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'jsforce/core') return this.resolve('jsforce/browser/core.js', importer);
      if (!importer?.includes('/node_modules/jsforce/browser/') || !source.startsWith('.')) return;

      const root = importer.slice(
        0,
        importer.indexOf('/jsforce/browser/') + '/jsforce/browser/'.length,
      );
      const target = resolve(dirname(importer), source)
        .slice(root.length)
        .replace(/(\/index)?\.js$/, '');
      const swap = swaps[target];
      return swap ? join(root, swap) : undefined;
    },
  };
}

export default defineConfig({
  plugins: [WxtVitest(), jsforceBrowserBuild()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'entrypoints/**/*.test.ts',
      'test/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup/english-messages.ts'],
    restoreMocks: true,
    server: { deps: { inline: ['jsforce'] } },
  },
});
