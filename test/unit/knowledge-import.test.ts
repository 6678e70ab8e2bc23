import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/knowledge/import/csv';
import { parseJsonList } from '@/lib/knowledge/import/json';
import { readSitemap } from '@/lib/knowledge/import/sitemap';
import { importReport, planImport, urlKey } from '@/lib/knowledge/import/plan';
import { splitTags, titleFromUrl, type ParsedImport } from '@/lib/knowledge/import/rows';
import { article } from '../support/knowledge';

const ok = (parsed: ParsedImport) => {
  if (!parsed.ok) throw new Error(`refused: ${parsed.error}`);
  return parsed;
};
const refused = (parsed: ParsedImport) => (parsed.ok ? null : parsed.error);
const xml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

describe('CSV import', () => {
  it('reads columns in any case and order, a BOM, quoted commas and line breaks', () => {
    const csv =
      '\ufeffTags;Summary;URL;Title\r\n' +
      'login|ios;"Sign out; then in";https://help.acme.example/login;Fix a login error\r\n' +
      '\r\n' +
      'billing;"Two lines,\nwith a ""quote""";https://help.acme.example/refunds;Refunds\r\n';
    const parsed = ok(parseCsv(csv));
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        at: 2,
        title: 'Fix a login error',
        url: 'https://help.acme.example/login',
        body: 'Sign out; then in',
        tags: ['login', 'ios'],
      },
      {
        at: 4,
        title: 'Refunds',
        url: 'https://help.acme.example/refunds',
        body: 'Two lines,\nwith a "quote"',
        tags: ['billing'],
      },
    ]);
  });

  it('reports bad rows by their line and keeps the good ones', () => {
    const csv = [
      'title,url,body,tags',
      'Good one,https://a.example/one,"Body, with comma",x',
      'Script link,javascript:alert(1),,',
      ',,,tag-only',
      'Extra,https://a.example/extra,b,t,unexpected',
      '"Multi',
      'line title",https://a.example/two,,',
      `${'T'.repeat(301)},https://a.example/long,,`,
      ',https://a.example/docs/reset-your-password,,',
    ].join('\n');
    const parsed = ok(parseCsv(csv));
    expect(parsed.rows.map((r) => [r.at, r.title])).toEqual([
      [2, 'Good one'],
      [6, 'Multi line title'],
      [9, 'Reset your password'],
    ]);
    expect(parsed.problems).toEqual([
      { at: 3, reason: '“javascript:alert(1)” is not an http(s) link' },
      { at: 4, reason: 'no title and no URL' },
      { at: 5, reason: '5 fields where the header has 4 (a comma in an unquoted value?)' },
      { at: 8, reason: 'the title is longer than 300 characters' },
    ]);
  });

  it('refuses damaged files with a clear message', () => {
    expect(refused(parseCsv('title,url\n"Unclosed,https://a.example\nmore,rows'))).toBe(
      'Line 2 opens a quoted field that is never closed: the file is damaged or not a CSV.',
    );
    expect(refused(parseCsv('name of thing,where\nx,y'))).toMatch(/must name the columns/);
    expect(refused(parseCsv(''))).toBe('The file is empty.');
    expect(refused(parseCsv('PK\u0003\u0004\u0000\u0000binary'))).toMatch(/not a text file/);
  });

  it('refuses a file over the row limit', () => {
    const csv = ['title', ...Array.from({ length: 10_001 }, (_, i) => `t${i}`)].join('\n');
    expect(refused(parseCsv(csv))).toMatch(/more than 10,000 rows/);
  });
});

