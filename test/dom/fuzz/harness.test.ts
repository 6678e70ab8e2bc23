/**
 * The fuzz harness itself: one seed gives one page, every operation happens, and a broken
 * adapter is caught and named so that its page can be rebuilt. Without these, a fuzz test
 * that checks nothing would pass just as well.
 */
import { describe, expect, it } from 'vitest';
import type { CrmAdapter } from '../../../lib/crm/types';
import type { SiteAdapter } from '../../../lib/sites/types';
import { elementsOf, OPERATIONS } from './mutate';
import { allTargets, describeFailure, fuzzOnce, iterationSeed, pageOf, runFuzz } from './run';
import { nameOfTarget, parserOf, type FuzzTarget } from './targets';

const targets = allTargets();
const target = (name: string) => targets.find((t) => nameOfTarget(t) === name)!;
const home = target('x/home-timeline.html');
const serialized = (t: FuzzTarget, seed: number) => {
  const page = pageOf(t, seed);
  return { html: page.doc.documentElement.outerHTML, ops: page.ops, url: page.url.href };
};

describe('the mutator', () => {
  it('gives one page per seed, and another page for another seed', () => {
    expect(serialized(home, 7)).toEqual(serialized(home, 7));
    expect(serialized(home, 7).html).not.toBe(serialized(home, 8).html);
  });

  it('keeps page seeds stable, so a replay command stays valid', () => {
    expect(iterationSeed(1, 'x/home-timeline.html', 0)).toBe(
      iterationSeed(1, 'x/home-timeline.html', 0),
    );
    expect(iterationSeed(1, 'x/home-timeline.html', 0)).not.toBe(
      iterationSeed(1, 'x/home-timeline.html', 1),
    );
    expect(iterationSeed(1, 'x/home-timeline.html', 0)).not.toBe(
      iterationSeed(2, 'x/home-timeline.html', 0),
    );
    expect(iterationSeed(1, 'x/home-timeline.html', 0)).toBe(3955733001);
  });

  it('does every operation, and cuts pages short, over a hundred seeds', () => {
    const small = target('x/show-more.html');
    const done = new Set<string>();
    let truncated = 0;
    for (let seed = 0; seed < 100; seed++) {
      for (const op of pageOf(small, seed).ops) {
        if (op.startsWith('truncate')) truncated++;
        else if (!op.endsWith('nothing to do')) done.add(op.slice(0, op.indexOf(':')));
      }
    }
    expect([...done].sort()).toEqual([...OPERATIONS].sort());
    expect(truncated).toBeGreaterThan(25);
  }, 60_000); // a hang detector on a loaded machine, not a speed check

  it('a page cut in its first half is a smaller page that still parses', () => {
    const whole = new DOMParser().parseFromString(home.source, 'text/html');
    const seed = [...Array(100).keys()].find((s) => {
      const cut = /^truncate at (\d+)/.exec(pageOf(home, s).ops[0] ?? '');
      return cut && Number(cut[1]) < home.source.length / 2;
    })!;
    const cut = pageOf(home, seed).doc;
    expect(cut.body).not.toBeNull();
    expect(cut.querySelectorAll('*').length).toBeLessThan(whole.querySelectorAll('*').length);
  });

  it('reaches into shadow roots on CRM pages (Lightning renders its record in them)', () => {
    const lightning = target('salesforce/contact.html');
    const doc = parserOf(lightning)(lightning.source);
    expect(elementsOf(doc).length).toBeGreaterThan(doc.querySelectorAll('*').length);
  });
});

/** x/home-timeline.html read by an adapter that breaks one promise. */
const broken = (change: Partial<SiteAdapter>): FuzzTarget => {
  if (home.kind !== 'site') throw new Error('x is a site');
  return { ...home, adapter: { ...home.adapter, ...change } };
};

describe('a broken adapter is caught and named', () => {
  it('a throw: the entry point, the element, the target, the iteration and the seed', async () => {
    const throws = broken({
      buttonSlot: (el) => {
        if (el.localName === 'time') throw new TypeError('boom');
        return null;
      },
    });
    const result = await runFuzz({ targets: [throws], perFixture: 6 });
    expect(result.failures.length).toBeGreaterThan(0);
    const [first] = result.failures;
    expect(first).toMatchObject({ target: 'x/home-timeline.html' });
    expect(first!.error).toMatch(/buttonSlot\(time\) threw: TypeError: boom/);
    expect(first!.seed).toBe(iterationSeed(1, 'x/home-timeline.html', first!.iteration));
    expect(describeFailure(first!)).toContain(`FUZZ_REPLAY=x/home-timeline.html:${first!.seed}`);
    // The seed rebuilds the page: the same failure again.
    const again = fuzzOnce(throws, first!.seed, first!.iteration).failure;
    const firstLine = (error?: string) => error?.split('\n')[0];
    expect({ ...again, error: firstLine(again?.error) }).toEqual({
      ...first,
      error: firstLine(first!.error),
    });
  });

  it('an id too long, a post the schema refuses, a slot or a post outside', async () => {
    const cases: [Partial<SiteAdapter>, RegExp][] = [
      [
        { postIdOf: (el) => (el.localName === 'article' ? '1'.repeat(129) : null) },
        /postIdOf\(article\[data-testid="tweet"\]\): returned "1+": not an id/,
      ],
      [
        {
          parsePost: (el, url) => {
            const post = home.kind === 'site' ? home.adapter.parsePost(el, url) : null;
            return post && { ...post, permalink: 'javascript:alert(1)' };
          },
        },
        /parsePost\(.*failed its schema: permalink/,
      ],
      [{ buttonSlot: (el) => el.ownerDocument.body }, /buttonSlot\(.*outside/],
      [
        // Whatever the root, the page's <head>: outside every root but the document.
        { findPosts: (root) => [((root as Node).ownerDocument ?? (root as Document)).head] },
        /findPosts\(body\): returned head, outside/,
      ],
    ];
    for (const [change, error] of cases) {
      const result = await runFuzz({ targets: [broken(change)], perFixture: 4 });
      expect(result.failures[0]?.error).toMatch(error);
    }
  });

  it('a CRM record with an untrimmed name or no name and no email', async () => {
    const contact = target('hubspot/contact.html');
    if (contact.kind !== 'crm') throw new Error('hubspot is a CRM');
    const reads = (read: CrmAdapter['readRecord']): FuzzTarget => ({
      ...contact,
      adapter: { ...contact.adapter, readRecord: read },
    });
    const record = (fields: object) => () => ({
      system: 'hubspot' as const,
      objectType: 'contact',
      recordId: '1',
      url: 'https://app.hubspot.com/contacts/1/record/0-1/1',
      ...{ name: null, email: null, phone: null, company: null, owner: null },
      ...fields,
    });
    for (const [fields, error] of [
      [{ name: ' Dana ' }, /readRecord: name " Dana " is not one trimmed line/],
      [{ phone: '555 0134' }, /readRecord: neither name nor email/],
      [{ email: 'Dana@Example.com' }, /readRecord: email/],
    ] as const) {
      const result = await runFuzz({ targets: [reads(record(fields))], perFixture: 1 });
      expect(result.failures[0]?.error).toMatch(error);
    }
  });
});
