/** The shared helpers of lib/sites: counts in labels, fitting counts in order, text walking. */
import { describe, expect, it } from 'vitest';
import { blockText, clip, codeText, inlineText, oneLine, tidy } from '../../lib/sites/dom-text';
import { countsIn, firstCount, fitInOrder } from '../../lib/sites/parse';
import { POST } from '../../lib/sites/x-selectors';

describe('countsIn / firstCount', () => {
  it.each([
    ['2534 replies, 4483 reposts', [2534, 4483]],
    ['2,534 replies, 4,483 reposts', [2534, 4483]],
    ['2.596.467 Mal angezeigt', [2596467]],
    ['1\u202f234 réponses', [1234]],
    ['1 234 réponses', [1234]],
    ['12 件の返信、34 件のリポスト', [12, 34]],
    ['48, 152', [48, 152]], // one separator and three digits make a group: a list stays a list
    ['1,5 Mio.', [1, 5]], // rounded numbers are not exact counts; never read as 15
    ['Reply', []],
  ])('%s', (label, counts) => {
    expect(countsIn(label)).toEqual(counts);
  });

  it('gives the first count or null', () => {
    expect(firstCount('25616 Likes. Like')).toBe(25616);
    expect(firstCount('Like')).toBeNull();
    expect(firstCount(null)).toBeNull();
    expect(firstCount(undefined)).toBeNull();
    // Beyond safe integers a count is not exact: refused, never rounded.
    expect(firstCount('99999999999999999999 views')).toBeNull();
    expect(countsIn('1 reply, 99999999999999999999 views')).toHaveLength(2);
  });
});

describe('fitInOrder', () => {
  const slots = ['a', 'b', 'c', 'd', 'e'] as const;
  const none = { a: null, b: null, c: null, d: null, e: null };

  it('fills every slot when all five counts are there', () => {
    expect(fitInOrder(slots, [1, 2, 3, 4, 5], none)).toEqual({ a: 1, b: 2, c: 3, d: 4, e: 5 });
  });

  it('fills the slots the known values pin down, zero where the label left one out', () => {
    expect(fitInOrder(slots, [3, 41], { ...none, c: 3, e: 41 })).toEqual({
      a: 0,
      b: 0,
      c: 3,
      d: 0,
      e: 41,
    });
    // Knowing where one count goes is not enough for the others: only agreement is filled.
    const fitted = fitInOrder(slots, [7, 9, 11], { ...none, a: 7 });
    expect(fitted).toEqual({ a: 7 });
  });

  it('guesses nothing when the counts could sit in several places', () => {
    expect(fitInOrder(slots, [5, 6], none)).toEqual({});
  });

  it('gives nothing when no fit agrees with what is known, or there are too many counts', () => {
    expect(fitInOrder(slots, [1, 2], { ...none, a: 3 })).toEqual({});
    expect(fitInOrder(slots, [1, 2, 3, 4, 5, 6], none)).toEqual({});
    expect(fitInOrder(slots, [1, 2 ** 60], none)).toEqual({});
  });

  it('knows an empty label means all zero', () => {
    expect(fitInOrder(slots, [], none)).toEqual({ a: 0, b: 0, c: 0, d: 0, e: 0 });
  });
});

