import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';

export const INSTALL_HINT =
  "No Chromium found. Install Debian's: `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chromium or Chrome binary).";

/** CHROME_PATH, then Debian's Chromium, then a Chrome on the PATH, then Playwright's own cache. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;

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

  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((d) => d.startsWith('chromium'))
      .sort()
      .reverse()) {
      const binary = join(cache, dir, 'chrome-linux', 'chrome');
      if (existsSync(binary)) return binary;
    }
  }

  throw new Error(INSTALL_HINT);
}
