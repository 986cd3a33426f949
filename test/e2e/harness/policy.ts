import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import { PINNED_EXTENSION_ID } from '../../../lib/manifest-key';

const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * A real managed policy for Sofie, as Chrome reads it from disk (root only). Call it before
 * `useBrowser` so the file exists when Chromium starts; it is removed after the spec file.
 */
export function usePolicy(name: string, policy: Record<string, unknown>): void {
  const file = join(POLICY_DIR, `sofie-e2e-${name}.json`);
  beforeAll(() => {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      file,
      JSON.stringify({ '3rdparty': { extensions: { [PINNED_EXTENSION_ID]: policy } } }),
    );
  });
  afterAll(() => {
    rmSync(file, { force: true });
  });
}