describe('text walking', () => {
  const el = (html: string) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    return div;
  };

  it('keeps emoji alt text, breaks and link text, skips what it is told to', () => {
    const box = el('Hi <img alt="👋"><br>see <a href="/x">@x</a><span class="skip">HIDDEN</span>!');
    expect(inlineText(box, { skip: '.skip' })).toBe('Hi 👋\nsee @x!');
  });

  it('writes out a link X shortened, without its ellipsis', () => {
    const box = el(
      '<a href="https://t.co/x"><span aria-hidden="true">https://</span>example.com/a-long-pa<span aria-hidden="true">th</span><span aria-hidden="true">\u2026</span></a> end',
    );
    expect(inlineText(box)).toBe('https://example.com/a-long-path end');
    // Text that only ends in an ellipsis keeps it.
    expect(inlineText(el('<a href="/h">wait\u2026</a>'))).toBe('wait\u2026');
  });

  it('stops at the first element it is told to', () => {
    const box = el('<span>Name</span><span>@handle</span><span>after</span>');
    expect(inlineText(box, { stopAt: (e) => e.textContent === '@handle' })).toBe('Name');
  });

  it('still ends the links it stops inside', () => {
    const box = el('<a href="https://t.co/x">https://example.com/a\u2026<span>@handle</span>b</a>');
    expect(inlineText(box, { stopAt: (e) => e.textContent === '@handle' })).toBe(
      'https://example.com/a',
    );
  });

  // Found by the hostile-input test (test/e2e/hostile.test.ts, issue 9): live markup in a
  // post gave its script's source as text on X, Instagram, LinkedIn, YouTube and Trustpilot.
  it('never reads scripts, styles, noscript or templates as text', () => {
    const box = el(
      'before <script>window.x=1</script><style>b{color:red}</style>' +
        '<noscript>&lt;img src=x&gt;</noscript><template>inert</template>after',
    );
    expect(inlineText(box)).toBe('before after');
  });

  // Found by the hostile-input test: text nested 5,000 elements deep overflowed the call
  // stack of the recursive walk in Chromium, and the post could not be captured.
  it('reads text nested far deeper than a call stack goes', () => {
    const box = el('start <b></b> end');
    // Built from the outside in: happy-dom walks a subtree at each append of one.
    let inner = box.querySelector('b')!;
    for (let depth = 0; depth < 20_000; depth++) {
      inner = inner.appendChild(document.createElement(depth % 2 ? 'span' : 'a'));
    }
    inner.append('deep');
    expect(inlineText(box)).toBe('start deep end');
  });

  // Found by the hostile-input test: a 1 MB post of emoji after one letter was stored
  // ending in half an emoji (a lone surrogate).
  it('clips to a length without splitting an emoji', () => {
    const emoji = '\ud83d\ude00';
    expect(clip(`x${emoji.repeat(10)}`, 4)).toBe(`x${emoji}`);
    expect(clip(emoji.repeat(10), 4)).toBe(emoji.repeat(2));
    expect(clip('abcdef', 4)).toBe('abcd');
    expect(clip('abc', 4)).toBe('abc');
  });

  it('tidies spaces but keeps paragraph breaks', () => {
    expect(tidy('  a \t b \n\n\n\n c  ')).toBe('a b\n\nc');
    expect(oneLine(' a \n b ')).toBe('a b');
  });

  it('joins Draft.js blocks with blank lines and keeps code as it is', () => {
    const body = el(
      '<div data-block="true"><span>One</span></div>' +
        '<ul><li data-block="true">Two</li></ul>' +
        '<section data-block="true"><span>label</span><pre><code>a\n  b</code></pre></section>' +
        '<section data-block="true"><figure class="media"><img alt="Image"></figure></section>',
    );
    expect(blockText(body, { skip: '.media' })).toBe('One\n\nTwo\n\na\n  b');
  });

  // Found by the fuzz test (test/dom/fuzz): /\s+$/ took 4 s on a run of 60,000 spaces in a
  // code block; the test's timeout is the hang detector, the text is what is checked.
  it('keeps a code block with a long run of spaces inside, trimming only its ends', () => {
    const run = ' \n\t'.repeat(40_000);
    const body = el(`<section data-block="true"><pre>\n\na${run}b \n </pre></section>`);
    expect(blockText(body)).toBe(`a${run}b`);
    expect(codeText(el(`<pre>\n${run}</pre>`).querySelector('pre')!)).toBe('');
  });

  it('falls back to the tidied text when there are no blocks', () => {
    expect(blockText(el('<p>  just   text </p>'))).toBe('just text');
  });
});

describe('X selector assumptions', () => {
  it('every post alternative is an <article> (findPosts reads the tag index first)', () => {
    expect(POST.length).toBeGreaterThan(0);
    for (const selector of POST) expect(selector).toMatch(/^article\b/);
  });
});
