/**
 * What the fuzz runs on: every site adapter with every saved page of its site, and every
 * CRM reader with every page of its CRM. Read from the registries, so an adapter added
 * without fixtures is noticed (fuzz.test.ts checks each has some).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CRM_ADAPTERS } from '../../../lib/crm';
import type { CrmAdapter } from '../../../lib/crm/types';
import { ADAPTERS } from '../../../lib/sites';
import type { SiteAdapter } from '../../../lib/sites/types';
import { FIXTURES_DIR } from '../fixtures';
import { attachShadowRoots } from '../shadow-roots';

export type FuzzTarget =
  | { kind: 'site'; adapter: SiteAdapter; fixture: string; source: string; urls: URL[] }
  | { kind: 'crm'; adapter: CrmAdapter; fixture: string; source: string; urls: URL[] };

/**
 * A second URL per site: its post page, so the rules that only run there (a status
 * page's focused post, reply detection, a post page's reply box) meet the damaged pages too.
 */
const POST_PAGES: Record<string, string> = {
  x: 'https://x.com/a/status/1',
  facebook: 'https://www.facebook.com/acme/posts/1122334455667788',
  instagram: 'https://www.instagram.com/p/C9acme0001/',
  linkedin: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
  reddit: 'https://www.reddit.com/r/acme/comments/abc/x/',
  trustpilot: 'https://www.trustpilot.com/reviews/6752a1b2c3d4e5f6071829ff',
  youtube: 'https://www.youtube.com/shorts/acmeShort01',
};

/** Real X captures of one timeline row name no URL: they were rows of a home timeline. */
const DEFAULT_PAGE: Record<string, string> = { x: 'https://x.com/home' };

const htmlFiles = (dir: string) =>
  readdirSync(join(FIXTURES_DIR, dir))
    .filter((file) => file.endsWith('.html'))
    .sort();

/** The URL a site fixture names in its first comment (`{"url": ...}`, as loadPage reads it). */
function siteUrl(site: string, file: string, source: string): URL {
  const declared = /^<!--\s*(\{[^}]*\})\s*-->/.exec(source)?.[1];
  const url = declared ? (JSON.parse(declared) as { url: string }).url : DEFAULT_PAGE[site];
  if (!url) throw new Error(`${site}/${file} names no URL`);
  return new URL(url);
}

/** The URL a CRM fixture names in its first comment (`URL: https://...`). */
function crmUrl(system: string, file: string, source: string): URL {
  const url = /^<!--[\s\S]*?URL: (\S+)/.exec(source)?.[1];
  if (!url) throw new Error(`${system}/${file} names no URL`);
  return new URL(url);
}

export function siteTargets(): FuzzTarget[] {
  return ADAPTERS.flatMap((adapter) =>
    htmlFiles(adapter.id).map((fixture) => {
      const source = readFileSync(join(FIXTURES_DIR, adapter.id, fixture), 'utf8');
      const urls = [siteUrl(adapter.id, fixture, source), new URL(POST_PAGES[adapter.id]!)];
      return { kind: 'site' as const, adapter, fixture, source, urls };
    }),
  );
}

export function crmTargets(): FuzzTarget[] {
  return CRM_ADAPTERS.flatMap((adapter) =>
    htmlFiles(adapter.id).map((fixture) => {
      const source = readFileSync(join(FIXTURES_DIR, adapter.id, fixture), 'utf8');
      return {
        kind: 'crm' as const,
        adapter,
        fixture,
        source,
        urls: [crmUrl(adapter.id, fixture, source)],
      };
    }),
  );
}

/** "x/home-timeline.html": how failures and FUZZ_REPLAY name a target. */
export const nameOfTarget = (target: FuzzTarget) => `${target.adapter.id}/${target.fixture}`;

/** Parses a page as its loader does: CRM pages get their declarative shadow roots. */
export function parserOf(target: FuzzTarget): (html: string) => Document {
  return (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    if (target.kind === 'crm') attachShadowRoots(doc);
    return doc;
  };
}
