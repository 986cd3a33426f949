import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export const INSTALL_HINT =
  "No Chromium found. Install Debian's: `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chromium or Chrome binary).";

/** CHROME_PATH, then Debian's Chromium, then a Chrome on the PATH, then Playwright's own cache. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_HINT}`);
  }

  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }

  for (const name of ['google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on the PATH; try the next one
    }
  }

  const cached = playwrightCacheBinary(join(homedir(), '.cache', 'ms-playwright'));
  if (cached) return cached;

  throw new Error(INSTALL_HINT);
}

/** The newest Chromium in a Playwright browser cache, if there is one. */
export function playwrightCacheBinary(cache: string): string | undefined {
  if (!existsSync(cache)) return undefined;

  const dirs = readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse();
  for (const dir of dirs) {
    // Playwright 1.5x puts the binary in chrome-linux64/, older releases in chrome-linux/.
    for (const folder of ['chrome-linux64', 'chrome-linux']) {
      const binary = join(cache, dir, folder, 'chrome');
      if (existsSync(binary)) return binary;
    }
  }

  return undefined;
}
