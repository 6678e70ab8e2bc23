import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects, one command each: unit (pure logic, React, fake IndexedDB), dom (site
// adapters against saved pages), e2e (the production build in real Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/support/unit-setup.ts'],
          // Component tests that type into whole forms take seconds on a loaded 2-core
          // machine; a timeout is a hang detector here, never a speed check (that is bench).
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'dom',
          include: ['test/dom/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        // The e2e tests build their test data with the library code (`@/lib/…`).
        resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
