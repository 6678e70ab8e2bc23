/**
 * Meta test of lib/crm (style.md: one adapter file per CRM, listed explicitly): every
 * adapter file is in CRM_ADAPTERS under its file name, in the order of CRM_SYSTEMS, with
 * hand-made pages and a DOM test; every other file is a declared helper or a part named
 * <id>-*.ts; nothing there pulls zod, Dexie or React into a content script.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CRM_ADAPTERS, crmAdapterFor } from '../../lib/crm';
import type { CrmAdapter } from '../../lib/crm/types';
import { CRM_LABELS, CRM_SYSTEMS } from '../../lib/db/constants';
import { FIXTURES_DIR } from './fixtures';

const CRM_DIR = join(import.meta.dirname, '..', '..', 'lib', 'crm');
const NOT_ADAPTERS = new Set(['types.ts', 'index.ts', 'read.ts', 'granted.ts']);

const modules = import.meta.glob<Record<string, unknown>>('../../lib/crm/*.ts', { eager: true });
const files = readdirSync(CRM_DIR).filter((file) => file.endsWith('.ts'));
const ids = CRM_ADAPTERS.map((adapter) => adapter.id);
const partOf = (file: string) => ids.find((id) => file.startsWith(`${id}-`));

const isAdapter = (value: unknown): value is CrmAdapter =>
  typeof value === 'object' &&
  value !== null &&
  ['match', 'recordRef', 'readRecord'].every(
    (method) => typeof (value as Record<string, unknown>)[method] === 'function',
  );

describe('lib/crm registry', () => {
  it('sees the module of every file', () => {
    expect(
      Object.keys(modules)
        .map((key) => basename(key))
        .sort(),
    ).toEqual([...files].sort());
  });

  it.each(files.filter((file) => !NOT_ADAPTERS.has(file) && !partOf(file)))(
    '%s exports one adapter, listed in CRM_ADAPTERS under its file name',
    (file) => {
      const exported = Object.values(modules[`../../lib/crm/${file}`] ?? {}).filter(isAdapter);
      expect(exported, `${file}: list it as a helper or name it <id>-*.ts`).toHaveLength(1);
      expect(CRM_ADAPTERS).toContain(exported[0]);
      expect(exported[0]?.id).toBe(file.replace(/\.ts$/, ''));
    },
  );

  it('lists one adapter per CRM system, in their order, named by CRM_LABELS', () => {
    expect(ids).toEqual([...CRM_SYSTEMS]);
    for (const adapter of CRM_ADAPTERS) expect(adapter.name).toBe(CRM_LABELS[adapter.id]);
  });

  it.each(ids)('%s has hand-made pages with provenance, a DOM test and host patterns', (id) => {
    const fixtures = join(FIXTURES_DIR, id);
    const pages = readdirSync(fixtures).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      expect(readFileSync(join(fixtures, page), 'utf8'), page).toMatch(
        /^<!--\s*HAND-MADE 2026-11-22[\s\S]*?site-dom\.md §8[\s\S]*?-->/,
      );
    }
    expect(existsSync(join(fixtures, 'PROVENANCE.md'))).toBe(true);
    expect(existsSync(join(import.meta.dirname, `crm-${id}.test.ts`))).toBe(true);
    const adapter = CRM_ADAPTERS.find((a) => a.id === id)!;
    expect(adapter.hostPatterns.length).toBeGreaterThan(0);
    // Manifest match patterns: https, a host (wildcard only as the first label), any path.
    for (const pattern of adapter.hostPatterns) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
    }
  });

  it('picks the adapter of each CRM by URL, and none elsewhere', () => {
    const pick = (href: string) => crmAdapterFor(new URL(href))?.id ?? null;
    expect(pick('https://acme.lightning.force.com/lightning/page/home')).toBe('salesforce');
    expect(pick('https://app-eu1.hubspot.com/contacts/1')).toBe('hubspot');
    expect(pick('https://acme.zendesk.com/agent/home')).toBe('zendesk');
    expect(pick('https://acme.crm4.dynamics.com/main.aspx')).toBe('dynamics');
    expect(pick('https://acme.freshdesk.com/a/tickets')).toBe('freshdesk');
    expect(pick('https://crm.zoho.eu/crm/org1/tab/Home/begin')).toBe('zoho');
    expect(pick('https://x.com/home')).toBeNull();
    expect(pick('https://example.com/lightning/r/Contact/0035g00000AbCdEAAV/view')).toBeNull();
  });

  it.each(files)('%s keeps zod, Dexie and React out of the content script', (file) => {
    const source = readFileSync(join(CRM_DIR, file), 'utf8');
    const imports = Array.from(source.matchAll(/^import\s+([^;]*?)\s+from\s+'([^']+)'/gm));
    for (const [statement, what, from] of imports) {
      expect(from, statement).not.toMatch(/^(zod|dexie|react|react-dom)$/);
      // Only the zod-free constants of lib/db, or types.
      if (from?.includes('/db/') && !from.endsWith('/db/constants')) {
        expect(what, statement).toMatch(/^type\s/);
      }
    }
  });
});
