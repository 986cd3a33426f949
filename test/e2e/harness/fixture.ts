import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll } from 'vitest';

import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator/server';
import { launchExtension, type LaunchedExtension, type LaunchOptions } from './launch';

export interface BrowserTestContext {
  emulator: RunningEmulator;
  ext: LaunchedExtension;
}

const ARTIFACTS = 'test-results/e2e';

/**
 * One emulator and one browser with the built extension per spec file. A failing test leaves a
 * screenshot of every open page and the panel, plus the console logs, under test-results/e2e/.
 */
export function useBrowser(
  options: { emulator?: EmulatorOptions; launch?: Omit<LaunchOptions, 'salesforcePort'> } = {},
): BrowserTestContext {
  const ctx = {} as BrowserTestContext;

  beforeAll(async () => {
    ctx.emulator = await startEmulator(options.emulator);
    ctx.ext = await launchExtension({ ...options.launch, salesforcePort: ctx.emulator.port });
  });

  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail') return;
    const dir = join(ARTIFACTS, task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80));
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'console.log'), ctx.ext.logs.join('\n'));
    const pages = ctx.ext.context.pages();
    for (const [i, page] of pages.entries()) {
      await page.screenshot({ path: join(dir, `page-${i}.png`) }).catch(() => undefined);
    }
    const panel = await ctx.ext.findPanel(500).catch(() => undefined);
    if (panel)
      await writeFile(join(dir, 'panel.png'), await panel.screenshot()).catch(() => undefined);
    console.error(`Failure artefacts: ${dir}`);
  });

  afterAll(async () => {
    await ctx.ext?.close();
    await ctx.emulator?.close();
  });

  return ctx;
}