describe('JSON import', () => {
  it('reads a list of {title, url, summary}', () => {
    const parsed = ok(
      parseJsonList(
        '\ufeff[{"title":"Fix login","url":"https://a.example/login","summary":"Sign in again","tags":["Login"]},' +
          '{"url":"https://a.example/guides/roaming-in-canada.html"},' +
          '"not an object",{"title":5},{"title":"Bad","url":"ftp://a.example/x"}]',
      ),
    );
    expect(parsed.unit).toBe('item');
    expect(parsed.rows).toEqual([
      {
        at: 1,
        title: 'Fix login',
        url: 'https://a.example/login',
        body: 'Sign in again',
        tags: ['login'],
      },
      {
        at: 2,
        title: 'Roaming in canada',
        url: 'https://a.example/guides/roaming-in-canada.html',
        body: '',
        tags: [],
      },
    ]);
    expect(parsed.problems).toEqual([
      { at: 3, reason: 'not an object like {"title": …, "url": …}' },
      { at: 4, reason: '“title” is not text' },
      { at: 5, reason: '“ftp://a.example/x” is not an http(s) link' },
    ]);
  });

  it('accepts {articles: [...]}, refuses what is not a list or not JSON', () => {
    expect(ok(parseJsonList('{"articles":[{"title":"A"}]}')).rows).toHaveLength(1);
    expect(refused(parseJsonList('[{"title":"cut off"'))).toMatch(/^This is not valid JSON/);
    expect(refused(parseJsonList('{"title":"A"}'))).toMatch(/^Expected a list of articles/);
    expect(refused(parseJsonList('{"__proto__":[{"title":"A"}]}'))).toMatch(/^Expected a list/);
  });
});

