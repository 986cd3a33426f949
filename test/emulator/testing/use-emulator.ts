/** One emulator per test file, reset before each test, for Vitest suites that call it over HTTPS. */
import { afterAll, beforeAll, beforeEach } from 'vitest';

import { EmulatorControl } from '../control/client';
import { startEmulator, type RunningEmulator } from '../server';
import { sfRequest, type SfRequestInit, type SfResponse } from './https-client';

export interface EmulatorTestContext {
  emulator: RunningEmulator;
  control: EmulatorControl;
  /** A request to a Salesforce URL, answered by the emulator. */
  request(url: string, init?: SfRequestInit): Promise<SfResponse>;
}

export function useEmulator(): EmulatorTestContext {
  const ctx = {} as EmulatorTestContext;

  beforeAll(async () => {
    ctx.emulator = await startEmulator();
    ctx.control = new EmulatorControl(ctx.emulator.controlUrl);
    ctx.request = (url, init) => sfRequest(ctx.emulator.port, url, init);
  });

  beforeEach(async () => {
    await ctx.control.reset();
  });

  afterAll(async () => {
    await ctx.emulator?.close();
  });

  return ctx;
}
