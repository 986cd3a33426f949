import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { findChromium, INSTALL_HINT, playwrightCacheBinary } from './harness/chromium';

describe('finding a Chromium for the browser tests', () => {
  const saved = process.env.CHROME_PATH;
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'sofie-pw-cache-'));
    dirs.push(dir);
    return dir;
  };

  afterEach(() => {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('says so when CHROME_PATH names a browser that is not there, with the install command', () => {
    process.env.CHROME_PATH = '/nowhere/chromium';

    expect(() => findChromium()).toThrow(/CHROME_PATH is set to \/nowhere\/chromium/);
    expect(() => findChromium()).toThrow(INSTALL_HINT);
  });

  it("finds the newest Chromium in Playwright's cache, in either folder layout", () => {
    const cache = tempDir();
    for (const [dir, folder] of [
      ['chromium-1100', 'chrome-linux'],
      ['chromium-1200', 'chrome-linux64'],
    ] as const) {
      mkdirSync(join(cache, dir, folder), { recursive: true });
      writeFileSync(join(cache, dir, folder, 'chrome'), '');
    }

    expect(playwrightCacheBinary(cache)).toBe(
      join(cache, 'chromium-1200', 'chrome-linux64', 'chrome'),
    );
  });

  it('finds nothing in an empty or missing cache', () => {
    expect(playwrightCacheBinary(tempDir())).toBeUndefined();
    expect(playwrightCacheBinary(join(tempDir(), 'missing'))).toBeUndefined();
  });
});
