/**
 * Meta test of lib/sites (style.md: one adapter file per site, listed explicitly): every
 * adapter file is in ADAPTERS and has saved pages and a DOM test; every other file is a
 * declared helper; nothing there pulls zod or Dexie into a content script.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/sites';
import type { SiteAdapter } from '../../lib/sites/types';
import { FIXTURES_DIR } from './fixtures';

const SITES_DIR = join(import.meta.dirname, '..', '..', 'lib', 'sites');
const DOM_TESTS_DIR = import.meta.dirname;

/** Files of lib/sites that are not adapters: the contract, the list, shared helpers. */
const NOT_ADAPTERS = new Set([
  'types.ts',
  'index.ts',
  'dom-text.ts',
  'parse.ts',
  'limits.ts',
  'hosts.ts',
  'read.ts',
  'task-memo.ts',
]);

const modules = import.meta.glob<Record<string, unknown>>('../../lib/sites/*.ts', { eager: true });
const files = readdirSync(SITES_DIR).filter((file) => file.endsWith('.ts'));
const ids = ADAPTERS.map((adapter) => adapter.id);
/** "x-urls.ts" is a part of the adapter "x": its helpers, kept small and beside it. */
const partOf = (file: string) => ids.find((id) => file.startsWith(`${id}-`));

const isAdapter = (value: unknown): value is SiteAdapter =>
  typeof value === 'object' &&
  value !== null &&
  [
    'match',
    'findPosts',
    'closestPost',
    'postIdOf',
    'parsePost',
    'buttonSlot',
    'profileOf',
    'focusedPost',
    'isPostPage',
  ].every((method) => typeof (value as Record<string, unknown>)[method] === 'function');

describe('lib/sites registry', () => {
  it('sees the module of every file (the glob and the directory agree)', () => {
    expect(
      Object.keys(modules)
        .map((key) => basename(key))
        .sort(),
    ).toEqual([...files].sort());
  });

  it.each(files.filter((file) => !NOT_ADAPTERS.has(file) && !partOf(file)))(
    '%s exports an adapter that is listed in ADAPTERS under its file name',
    (file) => {
      const exported = Object.values(modules[`../../lib/sites/${file}`] ?? {}).filter(isAdapter);
      expect(
        exported,
        `${file} exports no SiteAdapter: list it as a helper or name it <id>-*.ts`,
      ).toHaveLength(1);
      expect(ADAPTERS).toContain(exported[0]);
      expect(exported[0]?.id).toBe(file.replace(/\.ts$/, ''));
    },
  );

  it('lists each adapter once', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('%s has its file, saved pages with provenance, and a DOM test', (id) => {
    expect(files).toContain(`${id}.ts`);
    const fixtures = join(FIXTURES_DIR, id);
    expect(existsSync(fixtures), `test/fixtures/${id}/`).toBe(true);
    expect(readdirSync(fixtures).some((file) => file.endsWith('.html'))).toBe(true);
    expect(existsSync(join(fixtures, 'PROVENANCE.md')), `test/fixtures/${id}/PROVENANCE.md`).toBe(
      true,
    );
    expect(
      existsSync(join(DOM_TESTS_DIR, `${id}-adapter.test.ts`)),
      `test/dom/${id}-adapter.test.ts`,
    ).toBe(true);
  });

  it.each(files)('%s keeps zod and Dexie out of the content script', (file) => {
    const source = readFileSync(join(SITES_DIR, file), 'utf8');
    const imports = Array.from(source.matchAll(/^import\s+([^;]*?)\s+from\s+'([^']+)'/gm));
    for (const [statement, what, from] of imports) {
      expect(from, statement).not.toMatch(/^(zod|dexie)$/);
      // The schema is zod: only its types may be imported here.
      if (from?.includes('/db/')) expect(what, statement).toMatch(/^type\s/);
    }
  });
});
