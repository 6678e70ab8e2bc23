/**
 * The LinkedIn adapter on the classic feed's hand-made pages (test/fixtures/linkedin/
 * PROVENANCE.md). Expected values were written by reading the HTML; every parse must also
 * pass the stored-post schema. The new feed: linkedin-sdui.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { linkedinAdapter as adapter } from '../../lib/sites/linkedin';
import { loadPage } from './fixtures';
import { author, commentLink, itemById, NO_COUNTS, parseAll } from './linkedin-support';

const DANA = author(
  'dana-whitfield-4b2a1',
  'Dana Whitfield',
  'D4E03AQ/profile-displayphoto-shrink_100_100/dana.jpg',
);
const DANA_POST = '7391000000000000101';
const DANA_TITLE =
  'Third outage this week with my Acme Home router 😤 The status light goes red every evening around 8pm and support keeps…';
const DANA_PARENT = {
  postId: DANA_POST,
  permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${DANA_POST}/`,
  title: DANA_TITLE,
};

describe('classic-post-page.html (a post with an image, a comment thread, comment boxes)', () => {
  const { doc, url } = loadPage('linkedin', 'classic-post-page.html');
  const items = parseAll(doc, url);

  it('finds the post, its two comments and the reply, each an item of its own', () => {
    expect(items.map((item) => item.postId)).toEqual([
      DANA_POST,
      'comment:7391000000000000201',
      'comment:7391000000000000202',
      'comment:7391000000000000203',
    ]);
  });

  it('reads every field of the post (relative time only, counts from aria-labels)', () => {
    expect(items[0]).toEqual({
      platform: 'linkedin',
      postId: DANA_POST,
      permalink: DANA_PARENT.permalink,
      author: DANA,
      // The hashtag's screen-reader "hashtag" is left out; lines and the emoji are kept.
      text:
        'Third outage this week with my Acme Home router 😤\nThe status light goes red every ' +
        'evening around 8pm and support keeps asking me to reboot it.\n\nAnyone found a fix? #acmehelp',
      title: null,
      truncated: false,
      postedAt: null,
      // "2d • Edited • 🌐": bullets, "Edited" and the audience icon are not the time.
      shownTime: '2d',
      language: null,
      metrics: { replies: 3, reposts: 2, likes: 24, ...NO_COUNTS },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it("reads a page's comment, which keeps a link to its post", () => {
    expect(items[1]).toEqual({
      platform: 'linkedin',
      postId: 'comment:7391000000000000201',
      permalink: commentLink(DANA_POST, '7391000000000000201'),
      author: author(
        'company/acme-support',
        'Acme Support',
        'C4E0BAQ/company-logo_100_100/acme-support.png',
      ),
      text:
        'Hi Dana, we’re sorry about the evening drops. Could you send us a DM with your ' +
        'router’s serial number? We’ll check the firmware on our side.',
      title: null,
      truncated: false,
      postedAt: null,
      shownTime: '1d',
      language: null,
      // "2 Reactions on …"; its one reply is shown under it.
      metrics: { replies: 1, reposts: null, likes: 2, ...NO_COUNTS },
      isReply: true,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: DANA_PARENT,
    } satisfies ParsedPost);
  });

  it('reads the reply to the comment: its own id, its thread in the link, the post as parent', () => {
    expect(items[2]).toEqual({
      platform: 'linkedin',
      postId: 'comment:7391000000000000202',
      permalink: commentLink(DANA_POST, '7391000000000000201', '7391000000000000202'),
      author: DANA,
      text: 'Done, sent you the serial number in a DM. Thanks!',
      title: null,
      truncated: false,
      postedAt: null,
      shownTime: '20h',
      language: null,
      metrics: { replies: 0, reposts: null, likes: 0, ...NO_COUNTS },
      isReply: true,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: DANA_PARENT,
    } satisfies ParsedPost);
  });

  it('reads a cut, edited comment whose URN spells urn:li:activity and whose link is relative', () => {
    expect(items[3]).toMatchObject({
      postId: 'comment:7391000000000000203',
      permalink: commentLink(DANA_POST, '7391000000000000203'),
      author: author(
        'priya-raman',
        'Priya Raman',
        'D5603AQ/profile-displayphoto-shrink_100_100/priya.jpg',
      ),
      truncated: true,
      shownTime: '5h',
      metrics: { replies: 0, reposts: null, likes: 0, ...NO_COUNTS },
      parent: DANA_PARENT,
    });
    expect(items[3]?.text).toMatch(/^Same here since the 4\.1 update\. .* so I$/);
  });

  it('is the focused post of its own page only', () => {
    expect(adapter.focusedPost(doc, url)).toBe(itemById(doc, DANA_POST));
    expect(adapter.isPostPage(url)).toBe(true);
    const other = new URL('https://www.linkedin.com/feed/update/urn:li:activity:42/');
    expect(adapter.focusedPost(doc, other)).toBeNull();
    expect(adapter.focusedPost(doc, new URL('https://www.linkedin.com/feed/'))).toBeNull();
  });

  it('puts the post’s buttons at the end of its author row, a comment’s beside its time', () => {
    const post = itemById(doc, DANA_POST);
    expect(adapter.buttonSlot(post)?.classList.contains('update-components-actor')).toBe(true);
    const comment = itemById(doc, 'comment:7391000000000000201');
    const slot = adapter.buttonSlot(comment);
    expect(slot?.querySelector('time')?.textContent).toBe('1d');
    // Not the reply's time: the reply's own slot is inside the reply.
    const reply = itemById(doc, 'comment:7391000000000000202');
    expect(adapter.buttonSlot(reply)?.querySelector('time')?.textContent).toBe('20h');
  });

  it('finds each item again from a control placed in its slot (the innermost item)', () => {
    for (const item of adapter.findPosts(doc)) {
      const control = doc.createElement('button');
      (adapter.buttonSlot(item) ?? item).append(control);
      expect(adapter.closestPost(control)).toBe(item);
      control.remove();
    }
  });

  it('finds a comment added to the thread as one new item, and the post around a changed node', () => {
    const reply = itemById(doc, 'comment:7391000000000000202');
    expect(adapter.findPosts(reply)).toEqual([reply]);
    const comment = itemById(doc, 'comment:7391000000000000201');
    expect(adapter.findPosts(comment).map((el) => adapter.postIdOf(el))).toEqual([
      'comment:7391000000000000201',
      'comment:7391000000000000202',
    ]);
    const image = doc.querySelector('.update-components-image img')!;
    expect(adapter.findPosts(image)).toEqual([]);
    expect(adapter.closestPost(image)).toBe(itemById(doc, DANA_POST));
  });
});

describe('classic-feed.html (video, promoted, cut text, repost)', () => {
  const { doc, url } = loadPage('linkedin', 'classic-feed.html');
  const items = parseAll(doc, url);
  const ids: [string, string, string, string] = [
    '7390000000000000011',
    '7390000000000000012',
    '7390000000000000013',
    '7390000000000000014',
  ];
  const permalink = (id: string) => `https://www.linkedin.com/feed/update/urn:li:activity:${id}/`;

  it('finds the four posts, never the reposted one alone', () => {
    expect(items.map((item) => item.postId)).toEqual(ids);
  });

  it("reads a page's post with a video, its follower count and exact counts", () => {
    expect(items[0]).toEqual({
      platform: 'linkedin',
      postId: ids[0],
      permalink: permalink(ids[0]),
      author: author('company/acme', 'Acme', 'C4D0BAQ/company-logo_100_100/acme.png', {
        followers: 48210,
      }),
      text:
        'Firmware 4.2 for Acme Home routers starts rolling out today. It fixes the evening ' +
        'disconnects some of you reported. Here is how to check your version 👇',
      title: null,
      truncated: false,
      postedAt: null,
      shownTime: '3h',
      language: null,
      metrics: { replies: 87, reposts: 15, likes: 1204, ...NO_COUNTS },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it('flags the promoted post: "Promoted" where the time goes, so no shown time', () => {
    expect(items[1]).toMatchObject({
      postId: ids[1],
      author: author(
        'company/globex-telecom',
        'Globex Telecom',
        'C560BAQ/company-logo_100_100/globex.png',
        {
          followers: 3002118,
        },
      ),
      shownTime: null,
      isPromoted: true,
      // Only reactions are shown: LinkedIn hides zero counts under its action bar.
      metrics: { replies: 0, reposts: 0, likes: 312, ...NO_COUNTS },
    });
  });

  it('reads the author, not the "likes this" line above; cut text; verified; lower-cased slug', () => {
    expect(items[2]).toEqual({
      platform: 'linkedin',
      postId: ids[2],
      permalink: permalink(ids[2]),
      author: author(
        'marcus-lee-77',
        'Marcus Lee',
        'C4E03AQ/profile-displayphoto-shrink_100_100/marcus.jpg',
        {
          verified: true,
        },
      ),
      text:
        'We moved our 40 branch offices to Acme Business routers last quarter. Honest review ' +
        'after three months:\n\n1. Setup was fast and the provisioning portal is good.\n2. Support ' +
        'answers within the hour on weekdays.\n3. Weekend support is a different story: we waited',
      title: null,
      truncated: true,
      postedAt: null,
      shownTime: '1w',
      language: null,
      metrics: { replies: 41, reposts: 0, likes: 96, ...NO_COUNTS },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it('keeps the reposted post apart, as its quoted post with its own link (tracking dropped)', () => {
    expect(items[3]).toEqual({
      platform: 'linkedin',
      postId: ids[3],
      permalink: permalink(ids[3]),
      author: author(
        'jordan-kim',
        'Jordan Kim',
        'D4E03AQ/profile-displayphoto-shrink_100_100/jordan.jpg',
      ),
      text: 'Is anyone else still waiting for this update? My router says 4.1.',
      title: null,
      truncated: false,
      postedAt: null,
      shownTime: '45m',
      language: null,
      metrics: { replies: 0, reposts: 0, likes: 5, ...NO_COUNTS },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: {
        platform: 'linkedin',
        postId: '7389000000000000077',
        permalink: permalink('7389000000000000077'),
        author: author('company/acme', 'Acme', 'C4D0BAQ/company-logo_100_100/acme.png'),
        text: 'Firmware 4.1 is here: faster Wi-Fi handoff between rooms.',
        title: null,
        truncated: false,
        postedAt: null,
        shownTime: '2w',
        language: null,
        // The box shows no counts and no action bar of its own: unknown, not zero.
        metrics: { replies: null, reposts: null, likes: null, ...NO_COUNTS },
        isReply: false,
        isPromoted: false,
        isArticle: false,
      },
      parent: null,
    } satisfies ParsedPost);
  });

  it('has no focused post on the feed, and no comment box', () => {
    expect(adapter.focusedPost(doc, url)).toBeNull();
    expect(adapter.isPostPage(url)).toBe(false);
    expect(adapter.replyBoxes?.find(doc, url, ids[0])).toEqual([]);
  });
});

describe('classic-de.html (German interface, Arabic reply, "Gesponsert")', () => {
  const { doc, url } = loadPage('linkedin', 'classic-de.html');
  const items = parseAll(doc, url);
  const post = '7392000000000000301';
  const parent = {
    postId: post,
    permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${post}/`,
    title:
      'Seit dem Update auf 4.1 verliert unser Acme-Router jeden Abend die Verbindung. Der Support hat nach zwei Wochen immer n…',
  };

  it('reads German counts with thousands dots, "3 Wo." as the time, and the lang attribute', () => {
    expect(items.map((item) => item.postId)).toEqual([
      post,
      'comment:7392000000000000401',
      'comment:7392000000000000402',
      '7392000000000000302',
    ]);
    expect(items[0]).toEqual({
      platform: 'linkedin',
      postId: post,
      permalink: parent.permalink,
      author: author(
        'lukas-brandt',
        'Lukas Brandt',
        'D4E03AQ/profile-displayphoto-shrink_100_100/lukas.jpg',
      ),
      text:
        'Seit dem Update auf 4.1 verliert unser Acme-Router jeden Abend die Verbindung. Der ' +
        'Support hat nach zwei Wochen immer noch keine Lösung. Hat jemand einen Tipp?',
      title: null,
      truncated: false,
      postedAt: null,
      shownTime: '3 Wo.',
      language: 'de',
      metrics: { replies: 56, reposts: 12, likes: 1234, ...NO_COUNTS },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads the German comment and the Arabic reply (right to left, percent-encoded slug)', () => {
    expect(items[1]).toMatchObject({
      author: author(
        'company/acme-deutschland',
        'Acme Deutschland',
        'C4E0BAQ/company-logo_100_100/acme-de.png',
      ),
      text: 'Hallo Lukas, das tut uns leid. Bitte schicken Sie uns eine Direktnachricht mit Ihrer Kundennummer.',
      shownTime: '2 Std.',
      language: 'de',
      metrics: { replies: 1, reposts: null, likes: 4, ...NO_COUNTS },
      isReply: true,
      parent,
    });
    expect(items[2]).toEqual({
      platform: 'linkedin',
      postId: 'comment:7392000000000000402',
      permalink: commentLink(post, '7392000000000000401', '7392000000000000402'),
      author: author(
        'ليلى-layla-haddad',
        'ليلى حداد',
        'D4E03AQ/profile-displayphoto-shrink_100_100/layla.jpg',
      ),
      text: 'نفس المشكلة عندي منذ التحديث، الراوتر ينقطع كل مساء.',
      title: null,
      truncated: false,
      postedAt: null,
      // "1 Std. • Bearbeitet": the German "Edited" is dropped too.
      shownTime: '1 Std.',
      language: 'ar',
      metrics: { replies: 0, reposts: null, likes: 0, ...NO_COUNTS },
      isReply: true,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent,
    } satisfies ParsedPost);
    expect(items[2]?.author.profileUrl).toBe(
      'https://www.linkedin.com/in/%D9%84%D9%8A%D9%84%D9%89-layla-haddad/',
    );
  });

  it('flags "Gesponsert" by its place (no time in the sub-description), in any language', () => {
    expect(items[3]).toMatchObject({
      postId: '7392000000000000302',
      author: { handle: 'company/globex-telecom', followers: 3002118 },
      shownTime: null,
      isPromoted: true,
      language: 'de',
    });
  });

  it('finds the Comment and Reply controls without English labels (by their classes)', () => {
    const boxes = adapter.replyBoxes!;
    expect(boxes.opener(itemById(doc, post))?.textContent).toBe('Kommentieren');
    expect(boxes.opener(itemById(doc, 'comment:7392000000000000401'))?.textContent).toBe(
      'Antworten',
    );
    expect(
      boxes.opener(itemById(doc, 'comment:7392000000000000402'))?.getAttribute('aria-label'),
    ).toBe('Auf den Kommentar von ليلى حداد antworten');
  });
});
