import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { findChromium } from './harness/chromium';

/**
 * Builds and zips the extension for Chrome and Edge once for all browser tests (the tests load the
 * Chrome build), and fails early, saying how to get one, when no browser is there.
 */
export default function setup(): void {
  findChromium();
  if (process.env.SOFIE_SKIP_BUILD === '1' && existsSync('.output/chrome-mv3/manifest.json'))
    return;

  // Vitest's own variables (VITEST, NODE_ENV=test) would switch WXT into its test mode.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV'),
  );
  execFileSync('npm', ['run', 'zip', '--silent'], { stdio: 'inherit', env });
}
