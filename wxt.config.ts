import { defineConfig } from 'wxt';
import { CRM_ADAPTERS } from './lib/crm';
import { ALL_SITE_MATCHES } from './lib/sites/hosts';

/** Every CRM's hosts: optional, asked for when the agent turns that CRM on. */
const CRM_HOSTS = [...new Set(CRM_ADAPTERS.flatMap((crm) => crm.hostPatterns))];

// Pages that host the sidebar iframe. Kept beside the content-script matches so the
// web-accessible list never grants more sites than the scripts run on.
const SIDEBAR_HOSTS = [...ALL_SITE_MATCHES, ...CRM_HOSTS];
/** The team's sync server: any https host, or this machine (lib/sync/settings.ts). */
const SYNC_SERVER_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/**
 * The extension pages' content security policy (the service worker, the sidebar, the
 * dashboard, options and capture pages), stricter than the browsers' defaults: only the
 * extension's own scripts run (no eval, not even WebAssembly's, no inline or remote
 * script), no plugins, no <base> to redirect relative addresses, no form posted anywhere,
 * and network requests only to https or this machine (the team's sync server, as
 * SYNC_SERVER_HOSTS; with sync off Casebook makes none). Not set, on purpose:
 * - frame-ancestors: the sidebar must be framed by the sites it runs on, and who may
 *   frame it is web_accessible_resources' job (the sites' hosts, at the dynamic URL only);
 *   frame-ancestors would check every ancestor of a CRM's nested frames as well.
 * - img-src, style-src: the testimonial export's preview is an empty-sandbox srcdoc frame,
 *   which inherits this policy and needs its inline <style> and, when chosen, avatars.
 */
const EXTENSION_PAGES_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  hooks: {
    // Content scripts go without the webextension-polyfill: it was 2.5 KB of their 20 KB
    // gzipped budget. Dropping the alias that @wxt-dev/webextension-polyfill adds gives
    // them WXT's plain `browser`: Firefox's own, or Chromium's `chrome`, whose MV3 APIs
    // already return promises. What content scripts call behaves the same without it:
    // ports (never wrapped by the polyfill), storage.local, runtime.getURL and runtime.id,
    // and one onMessage listener that answers through sendResponse and returns true
    // (notes/toolchain.md trap 3), never a Promise. Extension pages and the background keep
    // the polyfill. test/e2e/site-bundles.test.ts checks that no content script carries it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Casebook',
    description:
      'Social customer service where it happens: capture posts into cases, see who the customer is, keep your promises.',
    // storage: sidebar state per site; unlimitedStorage: the browser must never evict cases;
    // scripting: the CRM content script is registered only for the CRMs turned on;
    // alarms, notifications: reminders of promised follow-ups, also when no page is open.
    // contextMenus + activeTab: "Capture selection as case" on any page, reading only the
    // page the agent chose it on (no host permission for the rest of the web).
    permissions: [
      'storage',
      'unlimitedStorage',
      'scripting',
      'alarms',
      'notifications',
      'contextMenus',
      'activeTab',
    ],
    // The social sites, where the sidebar runs; their scripts are registered at run time
    // for the sites turned on (lib/sites/hosts.ts, lib/background/site-scripts.ts).
    host_permissions: [...ALL_SITE_MATCHES],
    // Asked for at run time: a CRM when the agent turns it on, the team's sync server when
    // the agent connects to it (any https host, or this machine for a local server).
    // Manifest V2 (Firefox) has no optional_host_permissions (WXT drops the key there):
    // optional hosts are optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: [...CRM_HOSTS, ...SYNC_SERVER_HOSTS] }
      : { optional_host_permissions: [...CRM_HOSTS, ...SYNC_SERVER_HOSTS] }),
    action: { default_title: 'Open the Casebook dashboard' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Open or close the Casebook sidebar',
      },
    },
    // The sidebar page, for the sites it runs on, at its per-session dynamic URL only
    // (Chromium): a page cannot frame or fetch chrome-extension://<id>/sidebar.html to find
    // out that Casebook is installed. Firefox's build gets the plain list (its moz-extension
    // address is already random per install).
    web_accessible_resources: [
      { resources: ['sidebar.html'], matches: SIDEBAR_HOSTS, use_dynamic_url: true },
    ],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'casebook@casebook.app',
          // 140 (the ESR of 2025) is the first to read data_collection_permissions below;
          // Firefox for Android reads it from 142.
          strict_min_version: '140.0',
          // Casebook sends nothing anywhere unless a team turns sync on (DESIGN).
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({
    // Trap 1 (notes/toolchain.md): Vite 8 emits non-ASCII bytes (Dexie has U+FFFF) and
    // Chromium then refuses to load the content script, and with it the whole extension.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    // The same for workers (the options page's backup import), bundled apart.
    worker: { format: 'es', rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
