import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import { PINNED_EXTENSION_ID } from '../../../lib/manifest-key';

const POLICY_DIR = '/etc/chromium/policies/managed';

const policyFile = (name: string) => join(POLICY_DIR, `sofie-e2e-${name}.json`);

/**
 * Writes (or replaces) Sofie's managed policy file. A running Chromium watches the directory and
 * applies the change after a few seconds, firing `storage.onChanged` for the managed area.
 */
export function writePolicy(name: string, policy: Record<string, unknown>): void {
  mkdirSync(POLICY_DIR, { recursive: true });
  writeFileSync(
    policyFile(name),
    JSON.stringify({ '3rdparty': { extensions: { [PINNED_EXTENSION_ID]: policy } } }),
  );
}

/**
 * A real managed policy for Sofie, as Chrome reads it from disk (root only). Call it before
 * `useBrowser` so the file exists when Chromium starts; it is removed after the spec file.
 */
export function usePolicy(name: string, policy: Record<string, unknown>): void {
  beforeAll(() => {
    writePolicy(name, policy);
  });
  afterAll(() => {
    rmSync(policyFile(name), { force: true });
  });
}
