/**
 * The YouTube adapter against the hand-made saved pages (test/fixtures/youtube/
 * PROVENANCE.md). Expected values were written by reading the HTML; every parse must also
 * pass the stored-post schema, and the cheap id must agree with it (youtube-support.ts).
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { youtubeAdapter } from '../../lib/sites/youtube';
import { COMMENT_FIELDS, COMMENT_METRICS, itemOf, parsedPage } from './youtube-support';

const VIDEO = 'acmeX2Rev01';
const WATCH = `https://www.youtube.com/watch?v=${VIDEO}`;
const X2_TITLE = 'Acme X2 mesh router: three months later (not great)';
const X2_PARENT = { postId: `video:${VIDEO}`, permalink: WATCH, title: X2_TITLE };
const link = (id: string) => `${WATCH}&lc=${id}`;
const channel = (handle: string) => `https://www.youtube.com/@${handle}`;
const avatar = (name: string, size = 88) =>
  `https://yt3.ggpht.com/${name}=s${size}-c-k-c0x00ffffff-no-rj`;

describe('watch-comments.html (new markup: the video, four threads, two replies)', () => {
  const page = parsedPage('watch-comments.html');

  it('finds the video and every comment and reply, in page order', () => {
    expect(page.posts.map((post) => post.postId)).toEqual([
      `video:${VIDEO}`,
      'comment:UgzPinDanaX2update1AaABAg',
      'comment:Ugw2MarkWifiDrops02AaABAg',
      'comment:Ugw2MarkWifiDrops02AaABAg.9zAcmeReplyPriya0001x',
      'comment:Ugw2MarkWifiDrops02AaABAg.9zMarkReplyDone00002y',
      'comment:Ugx3LenaLongStory003AaABAg',
      'comment:Ugy4JoWangAndroid004AaABAg',
    ]);
  });

  it('reads the video: channel, collapsed description, exact counts only', () => {
    expect(page.byId(`video:${VIDEO}`)).toEqual({
      platform: 'youtube',
      postId: `video:${VIDEO}`,
      // The page URL's search tracking (pp=) is not part of it.
      permalink: WATCH,
      author: {
        handle: 'DanaFixesThings',
        name: 'Dana Fixes Things',
        profileUrl: channel('DanaFixesThings'),
        avatarUrl: avatar('dana-fixes-things'),
        followers: 847,
        verified: false,
      },
      // The snippet the page shows while "...more" is there; the button is not text.
      text: 'I bought the Acme X2 three-pack in August.\nThe mesh drops every night around 2am and the Acme Home app blames my ISP.',
      // The members-only badge above the title is not part of it.
      title: X2_TITLE,
      truncated: true,
      postedAt: null,
      shownTime: '2 days ago',
      language: null,
      // Shown as "48K views" and "1.2K": the labels have the exact counts.
      metrics: { replies: 1482, reposts: null, likes: 1204, bookmarks: null, views: 48213 },
      isReply: false,
      isPromoted: false, // the paid-promotion overlay is there, but empty
      isArticle: false,
      quoted: null,
      parent: null,
      rating: null,
    } satisfies ParsedPost);
  });

  it("reads the creator's pinned comment through its badge (#author-text is hidden)", () => {
    expect(page.byId('comment:UgzPinDanaX2update1AaABAg')).toEqual({
      ...COMMENT_FIELDS,
      postId: 'comment:UgzPinDanaX2update1AaABAg',
      permalink: link('UgzPinDanaX2update1AaABAg'),
      // Comments show the @handle where a name would be: no name of its own.
      author: {
        handle: 'DanaFixesThings',
        name: '',
        profileUrl: channel('DanaFixesThings'),
        avatarUrl: avatar('dana-fixes-things'),
        followers: null,
        verified: false,
      },
      text: 'Update: Acme replaced my unit on day 4. Follow-up video next week.',
      truncated: false,
      shownTime: '1 day ago', // "(edited)" dropped
      metrics: { ...COMMENT_METRICS, replies: 0, likes: 56 },
      parent: X2_PARENT,
    } satisfies ParsedPost);
  });

  it('reads a complaint: emoji kept, member badge left out, exact likes from the label', () => {
    expect(page.byId('comment:Ugw2MarkWifiDrops02AaABAg')).toEqual({
      ...COMMENT_FIELDS,
      postId: 'comment:Ugw2MarkWifiDrops02AaABAg',
      permalink: link('Ugw2MarkWifiDrops02AaABAg'),
      author: {
        handle: 'mark_t_1987',
        name: '',
        profileUrl: channel('mark_t_1987'),
        avatarUrl: avatar('mark-t-1987'),
        followers: null,
        verified: false,
      },
      text: 'Same here 😡 my X2 drops Wi-Fi every night at 2am. Acme support closed ticket #48213 without fixing anything.',
      truncated: false,
      shownTime: '2 days ago',
      // "1.2K" shown; "3 replies" although two are loaded.
      metrics: { ...COMMENT_METRICS, replies: 3, likes: 1234 },
      parent: X2_PARENT,
    } satisfies ParsedPost);
  });

  it('reads replies as items of their own, their ids "<parent>.<reply>"', () => {
    const id = 'Ugw2MarkWifiDrops02AaABAg.9zAcmeReplyPriya0001x';
    expect(page.byId(`comment:${id}`)).toEqual({
      ...COMMENT_FIELDS,
      postId: `comment:${id}`,
      permalink: link(id),
      author: {
        handle: 'AcmeSupport',
        name: '',
        profileUrl: channel('AcmeSupport'),
        avatarUrl: avatar('acme-support', 48),
        followers: null,
        verified: true, // the check in its author badge
      },
      text: 'Hi Mark, sorry about this. Please DM us the ticket number and we will reopen it today. – Priya',
      truncated: false,
      shownTime: '20 hours ago',
      metrics: { ...COMMENT_METRICS, replies: null, likes: 12 },
      parent: X2_PARENT,
    } satisfies ParsedPost);
    const again = page.byId('comment:Ugw2MarkWifiDrops02AaABAg.9zMarkReplyDone00002y');
    expect(again.author.handle).toBe('mark_t_1987');
    // The mention is a link in the text: its shown text stays, the author is not its target.
    expect(again.text).toBe('@AcmeSupport done, sent it just now.');
    // No count in the label and an empty shown count: no likes.
    expect(again.metrics).toEqual({ ...COMMENT_METRICS, replies: null, likes: 0 });
    expect(again.shownTime).toBe('18 hours ago');
  });

  it('reads a comment cut after four lines ("Read more" shown) with its lines', () => {
    expect(page.byId('comment:Ugx3LenaLongStory003AaABAg')).toMatchObject({
      author: { handle: 'Lena_Okafor', name: '', avatarUrl: avatar('lena-okafor') },
      text: [
        'Long story, sorry.',
        'Week 1: the X2 satellite kept losing the backhaul.',
        'Week 2: firmware 3.1.4 fixed it for two days.',
        'Week 3: support asked me to factory reset twice.',
        'Week 4: they finally sent a replacement, which works. Credit where it is due, but it should not take a month.',
      ].join('\n'),
      truncated: true,
      // One reply, not loaded: the count under the comment says so.
      metrics: { ...COMMENT_METRICS, replies: 1, likes: 37 },
    });
  });

  it('reads a question with nothing counted yet, a lazy avatar, tracking dropped', () => {
    expect(page.byId('comment:Ugy4JoWangAndroid004AaABAg')).toEqual({
      ...COMMENT_FIELDS,
      postId: 'comment:Ugy4JoWangAndroid004AaABAg',
      // Its link carries &pp=…; the permalink does not.
      permalink: link('Ugy4JoWangAndroid004AaABAg'),
      author: {
        handle: 'jo.wang-88',
        name: '',
        profileUrl: channel('jo.wang-88'),
        avatarUrl: null,
        followers: null,
        verified: false,
      },
      text: 'Does the X2 work with the Acme Home app on Android 15? Mine says "device not found".',
      truncated: false,
      shownTime: '5 hours ago',
      metrics: { ...COMMENT_METRICS, replies: 0, likes: 0 },
      parent: X2_PARENT,
    } satisfies ParsedPost);
  });

  it('puts the controls on the author line, where closestPost finds the right item', () => {
    for (const el of youtubeAdapter.findPosts(page.doc)) {
      const slot = youtubeAdapter.buttonSlot(el)!;
      const expected = el.localName === 'ytd-watch-metadata' ? 'owner' : 'header-author';
      expect(slot.id).toBe(expected);
      const control = page.doc.createElement('button');
      slot.append(control);
      expect(youtubeAdapter.closestPost(control)).toBe(el);
      control.remove();
    }
  });

  it("maps nodes to their own item: a reply's text to the reply, never to its parent", () => {
    const reply = itemOf(page.doc, 'comment:Ugw2MarkWifiDrops02AaABAg.9zAcmeReplyPriya0001x');
    expect(youtubeAdapter.closestPost(reply.querySelector('#content-text')!)).toBe(reply);
    const top = itemOf(page.doc, 'comment:Ugw2MarkWifiDrops02AaABAg');
    expect(top.contains(reply)).toBe(false);
    expect(youtubeAdapter.closestPost(page.doc.querySelector('#more-replies')!)).toBeNull();
    expect(youtubeAdapter.closestPost(page.doc.querySelector('#simple-box')!)).toBeNull();
    // Inside an item, nothing is an item of its own; a thread holds the comment and replies.
    expect(youtubeAdapter.findPosts(top.querySelector('#toolbar')!)).toEqual([]);
    const thread = top.closest('ytd-comment-thread-renderer')!;
    expect(youtubeAdapter.findPosts(thread)).toHaveLength(3);
    expect(youtubeAdapter.findPosts(top)).toEqual([top]);
  });

  it('focuses the video on its page, and a highlighted comment on its link', () => {
    const video = youtubeAdapter.focusedPost(page.doc, page.url)!;
    expect(youtubeAdapter.postIdOf(video)).toBe(`video:${VIDEO}`);
    const linked = new URL(link('Ugx3LenaLongStory003AaABAg'));
    expect(youtubeAdapter.postIdOf(youtubeAdapter.focusedPost(page.doc, linked)!)).toBe(
      'comment:Ugx3LenaLongStory003AaABAg',
    );
    // A comment not on the page (yet): nothing, so the page is read again as it loads.
    expect(youtubeAdapter.focusedPost(page.doc, new URL(link('UgzNotLoadedYet0000AaABAg')))).toBe(
      null,
    );
    // Another video's page (the document lags behind an in-app navigation): nothing.
    const other = new URL('https://www.youtube.com/watch?v=otherVideo1');
    expect(youtubeAdapter.focusedPost(page.doc, other)).toBeNull();
  });
});

describe('old-renderer.html (ytd-comment-renderer, a sponsored video)', () => {
  const page = parsedPage('old-renderer.html');
  const SETUP = 'https://www.youtube.com/watch?v=acmeSetup05';
  const parent = {
    postId: 'video:acmeSetup05',
    permalink: SETUP,
    title: 'Acme X2 setup in 5 minutes',
  };

  it('finds the video, both comments and the reply', () => {
    expect(page.posts.map((post) => post.postId)).toEqual([
      'video:acmeSetup05',
      'comment:UgyOldSamRivera0000AaABAg',
      'comment:UgyOldSamRivera0000AaABAg.9yAcmeOldReply0000001',
      'comment:UgzOldGrumpyGamer000AaABAg',
    ]);
  });

  it('reads the sponsored video: verified channel, expanded description, abbreviated counts unknown', () => {
    expect(page.byId('video:acmeSetup05')).toEqual({
      platform: 'youtube',
      postId: 'video:acmeSetup05',
      permalink: SETUP, // not &t=42s
      author: {
        handle: 'AcmeOfficial',
        name: 'Acme',
        profileUrl: channel('AcmeOfficial'),
        avatarUrl: 'https://yt3.ggpht.com/acme-official=s88-c-k-c0x00ffffff-no-rj',
        followers: null, // "1.2M subscribers"
        verified: true,
      },
      text: 'Unbox, plug in, open the Acme Home app.\n\nChapters:\n0:00 Unboxing\n1:35 Pairing the satellites\n\nHelp: https://acme.example/help',
      title: 'Acme X2 setup in 5 minutes',
      truncated: false, // expanded: "...more" hidden
      postedAt: null,
      shownTime: 'Oct 3, 2026',
      language: null,
      // "3.1K Comments", a like label without a count, views from the older info line.
      metrics: { replies: null, reposts: null, likes: null, bookmarks: null, views: 12907 },
      isReply: false,
      isPromoted: true, // "Includes paid promotion"
      isArticle: false,
      quoted: null,
      parent: null,
      rating: null,
    } satisfies ParsedPost);
  });

  it('reads a display name and a channel-id link as the handle', () => {
    expect(page.byId('comment:UgyOldSamRivera0000AaABAg')).toEqual({
      ...COMMENT_FIELDS,
      postId: 'comment:UgyOldSamRivera0000AaABAg',
      permalink: `${SETUP}&lc=UgyOldSamRivera0000AaABAg`,
      author: {
        handle: 'UCsamRivera0000000000001',
        name: 'Sam Rivera',
        profileUrl: 'https://www.youtube.com/channel/UCsamRivera0000000000001',
        avatarUrl: 'https://yt3.ggpht.com/sam-rivera=s48-c-k-c0x00ffffff-no-rj',
        followers: null,
        verified: false,
      },
      text: 'Step 3 is wrong for the EU model, the LED turns blue, not white.',
      truncated: false,
      shownTime: '3 weeks ago',
      // "2.4K" shown, the older lowercase label exact; "View reply" has no count.
      metrics: { ...COMMENT_METRICS, replies: null, likes: 2431 },
      parent,
    } satisfies ParsedPost);
  });

  it('reads the older reply (absolute link) and a comment cut by an id-less "…more"', () => {
    expect(page.byId('comment:UgyOldSamRivera0000AaABAg.9yAcmeOldReply0000001')).toMatchObject({
      permalink: `${SETUP}&lc=UgyOldSamRivera0000AaABAg.9yAcmeOldReply0000001`,
      author: { handle: 'AcmeOfficial', name: 'Acme' },
      text: 'Thanks Sam, good catch. The EU manual is fixed now.',
      shownTime: '2 weeks ago',
      metrics: { replies: null, likes: 88 },
      parent,
    });
    expect(page.byId('comment:UgzOldGrumpyGamer000AaABAg')).toMatchObject({
      author: { handle: 'grumpy_gamer', name: '' },
      truncated: true,
      // "1.2K" shown and no count in the label: unknown, never 1 or 1200.
      metrics: { replies: 0, likes: null },
    });
  });

  it('puts the controls on the author line of the older markup too', () => {
    for (const el of youtubeAdapter.findPosts(page.doc)) {
      const slot = youtubeAdapter.buttonSlot(el)!;
      expect(['owner', 'header-author']).toContain(slot.id);
      expect(youtubeAdapter.closestPost(slot)).toBe(el);
    }
  });
});

describe('localized-de.html (German interface, Arabic comment, opened from a comment link)', () => {
  const page = parsedPage('localized-de.html');
  const DE = 'https://www.youtube.com/watch?v=acmeDeTest9';
  const parent = {
    postId: 'video:acmeDeTest9',
    permalink: DE,
    title: 'Acme X2 im Test: Nach drei Monaten ernüchtert',
  };

  it('reads German counts: exact ones with "." grouping, abbreviated ones unknown', () => {
    expect(page.byId('video:acmeDeTest9')).toMatchObject({
      author: { handle: 'TechnikMitJana', name: 'Technik mit Jana', followers: null },
      text: 'Mein ehrliches Fazit zum Acme X2 Mesh-System.',
      title: parent.title,
      truncated: true, // "…mehr"
      shownTime: 'vor 3 Tagen',
      metrics: { replies: 1024, likes: 2310, views: 12345 },
    });
  });

  it('reads the highlighted Arabic comment: right-to-left text, a non-Latin handle', () => {
    expect(page.byId('comment:Ugw9ArabicMahdi00007AaABAg')).toEqual({
      ...COMMENT_FIELDS,
      postId: 'comment:Ugw9ArabicMahdi00007AaABAg',
      permalink: `${DE}&lc=Ugw9ArabicMahdi00007AaABAg`,
      author: {
        handle: 'مهدي_التقني',
        name: '',
        profileUrl:
          'https://www.youtube.com/@%D9%85%D9%87%D8%AF%D9%8A_%D8%A7%D9%84%D8%AA%D9%82%D9%86%D9%8A',
        avatarUrl: 'https://yt3.ggpht.com/mahdi=s88-c-k-c0x00ffffff-no-rj',
        followers: null,
        verified: false,
      },
      text: 'جهاز Acme X2 ينقطع كل ليلة. هل يوجد تحديث؟',
      truncated: false,
      shownTime: 'vor 4 Stunden',
      metrics: { ...COMMENT_METRICS, replies: 0, likes: 7 },
      parent,
    } satisfies ParsedPost);
    const focused = youtubeAdapter.focusedPost(page.doc, page.url)!;
    expect(youtubeAdapter.postIdOf(focused)).toBe('comment:Ugw9ArabicMahdi00007AaABAg');
  });

  it('drops "(bearbeitet)", counts "12 Antworten", reads likes from the German label', () => {
    expect(page.byId('comment:Ugx7GermanKai000001AaABAg')).toMatchObject({
      author: { handle: 'Kai.Brandt' },
      text: 'Bei mir genau dasselbe. Der Acme-Support meldet sich seit zwei Wochen nicht. Ärgerlich!',
      truncated: false,
      shownTime: 'vor 2 Tagen',
      // Shown "1,2 Tsd."; the label has 1.204.
      metrics: { replies: 12, likes: 1204 },
      parent,
    });
  });

  it('sees a cut comment by structure, whatever the button says ("Mehr anzeigen")', () => {
    expect(page.byId('comment:Ugz8GermanSabine02AaABAg')).toMatchObject({
      truncated: true,
      text: expect.stringMatching(/^Kurze Zusammenfassung meiner Erfahrung:\n1\. Einrichtung/),
      metrics: { replies: 0, likes: 64 },
    });
  });
});

describe('shorts.html (a Short, its comments panel, the watch page kept hidden)', () => {
  const page = parsedPage('shorts.html');
  const SHORT = 'https://www.youtube.com/watch?v=acmeShort01';
  const parent = {
    postId: 'video:acmeShort01',
    permalink: SHORT,
    title: 'Acme X2 blinking orange? Try this #shorts',
  };

  it('reads comments in both link forms; their video is the Short, titled from the reel', () => {
    expect(page.byId('comment:UgxShortsRita00001AaABAg')).toMatchObject({
      permalink: `${SHORT}&lc=UgxShortsRita00001AaABAg`, // its link was /shorts/<id>?lc=
      author: { handle: 'router_rita' },
      text: 'This fixed mine, thank you!! Orange = firmware stuck.',
      metrics: { replies: 0, likes: 214 },
      parent,
    });
    expect(page.byId('comment:UgyShortsOmar00002AaABAg')).toMatchObject({
      permalink: `${SHORT}&lc=UgyShortsOmar00002AaABAg`,
      shownTime: '4 days ago',
      parent,
    });
  });

  it('keeps the hidden watch page its own item, never the subject of the Short', () => {
    expect(page.byId(`video:${VIDEO}`)).toMatchObject({ title: X2_TITLE, text: '' });
    expect(youtubeAdapter.focusedPost(page.doc, page.url)).toBeNull();
    expect(youtubeAdapter.isPostPage(page.url)).toBe(false);
    expect(youtubeAdapter.expectsPosts(page.url)).toBe(false);
  });
});

describe('which pages', () => {
  it.each([
    ['https://www.youtube.com/watch?v=acmeX2Rev01', true, true],
    ['https://www.youtube.com/watch?v=acmeX2Rev01&lc=UgzPinDanaX2update1AaABAg', true, true],
    // The mobile site's markup (ytm-*) is not read: no items expected there.
    ['https://m.youtube.com/watch?v=acmeX2Rev01', false, true],
    ['https://www.youtube.com/live/acmeX2Rev01', true, true],
    ['https://www.youtube.com/shorts/acmeShort01', false, false],
    ['https://www.youtube.com/shorts/acmeShort01?lc=UgxShortsRita00001AaABAg', false, true],
    ['https://www.youtube.com/', false, false],
    ['https://www.youtube.com/results?search_query=acme', false, false],
    ['https://www.youtube.com/@AcmeSupport', false, false],
    ['https://www.youtube.com/feed/subscriptions', false, false],
    ['https://www.youtube.com/watch?v=short', false, false],
  ])('%s: expects items %s, is one item’s page %s', (href, expects, postPage) => {
    const url = new URL(href);
    expect(youtubeAdapter.match(url)).toBe(true);
    expect(youtubeAdapter.expectsPosts(url)).toBe(expects);
    expect(youtubeAdapter.isPostPage(url)).toBe(postPage);
  });

  it.each([
    'http://www.youtube.com/watch?v=acmeX2Rev01',
    'https://www.youtube.com:8443/watch?v=acmeX2Rev01',
    'https://youtube.com/watch?v=acmeX2Rev01',
    'https://music.youtube.com/watch?v=acmeX2Rev01',
    'https://youtu.be/acmeX2Rev01',
    'https://www.youtube.com.evil.test/watch?v=acmeX2Rev01',
    'https://x.com/home',
  ])('does not handle %s', (href) => {
    const url = new URL(href);
    expect(youtubeAdapter.match(url)).toBe(false);
    expect(youtubeAdapter.expectsPosts(url)).toBe(false);
    expect(youtubeAdapter.isPostPage(url)).toBe(false);
  });

  it('reads no profile pages (channel pages have no comments)', () => {
    const { doc } = parsedPage('watch-comments.html');
    expect(youtubeAdapter.profileOf(new URL('https://www.youtube.com/@DanaFixesThings'), doc)).toBe(
      null,
    );
  });
});
