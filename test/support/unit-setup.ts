import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePermissions } from './fake-permissions';

beforeEach(() => {
  installFakePermissions();
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});