describe('sitemap import', () => {
  it('makes one article per <url>, titled from the address', () => {
    const parsed = ok(
      readSitemap(
        xml(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://help.acme.example/hc/en-us/articles/360001234-Reset-your-password</loc><lastmod>2026-01-01</lastmod></url>
  <url><loc> https://help.acme.example/guides/esim_transfer.html </loc></url>
  <url><loc>https://help.acme.example/</loc></url>
  <url><lastmod>2026-01-01</lastmod></url>
  <url><loc>javascript:alert(1)</loc></url>
  <url><loc>https://help.acme.example/caf%C3%A9-wifi</loc></url>
</urlset>`),
      ),
    );
    expect(parsed.rows.map((r) => [r.at, r.title, r.url])).toEqual([
      [
        1,
        'Reset your password',
        'https://help.acme.example/hc/en-us/articles/360001234-Reset-your-password',
      ],
      [2, 'Esim transfer', 'https://help.acme.example/guides/esim_transfer.html'],
      [3, 'help.acme.example', 'https://help.acme.example/'],
      [6, 'Café wifi', 'https://help.acme.example/caf%C3%A9-wifi'],
    ]);
    expect(parsed.problems).toEqual([
      { at: 4, reason: 'no <loc> address' },
      { at: 5, reason: '“javascript:alert(1)” is not an http(s) link' },
    ]);
  });

  it('reads markup in <loc> as text, and works with a prefixed namespace', () => {
    const parsed = ok(
      readSitemap(
        xml(
          '<sm:urlset xmlns:sm="http://www.sitemaps.org/schemas/sitemap/0.9"><sm:url><sm:loc>https://a.example/&lt;img src=x onerror=alert(1)&gt;</sm:loc></sm:url></sm:urlset>',
        ),
      ),
    );
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0]!.url).toBe('https://a.example/%3Cimg%20src=x%20onerror=alert(1)%3E');
    expect(parsed.rows[0]!.title).toBe('<img src=x onerror=alert(1)>');
  });

  it('refuses damaged XML, a sitemap index and other XML', () => {
    expect(refused(readSitemap(xml('<urlset><url><loc>https://a.example</loc></url')))).toMatch(
      /^This is not well-formed XML \(error on line 1 at column \d+: [^)]+\)\. The file may be cut off or damaged\.$/,
    );
    expect(
      refused(
        readSitemap(
          xml('<sitemapindex><sitemap><loc>https://a.example/s.xml</loc></sitemap></sitemapindex>'),
        ),
      ),
    ).toMatch(/sitemap index/);
    expect(refused(readSitemap(xml('<rss><channel/></rss>')))).toMatch(/not a sitemap/);
  });
});

describe('import plan', () => {
  const existing = [
    article({ title: 'Fix login', url: 'https://a.example/login', body: 'Old text', tags: [] }),
    article({
      title: 'Refunds',
      url: 'https://a.example/refunds',
      body: 'Same',
      tags: ['billing'],
    }),
    article({ title: 'Gone', url: 'https://a.example/gone', deleted: true }),
  ];

  it('sorts rows into new, updates by the same URL, and skipped with reasons', () => {
    const rows = [
      {
        at: 2,
        title: 'Fix login',
        url: 'https://A.example/login/#top',
        body: 'New text',
        tags: [],
      },
      {
        at: 3,
        title: 'Refunds',
        url: 'https://a.example/refunds',
        body: 'Same',
        tags: ['billing'],
      },
      { at: 4, title: 'Roaming', url: 'https://a.example/roaming', body: '', tags: [] },
      { at: 5, title: 'Roaming again', url: 'https://a.example/roaming/', body: '', tags: [] },
      { at: 6, title: 'Gone', url: 'https://a.example/gone', body: '', tags: [] },
      { at: 7, title: 'No link', url: null, body: '', tags: [] },
    ];
    const plan = planImport(rows, [{ at: 8, reason: 'no title and no URL' }], existing);
    expect(plan.add.map((r) => r.at)).toEqual([4, 6, 7]);
    expect(plan.update.map((u) => [u.row.at, u.existing.title])).toEqual([[2, 'Fix login']]);
    expect(plan.skipped).toEqual([
      { at: 3, reason: 'already in the library, unchanged' },
      { at: 5, reason: 'the same URL as line 4' },
      { at: 8, reason: 'no title and no URL' },
    ]);
  });

  it('matches rows without a URL by title (case and spaces aside), never a write-up', () => {
    const library = [
      article({ title: 'Reset your password', url: null, body: 'Old', tags: [] }),
      article({ title: 'Same text', url: null, body: 'Same', tags: [] }),
      article({ title: 'Session expired', url: null, source: 'case', status: 'draft' }),
      // Has a URL: a row without one is another page.
      article({ title: 'Roaming', url: 'https://a.example/roaming' }),
    ];
    const rows = [
      { at: 2, title: '  reset YOUR password ', url: null, body: 'New', tags: [] },
      { at: 3, title: 'Same text', url: null, body: 'Same', tags: [] },
      { at: 4, title: 'Session expired', url: null, body: 'From a file', tags: [] },
      { at: 5, title: 'Roaming', url: null, body: '', tags: [] },
      { at: 6, title: 'ROAMING', url: null, body: '', tags: [] },
    ];
    const plan = planImport(rows, [], library);
    expect(plan.update.map((u) => [u.row.at, u.existing.title])).toEqual([
      [2, 'Reset your password'],
    ]);
    expect(plan.add.map((r) => r.at)).toEqual([4, 5]);
    expect(plan.skipped).toEqual([
      { at: 3, reason: 'already in the library, unchanged' },
      { at: 6, reason: 'the same title, and no URL, as line 5' },
    ]);
  });

  it('reports what the preview showed: its skips count in the final report', () => {
    const plan = planImport(
      [{ at: 2, title: 'A', url: null, body: '', tags: [] }],
      [{ at: 3, reason: 'no title and no URL' }],
      [],
    );
    // The write found one row done meanwhile: skipped too.
    expect(importReport(plan, { added: 0, updated: 0, skipped: 1 })).toEqual({
      added: 0,
      updated: 0,
      skipped: 2,
    });
  });

  it('compares URLs without fragment, trailing slash or host case', () => {
    expect(urlKey('https://Help.Example/a/b/#x')).toBe(urlKey('https://help.example/a/b'));
    expect(urlKey('https://help.example/?q=1')).not.toBe(urlKey('https://help.example/?q=2'));
  });

  it('splits tags and makes titles from addresses', () => {
    expect(splitTags('Login; iOS, login|  ')).toEqual(['login', 'ios']);
    expect(titleFromUrl('https://a.example/docs/42')).toBe('Docs');
    expect(titleFromUrl('https://a.example/faq/index.html')).toBe('Faq');
    expect(titleFromUrl('https://a.example/%E0%A4%A')).toBe('%E0%A4%A');
  });
});
