import { defineConfig } from 'vitest/config';

/** Browser tests: real Chromium with the built extension, one spec file at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.spec.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    environment: 'node',
  },
});
