/// <reference types="node" />
// Real Chromium with the built extension, for e2e tests, the benchmark and `npm start`.
// Facts behind the flags are in ../shared/notes/toolchain.md.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath } from './chromium-path.mjs';

export interface LaunchOptions {
  /** Port of startDemoServer(); every https://host/ is routed to it. */
  port: number;
  /** Default: true, unless HEADED=1 is set (handy when debugging a test). */
  headless?: boolean;
  /** Unpacked extension folder (default: .output/chrome-mv3, made by `wxt build`). */
  extensionPath?: string;
  /** Extra Chromium flags, e.g. '--enable-logging=stderr'. */
  args?: string[];
  /**
   * Load a copy of the build whose optional host permissions (the CRMs) are already
   * granted, as after the agent pressed Allow in Chrome's permission prompt — a prompt no
   * automation can answer (Playwright #32755; the DevTools protocol does not reach it).
   * The code is the production build's; only its manifest moves the hosts to granted.
   */
  grantOptionalHosts?: boolean;
  /**
   * A profile folder to use and keep (default: a new temporary one, deleted on close), so
   * a test can close the browser and start it again on the same profile, as after a
   * restart. The granted copy of the build (grantOptionalHosts) is kept beside it, so the
   * extension keeps its id and its database.
   */
  profileDir?: string;
}

/** A copy of the built extension with its optional hosts granted (see grantOptionalHosts). */
function withOptionalHostsGranted(
  extension: string,
  keptAt?: string,
): { path: string; remove: () => void } {
  const copy = keptAt ?? mkdtempSync(join(tmpdir(), 'casebook-granted-'));
  cpSync(extension, copy, { recursive: true });
  const file = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[] | undefined>;
  manifest.host_permissions = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  delete manifest.optional_host_permissions;
  writeFileSync(file, JSON.stringify(manifest, null, 2));
  const remove = () => (keptAt ? undefined : rmSync(copy, { recursive: true, force: true }));
  return { path: copy, remove };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id, as in chrome-extension://<id>/dashboard.html. */
  extensionId: string;
  serviceWorker: Worker;
  /** Closes Chromium and deletes its temporary profile (not a profileDir it was given). */
  close(): Promise<void>;
}

const SERVICE_WORKER_TIMEOUT_MS = 15_000;

/** Launches Chromium with the extension loaded and waits for its service worker. */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const built = resolve(options.extensionPath ?? '.output/chrome-mv3');
  if (!existsSync(join(built, 'manifest.json'))) {
    throw new Error(`No built extension at ${built}: run \`npx wxt build\` first.`);
  }
  const kept = options.profileDir;
  const granted = options.grantOptionalHosts
    ? withOptionalHostsGranted(built, kept && `${kept}-extension`)
    : null;
  const extension = granted?.path ?? built;
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'casebook-profile-'));
  const removeProfile = () => {
    if (!kept) rmSync(profile, { recursive: true, force: true });
    granted?.remove();
  };

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: options.headless ?? process.env.HEADED !== '1',
      ignoreHTTPSErrors: true, // the demo server's certificate is self-signed
      viewport: { width: 1400, height: 900 },
      // Playwright passes --disable-extensions by default; --disable-extensions-except wins
      // over it in Chromium 156, but removing it keeps that from being the only thing we rely on.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic', // QUIC would skip the TCP port mapping below
        // The demo server's self-signed certificate, accepted browser-wide from launch:
        // ignoreHTTPSErrors is set per page once Playwright attaches, and a tab the
        // extension opens (escalating to a CRM) can load first on a loaded machine, landing
        // on "Your connection is not private" (seen: NET::ERR_CERT_AUTHORITY_INVALID).
        '--ignore-certificate-errors',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // Every host on 443 is served by the local demo server: real host names, no network.
        `--host-resolver-rules=MAP *:443 127.0.0.1:${options.port}`,
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }

  const close = async () => {
    await context.close().catch(() => {});
    removeProfile();
  };

  try {
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: SERVICE_WORKER_TIMEOUT_MS }));
    const extensionId = new URL(serviceWorker.url()).host;
    await sitesRegistered(serviceWorker);
    return { context, extensionId, serviceWorker, close };
  } catch (error) {
    await close();
    throw new Error(
      `The extension's service worker did not start within ${SERVICE_WORKER_TIMEOUT_MS} ms, so ` +
        'Chromium probably refused to load the extension. A common cause is a built .js file ' +
        'that is not pure ASCII (trap 1 in notes/toolchain.md; `node ' +
        'test/support/check-ascii.mjs` finds it). Launch with args: ' +
        `['--enable-logging=stderr'] to see Chromium's reason. (${String(error)})`,
      { cause: error },
    );
  }
}

/**
 * The background registers the social sites' content scripts when it starts; a page opened
 * before that would get none. Waits until X's is there (the sites are on by default).
 */
interface RegisteredScriptsApi {
  scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> };
}

async function sitesRegistered(serviceWorker: Worker): Promise<void> {
  const deadline = Date.now() + SERVICE_WORKER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ids = await serviceWorker.evaluate(async () => {
      const { scripting } = (globalThis as unknown as { chrome: RegisteredScriptsApi }).chrome;
      return (await scripting.getRegisteredContentScripts()).map((script) => script.id);
    });
    if (ids.includes('casebook-site-x')) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error("The background did not register the sites' content scripts in time.");
}

/** The URL of a page of the extension, e.g. extensionUrl(id, 'dashboard.html'). */
export function extensionUrl(extensionId: string, path: string): string {
  return `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
}

/** Opens an extension page (e.g. 'dashboard.html', 'options.html#sync') in a new tab. */
export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, path));
  return page;
}
