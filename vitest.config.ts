import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Four projects, one command each: unit (pure logic, React, fake IndexedDB), dom (site
// adapters against saved pages), e2e (the production build in real Chromium), server (the
// sync server on PGlite and on a real PostgreSQL).
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
      {
        // The sync client tests build browsers' data with the library code (`@/lib/…`).
        resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
        test: {
          name: 'server',
          include: ['test/server/**/*.test.ts'],
          environment: 'node',
          // Starts one throwaway PostgreSQL cluster for the whole run (test/support/postgres.ts).
          globalSetup: ['test/server/support/global-setup.ts'],
          testTimeout: 30_000,
          // A PGlite start (WebAssembly) takes seconds on a loaded 2-core machine.
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
