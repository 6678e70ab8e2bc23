/// <reference types="node" />
// A tiny static HTTPS server for the demo sites under test/demo/<host>/. Chromium is started
// with `--host-resolver-rules=MAP *:443 127.0.0.1:<port>` (see browser.ts), so
// https://x.com/home reaches this server and the production manifest's content scripts run
// on the real host names. Plain http cannot do this: x.com and facebook.com are HSTS-preloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';

/** Host names in the certificate. Chromium runs with ignoreHTTPSErrors anyway, but a
 * certificate that names the host keeps the page a normal secure context in every check. */
const CERT_HOSTS = [
  // Sites whose pages the content scripts read: the domain and every subdomain.
  ...['x.com', 'twitter.com', 'facebook.com', 'instagram.com', 'linkedin.com', 'reddit.com']
    .concat(['youtube.com', 'trustpilot.com', 'hubspot.com', 'zoho.com'])
    .flatMap((domain) => [domain, `*.${domain}`]),
  // CRMs that live on a per-customer subdomain (acme.lightning.force.com, …).
  '*.lightning.force.com',
  '*.my.salesforce.com',
  '*.zendesk.com',
  '*.crm.dynamics.com',
  '*.freshdesk.com',
  '*.zoho.eu',
  'localhost',
];

/** Other names for a demo site's folder (X answers on all of these). */
const HOST_ALIASES: Record<string, string> = {
  'twitter.com': 'x.com',
  'www.twitter.com': 'x.com',
  'mobile.twitter.com': 'x.com',
  'www.x.com': 'x.com',
  'mobile.x.com': 'x.com',
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  // Dynamics 365 serves its app at /main.aspx (test/demo/acme.crm.dynamics.com).
  '.aspx': 'text/html; charset=utf-8',
};

export interface DemoServer {
  /** The local port; pass it to launchWithExtension({ port }). */
  port: number;
  /** Folder served, one subfolder per host name. */
  root: string;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** Folder with one subfolder per host (default: test/demo). */
  root?: string;
}

/** A self-signed certificate for CERT_HOSTS, made by openssl in a temporary folder. */
function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-cert-'));
  try {
    const keyFile = join(dir, 'key.pem');
    const certFile = join(dir, 'cert.pem');
    const san = [...CERT_HOSTS.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=casebook-demo',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        keyFile,
        '-out',
        certFile,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
  } catch (error) {
    throw new Error(
      `Could not make a certificate with openssl (run \`node test/support/ensure-chromium.mjs\`, ` +
        `which installs it on CI): ${String(error)}`,
      { cause: error },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The folder for a Host header: "x.com:443" -> <root>/x.com, aliases and "www." folded. */
function siteFolder(root: string, hostHeader: string | undefined): string | null {
  // "<host>.nocasebook.test": the same site on a host no content script matches (the
  // benchmark's baseline).
  const host = (hostHeader ?? '')
    .replace(/:\d+$/, '')
    .toLowerCase()
    .replace(/\.nocasebook\.test$/, '');
  if (!/^[a-z0-9.-]+$/.test(host)) return null;
  for (const name of [HOST_ALIASES[host], host, host.replace(/^www\./, '')]) {
    if (name && existsSync(join(root, name))) return join(root, name);
  }
  return null;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The file for a URL path. Paths with an extension are files. Paths without one are routes
 * of a single-page site: the nearest `<path>.html` or `<path>/index.html`, else the site's
 * index.html, whose script renders the route from location.pathname (as x.com does).
 */
function resolveFile(site: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const target = resolve(site, `.${decoded}`);
  if (target !== site && !target.startsWith(site + sep)) return null; // no "../" escapes
  // A file has an extension we serve; a route may have a dot too (/review/acme.example).
  if (CONTENT_TYPES[extname(decoded).toLowerCase()]) return isFile(target) ? target : null;
  for (const candidate of [
    `${target}.html`,
    join(target, 'index.html'),
    join(site, 'index.html'),
  ]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const root = resolve(options.root ?? 'test/demo');
  if (!existsSync(root)) throw new Error(`Demo folder ${root} does not exist.`);

  const server: Server = createServer(makeCertificate(), (request, response) => {
    // No caching: a test must always see the files as they are on disk now.
    response.setHeader('Cache-Control', 'no-store');
    const site = siteFolder(root, request.headers.host);
    const { pathname } = new URL(request.url ?? '/', 'https://demo.invalid');
    const file = site ? resolveFile(site, pathname) : null;
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(
        site
          ? `Not found: ${pathname}`
          : `No demo site for host "${request.headers.host}" in ${root}`,
      );
      return;
    }
    const body = readFileSync(file);
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    root,
    close: () =>
      new Promise<void>((done) => {
        // Chromium keeps connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
