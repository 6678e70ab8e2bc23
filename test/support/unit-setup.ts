import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePermissions } from './fake-permissions';

// findBy… and waitFor wait for what a page shows after its background answers; a saved
// settings change runs an SLA pass first, which on a loaded 2-core CI machine has taken
// over the default second. Waiting longer only matters when something is slow; speed is
// measured in the benchmarks, never here.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  installFakePermissions();
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
