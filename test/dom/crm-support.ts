/**
 * Loading the hand-made CRM pages of test/fixtures/<crm>/ and the demo pages of test/demo/.
 * A fixture's first comment says it is HAND-MADE and names its URL ("URL: https://...").
 * Declarative shadow roots (<template shadowrootmode>) are attached here as Chromium does
 * when it parses a page, so adapters meet the shadow roots Lightning has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CrmAdapter } from '../../lib/crm/types';
import { FIXTURES_DIR } from './fixtures';
import { attachShadowRoots } from './shadow-roots';

export const DEMO_DIR = join(import.meta.dirname, '..', 'demo');

export interface CrmPage {
  doc: Document;
  url: URL;
}

export function docOf(html: string): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  attachShadowRoots(doc);
  return doc;
}

/** A hand-made fixture and the URL its first comment names. */
export function loadCrmPage(system: string, file: string): CrmPage {
  const html = readFileSync(join(FIXTURES_DIR, system, file), 'utf8');
  const head = /^<!--([\s\S]*?)-->/.exec(html)?.[1] ?? '';
  expect(head, `${file} must start with a HAND-MADE comment`).toMatch(/HAND-MADE 2026-11-22/);
  const url = /URL: (\S+)/.exec(head)?.[1];
  if (!url) throw new Error(`${file} names no URL in its first comment`);
  return { doc: docOf(html), url: new URL(url) };
}

/** A demo page served at https://<host><path> by test/support/https-server.ts. */
export function loadDemoPage(host: string, file: string, url: string): CrmPage {
  return { doc: docOf(readFileSync(join(DEMO_DIR, host, file), 'utf8')), url: new URL(url) };
}

/** Junk no CRM draws: random tags, attributes and text from a seeded generator. */
export function junkHtml(seed: number, size = 200): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const tags = ['div', 'span', 'a', 'h1', 'input', 'template', 'table', 'td', 'label', 'dt'];
  const attrs = [
    'class="windowViewMode-normal"',
    'data-is-active="true"',
    'href="mailto:x@y"',
    'href="mailto:a@b.co"',
    'hidden',
    'style="display:none"',
    'data-selenium-test="highlightTitle"',
    'data-card-type="OBJECT_HIGHLIGHT"',
    'data-test-id="ticket-system-field-requester-select"',
    'data-id="emailaddress1.fieldControl-mail-text-input" value="q@w.io"',
    'field-label="Email"',
    'shadowrootmode="open"',
    'for="x"',
    'id="x"',
  ];
  const words = ['Email', 'Name', 'a@b.co', '<', '&amp;', '\u00a0', 'Owner', '12345', ''];
  let out = '';
  for (let i = 0; i < size; i++) {
    const roll = next();
    if (roll < 0.4) out += `<${pick(tags)} ${pick(attrs)}>`;
    else if (roll < 0.6) out += `</${pick(tags)}>`;
    else out += pick(words);
  }
  return out;
}

/** Every entry point on the document; what it returns must keep to the record's promises. */
export function exercise(adapter: CrmAdapter, doc: Document, url: URL) {
  adapter.match(url);
  adapter.recordRef(url);
  const record = adapter.readRecord(doc, url);
  if (record) {
    expect(record.system).toBe(adapter.id);
    expect(record.name ?? record.email).not.toBeNull();
    if (record.email) expect(record.email).toMatch(/^[^\sA-Z@]+@[^\sA-Z@]+\.[^\sA-Z@.]{2,}$/);
    for (const value of [record.name, record.phone, record.company, record.owner]) {
      if (value !== null) expect(value).toBe(value.trim());
    }
  }
  return record;
}
