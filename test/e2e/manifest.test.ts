/// <reference types="node" />
/**
 * The doors as built (issue 9): what the production manifests ask for, the policy the
 * extension's pages run under, and that no built file loads or evaluates code from the
 * network. Reads .output/chrome-mv3 and .output/firefox-mv2 (`npm run test:e2e` and
 * `npm test` build both; alone: `npx wxt build && npx wxt build -b firefox`). No browser:
 * doors.test.ts shows the same doors holding in Chromium.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRM_ADAPTERS } from '@/lib/crm';
import { ALL_SITE_MATCHES } from '@/lib/sites/hosts';

const CHROME = '.output/chrome-mv3';
const FIREFOX = '.output/firefox-mv2';

function manifestOf(folder: string): Record<string, unknown> {
  const file = join(folder, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(
      `No build at ${folder}: run \`npx wxt build\` and \`npx wxt build -b firefox\`.`,
    );
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** Every file of a build with one of these extensions, as [path inside the build, text]. */
function builtFiles(folder: string, extension: RegExp): [string, string][] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extension.test(entry.name))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return [file.slice(folder.length + 1), readFileSync(file, 'utf8')];
    });
}

/** A policy as { directive: [sources] }. */
const directives = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  ) as Record<string, string[]>;

const SITES = [...ALL_SITE_MATCHES];
const CRMS = [...new Set(CRM_ADAPTERS.flatMap((crm) => crm.hostPatterns))];
const SYNC_SERVER = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];
const API_PERMISSIONS = [
  'storage',
  'unlimitedStorage',
  'scripting',
  'alarms',
  'notifications',
  'contextMenus',
  'activeTab',
];
/** Host patterns that would reach every site: only the sync server's, and only optional. */
const BROAD = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];

/** What the extension's pages may run and reach (wxt.config.ts says why each). */
function expectStrictPolicy(policy: string) {
  const csp = directives(policy);
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['base-uri']).toEqual(["'none'"]);
  expect(csp['form-action']).toEqual(["'none'"]);
  expect(csp['connect-src']).toEqual([
    "'self'",
    'https:',
    'http://localhost:*',
    'http://127.0.0.1:*',
  ]);
  // Nothing that would let code in by another door: no eval of any kind, no inline or
  // remote script, no looser worker or default source.
  expect(policy).not.toMatch(/unsafe-|strict-dynamic|nonce-|sha\d+-/);
  expect(csp['default-src']).toBeUndefined();
  expect(csp['worker-src']).toBeUndefined();
  expect(csp['script-src-elem']).toBeUndefined();
  expect(csp['script-src-attr']).toBeUndefined();
}

describe('the Chrome manifest asks for the least it needs', () => {
  const manifest = manifestOf(CHROME);

  it('API permissions: exactly these (each says why in wxt.config.ts)', () => {
    expect(manifest.permissions).toEqual(API_PERMISSIONS);
  });

  it('hosts at install: only the social sites where the sidebar runs', () => {
    expect(manifest.host_permissions).toEqual(SITES);
    for (const pattern of BROAD) expect(manifest.host_permissions).not.toContain(pattern);
  });

  it('the CRMs and the sync server are optional, asked for at run time', () => {
    expect(manifest.optional_host_permissions).toEqual([...CRMS, ...SYNC_SERVER]);
    for (const crm of CRMS) expect(manifest.host_permissions).not.toContain(crm);
  });

  it('the sidebar page is web-accessible at its dynamic URL, on the sidebar sites only', () => {
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['sidebar.html'], matches: [...SITES, ...CRMS], use_dynamic_url: true },
    ]);
  });

  it('no web page and no other door can message the extension, or run script it names', () => {
    // No externally_connectable: web pages cannot reach runtime messaging at all (the
    // router refuses other extensions by id). Content scripts are registered at run time.
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(manifest).not.toHaveProperty('update_url');
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
    expect(existsSync(join(CHROME, 'background.js'))).toBe(true);
  });

  it('the extension pages run under a strict content security policy', () => {
    const policy = manifest.content_security_policy as Record<string, string>;
    expect(Object.keys(policy)).toEqual(['extension_pages']);
    expectStrictPolicy(policy.extension_pages!);
  });
});

describe('the Firefox manifest asks for the same', () => {
  const manifest = manifestOf(FIREFOX);

  it('permissions: the same APIs and sites; CRMs and sync server optional', () => {
    expect(manifest.manifest_version).toBe(2);
    // Manifest V2 lists hosts with the API permissions, and optional hosts as optional
    // permissions (no optional_host_permissions there).
    expect(manifest.permissions).toEqual([...API_PERMISSIONS, ...SITES]);
    expect(manifest.optional_permissions).toEqual([...CRMS, ...SYNC_SERVER]);
    expect(manifest.web_accessible_resources).toEqual(['sidebar.html']);
  });

  it('the same strict policy, and a minimum version that knows every key it uses', () => {
    expectStrictPolicy(manifest.content_security_policy as string);
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    });
  });
});

describe.each([CHROME, FIREFOX])('no code from the network in %s', (folder) => {
  it('every HTML page loads only its own scripts, and has no inline script or <base>', () => {
    const pages = builtFiles(folder, /\.html$/);
    expect(pages.map(([name]) => name).sort()).toEqual(
      ['capture.html', 'dashboard.html', 'options.html', 'sidebar.html'].sort(),
    );
    for (const [name, html] of pages) {
      const scripts = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/gi)];
      expect(scripts.length, name).toBeGreaterThan(0);
      for (const [, attributes, body] of scripts) {
        expect(attributes, name).toMatch(/\bsrc="\/chunks\/[\w.-]+\.js"/);
        expect(body!.trim(), name).toBe('');
      }
      expect(html, name).not.toMatch(/<base\b|(src|href)="(https?:)?\/\//i);
    }
  });

  it('no script imports, fetches as code, or evaluates anything', () => {
    const scripts = builtFiles(folder, /\.m?js$/);
    expect(scripts.length).toBeGreaterThan(10);
    for (const [name, code] of scripts) {
      // No code from elsewhere: no import() of an address, no importScripts, no <script>
      // element made with an address.
      expect(code, name).not.toMatch(/\bimport\s*\(\s*[`'"](https?:)?\/\//);
      expect(code, name).not.toMatch(/\bimportScripts\s*\(/);
      expect(code, name).not.toMatch(/\.src\s*=\s*[`'"]https?:/);
      // No eval, no string timers, no `new Function(…)` written out.
      expect(code, name).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(code, name).not.toMatch(/\bset(Timeout|Interval)\s*\(\s*[`'"]/);
      expect(code, name).not.toMatch(/\bnew\s+Function\s*\(/);
      // The Function constructor is reached only in zod: its probe (under `jitless`, it
      // returns before it) and its parser compiler (used only when the probe said yes).
      // lib/zod.ts sets jitless, and every bundle that carries zod carries that call.
      const uses = [...code.matchAll(/(?<![\w$.])Function(?=\s*\(|\s*[,;])/g)];
      for (const use of uses) {
        const before = code.slice(Math.max(0, use.index - 200), use.index);
        expect(before, `${name}: Function outside zod`).toMatch(
          /jitless[^]*$|compile\(\)\{let \w+=$/,
        );
      }
      if (uses.length) expect(code, name).toMatch(/\bjitless:(!0|true)\b/);
    }
  });
});
