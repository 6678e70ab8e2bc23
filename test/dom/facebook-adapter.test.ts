/**
 * The Facebook adapter against the hand-made pages of test/fixtures/facebook/ (PROVENANCE.md):
 * the home feed (page post with photo and a comment thread, a cut post, a sponsored video),
 * a German group post page, a Vietnamese feed, a hostile post page and a page's profile.
 * Expected values were written by reading the HTML; every parse must pass the schema.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { facebookAdapter as fb } from '../../lib/sites/facebook';
import { loadPage } from './fixtures';
import { author, FACEBOOK, NO_METRICS, parseAll } from './facebook-support';

const ids = (posts: ParsedPost[]) => posts.map((post) => post.postId);
const byId = (posts: ParsedPost[], id: string) => posts.find((post) => post.postId === id);

const ACME_POST = 'pfbid02Acme7kLq9XvTnRz4Hc8Wm1YpDsE6uBfGjN3oKa5rU2iQx';
const ACME_PERMALINK = `https://www.facebook.com/acme/posts/${ACME_POST}`;
const ACME_TITLE =
  'Our spring firmware update for the Acme Hub is rolling out today 🎉 Questions? Drop them below and…';
const ACME_PARENT = { postId: ACME_POST, permalink: ACME_PERMALINK, title: ACME_TITLE };

describe('feed.html (home feed, English)', () => {
  const { doc, url } = loadPage('facebook', 'feed.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));

  it('finds every post and comment in page order; the suggestions story has no id', () => {
    const found = fb.findPosts(doc);
    expect(found).toHaveLength(8);
    expect(found.map((el) => fb.postIdOf(el))).toEqual([
      ACME_POST,
      'comment:551234567890123',
      'comment:661234567890124',
      'comment:551234567890555',
      'comment:551234567890777',
      'pfbid0Priya4TgH8mK2nWq7Lx1Ze5Rc9Vb3Ns6Yd',
      '772233445566778',
      null,
    ]);
  });

  it('never gives a post element that holds a comment or the comment box', () => {
    for (const el of fb.findPosts(doc)) {
      expect(el.querySelector('[role="article"]')).toBeNull();
      expect(el.querySelector('[contenteditable]')).toBeNull();
    }
  });

  it('reads the page post: photo, verified page, scrambled time, counts from the footer', () => {
    expect(byId(posts, ACME_POST)).toEqual({
      ...FACEBOOK,
      postId: ACME_POST,
      permalink: ACME_PERMALINK,
      author: author('acme', 'Acme', 'acme_p40x40.jpg?_nc_cat=1&oh=00_AfAcme', true),
      text: 'Our spring firmware update for the Acme Hub is rolling out today 🎉\nQuestions? Drop them below and our support team will answer 👇',
      truncated: false,
      // Glyphs "3", "h"; the decoys "7", "w", "d" are hidden, the zero-width space dropped.
      shownTime: '3h',
      language: null,
      // "All reactions: 1.2K" (rounded as shown), "34 comments", "5 shares".
      metrics: { replies: 34, reposts: 5, likes: 1200, bookmarks: null, views: null },
      isReply: false,
      isPromoted: false,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads a comment: base64 comment_id on its author links, its time link names the post', () => {
    expect(byId(posts, 'comment:551234567890123')).toEqual({
      ...FACEBOOK,
      postId: 'comment:551234567890123',
      permalink: `${ACME_PERMALINK}?comment_id=551234567890123`,
      author: author('jane.doe.5', 'Jane Doe', 'jane_p32x32.jpg?_nc_cat=2'),
      text: 'Updated last night and now my hub keeps dropping Wi-Fi every hour. Order #A-20417. Anyone else?',
      truncated: false,
      shownTime: '2h',
      language: null,
      // "3 reactions; see who reacted to this"; one reply shown in its thread.
      metrics: { ...NO_METRICS, likes: 3, replies: 1 },
      isReply: true,
      isPromoted: false,
      parent: ACME_PARENT,
    } satisfies ParsedPost);
  });

  it('reads a reply: its own id from reply_comment_id, both ids in its permalink', () => {
    expect(byId(posts, 'comment:661234567890124')).toEqual({
      ...FACEBOOK,
      postId: 'comment:661234567890124',
      permalink: `${ACME_PERMALINK}?comment_id=551234567890123&reply_comment_id=661234567890124`,
      author: author('acme', 'Acme', 'acme_p24x24.jpg?_nc_cat=1', true),
      text: "Sorry about that, Jane! We've sent you a message to look into order #A-20417 🙏",
      truncated: false,
      shownTime: '1h',
      language: null,
      metrics: NO_METRICS,
      isReply: true,
      isPromoted: false,
      parent: ACME_PARENT,
    } satisfies ParsedPost);
  });

  it('reads a comment by a profile.php?id= person, with "View all 3 replies"', () => {
    expect(byId(posts, 'comment:551234567890555')).toEqual({
      ...FACEBOOK,
      postId: 'comment:551234567890555',
      permalink: `${ACME_PERMALINK}?comment_id=551234567890555`,
      author: author('100087654321098', 'Lan Pham', 'lan_p32x32.jpg?_nc_cat=3'),
      text: 'Love the new night mode in the app 😍 great work!',
      truncated: false,
      shownTime: '45m',
      language: null,
      metrics: { ...NO_METRICS, replies: 3 },
      isReply: true,
      isPromoted: false,
      parent: ACME_PARENT,
    } satisfies ParsedPost);
  });

  it('reads a cut comment ("See more" left out of the text)', () => {
    expect(byId(posts, 'comment:551234567890777')).toEqual({
      ...FACEBOOK,
      postId: 'comment:551234567890777',
      permalink: `${ACME_PERMALINK}?comment_id=551234567890777`,
      author: author('marco.bianchi.77', 'Marco Bianchi', 'marco_p32x32.jpg'),
      text: 'Third replacement unit this year. The first one died after two weeks, the second one never paired with the app, and support keeps asking me to factory reset…',
      truncated: true,
      shownTime: '20m',
      language: null,
      metrics: { ...NO_METRICS, replies: 0 },
      isReply: true,
      isPromoted: false,
      parent: ACME_PARENT,
    } satisfies ParsedPost);
  });

  it('reads the cut post, its story.php link made the canonical permalink.php', () => {
    expect(byId(posts, 'pfbid0Priya4TgH8mK2nWq7Lx1Ze5Rc9Vb3Ns6Yd')).toEqual({
      ...FACEBOOK,
      postId: 'pfbid0Priya4TgH8mK2nWq7Lx1Ze5Rc9Vb3Ns6Yd',
      permalink:
        'https://www.facebook.com/permalink.php?story_fbid=pfbid0Priya4TgH8mK2nWq7Lx1Ze5Rc9Vb3Ns6Yd&id=100012345678901',
      author: author('priya.raman.31', 'Priya Raman', 'priya_p40x40.jpg?_nc_cat=4'),
      text:
        'Dear Acme, I have been a loyal customer for six years, but this week was the last straw.\n' +
        'My smart thermostat stopped heating on Monday night, in the middle of a cold snap. I called support at 8am and waited on hold for 52 minutes before the call dropped. I called again and was told a technician would come on Wednesday…',
      truncated: true,
      shownTime: 'Yesterday at 9:14 PM',
      language: null,
      metrics: { ...NO_METRICS, replies: 4, likes: 12 },
      isReply: false,
      isPromoted: false,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads the sponsored post: promoted, no shown time, its id from its video', () => {
    expect(byId(posts, '772233445566778')).toEqual({
      ...FACEBOOK,
      postId: '772233445566778',
      permalink: 'https://www.facebook.com/watch/?v=772233445566778',
      author: author('acmehomesecurity', 'Acme Home Security', 'acmesec_p40x40.jpg'),
      text: 'Protect your home with Acme Cam 2: 20% off this week only.',
      truncated: false,
      shownTime: null,
      language: null,
      metrics: { replies: 12, reposts: 9, likes: 356, bookmarks: null, views: 15000 },
      isReply: false,
      isPromoted: true,
      parent: null,
    } satisfies ParsedPost);
  });

  it('places the controls beside the "…" menu of a post and in the action row of a comment', () => {
    for (const el of fb.findPosts(doc).slice(0, 7)) {
      const slot = fb.buttonSlot(el);
      expect(slot).not.toBeNull();
      expect(el.contains(slot)).toBe(true);
      const control = doc.createElement('button');
      slot!.append(control);
      expect(fb.closestPost(control)).toBe(el);
      control.remove();
    }
    const [post, comment] = fb.findPosts(doc);
    expect(fb.buttonSlot(post!)?.querySelector(':scope > [aria-haspopup="menu"]')).not.toBeNull();
    expect(fb.buttonSlot(comment!)?.matches('ul')).toBe(true);
    expect(fb.buttonSlot(comment!)?.textContent).toContain('Reply');
  });

  it('maps any node to its item: the footer belongs to the post, a comment to itself', () => {
    const [post, comment] = fb.findPosts(doc);
    const likeButton = doc.querySelector('[data-ad-rendering-role="like_button"]')!;
    expect(fb.closestPost(likeButton)).toBe(post);
    expect(fb.closestPost(doc.querySelector('[data-lexical-editor]')!)).toBe(post);
    expect(fb.closestPost(comment!.querySelector('[dir="auto"]')!)).toBe(comment);
    expect(fb.closestPost(doc.querySelector('[role="banner"]')!)).toBeNull();
    expect(fb.postIdOf(likeButton)).toBeNull();
    expect(fb.postIdOf(doc.querySelector('[role="feed"]')!)).toBeNull();
  });

  it('finds, from a subtree a mutation adds, only what is in it', () => {
    const [post, comment, reply] = fb.findPosts(doc);
    const thread = comment!.closest('li')!;
    expect(fb.findPosts(thread)).toEqual([comment, reply]);
    expect(fb.findPosts(comment!.querySelector('ul')!)).toEqual([]);
    expect(fb.findPosts(post!)).toEqual([post]);
    expect(fb.findPosts(post!.querySelector('[data-ad-rendering-role="story_message"]')!)).toEqual(
      [],
    );
  });

  it('is a feed: no focused post, no profile, posts expected', () => {
    expect(fb.focusedPost(doc, url)).toBeNull();
    expect(fb.profileOf(url, doc)).toBeNull();
    expect(fb.isPostPage(url)).toBe(false);
    expect(fb.expectsPosts(url)).toBe(true);
  });
});

describe('group-post-de.html (group post page, German)', () => {
  const { doc, url } = loadPage('facebook', 'group-post-de.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));
  const POST = '1234567890123456';
  const PERMALINK = `https://www.facebook.com/groups/acmebesitzer/posts/${POST}/`;
  const PARENT = {
    postId: POST,
    permalink: PERMALINK,
    title:
      'Hallo zusammen, seit dem Update am Dienstag verbindet sich mein Acme Hub nicht mehr mit dem WLAN.…',
  };

  it('finds the post and its comments, the unlabelled one by its structure', () => {
    expect(ids(posts)).toEqual([
      POST,
      'comment:1234567890200001',
      'comment:1234567890200002',
      'comment:1234567890200003',
    ]);
  });

  it('reads the post: group member handle, "Mehr ansehen", "1,2 Tsd.", German words', () => {
    expect(posts[0]).toEqual({
      ...FACEBOOK,
      postId: POST,
      permalink: PERMALINK,
      author: author('100012398765432', 'Lena Schmidt', 'lena_p40x40.jpg?_nc_cat=5'),
      text:
        'Hallo zusammen, seit dem Update am Dienstag verbindet sich mein Acme Hub nicht mehr mit dem WLAN.\n' +
        'Ich habe schon alles versucht: Neustart, Werksreset, anderer Router. Der Kundendienst meldet sich seit drei Tagen nicht…',
      truncated: true,
      shownTime: '2 Std.',
      language: null,
      metrics: { replies: 56, reposts: 7, likes: 1200, bookmarks: null, views: null },
      isReply: false,
      isPromoted: false,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads the labelled comment ("Kommentar von …") and its reply ("Antwort von …")', () => {
    expect(posts[1]).toEqual({
      ...FACEBOOK,
      postId: 'comment:1234567890200001',
      permalink: `${PERMALINK}?comment_id=1234567890200001`,
      author: author('100023456789012', 'Jonas Weber', 'jonas_p32x32.jpg'),
      text: 'Gleiches Problem hier. Bei mir hat geholfen, den 2,4-GHz-Modus im Router zu erzwingen.',
      truncated: false,
      shownTime: '1 Std.',
      language: null,
      metrics: { ...NO_METRICS, likes: 5, replies: 1 },
      isReply: true,
      isPromoted: false,
      parent: PARENT,
    } satisfies ParsedPost);
    expect(posts[2]).toEqual({
      ...FACEBOOK,
      postId: 'comment:1234567890200002',
      permalink: `${PERMALINK}?comment_id=1234567890200001&reply_comment_id=1234567890200002`,
      author: author('acme.de', 'Acme Deutschland', 'acmede_p24x24.jpg', true),
      text: 'Danke für den Tipp, Jonas! Lena, wir haben dir eine Nachricht geschickt.',
      truncated: false,
      shownTime: '40 Min.',
      language: null,
      metrics: NO_METRICS,
      isReply: true,
      isPromoted: false,
      parent: PARENT,
    } satisfies ParsedPost);
  });

  it('reads the comment without an aria-label, "Alle 4 Antworten ansehen" as 4 replies', () => {
    expect(doc.querySelectorAll('[role="article"]:not([aria-label])')).toHaveLength(2);
    expect(posts[3]).toEqual({
      ...FACEBOOK,
      postId: 'comment:1234567890200003',
      permalink: `${PERMALINK}?comment_id=1234567890200003`,
      author: author('100034567890123', 'Aylin Yıldız', 'aylin_p32x32.jpg'),
      text: 'Wartet ihr auch noch auf die Erstattung für das Zubehör-Paket? Seit 3 Wochen nichts.',
      truncated: false,
      shownTime: '30 Min.',
      language: null,
      metrics: { ...NO_METRICS, likes: 2, replies: 4 },
      isReply: true,
      isPromoted: false,
      parent: PARENT,
    } satisfies ParsedPost);
  });

  it('places the post controls beside its menu found by ARIA, not by its German label', () => {
    const post = fb.findPosts(doc)[0]!;
    const slot = fb.buttonSlot(post);
    expect(
      slot?.querySelector(':scope > [aria-label="Aktionen für diesen Beitrag"]'),
    ).not.toBeNull();
  });

  it('is the focused post of its own page, which expects posts', () => {
    expect(fb.postIdOf(fb.focusedPost(doc, url)!)).toBe(POST);
    expect(fb.isPostPage(url)).toBe(true);
    expect(fb.expectsPosts(url)).toBe(true);
    expect(fb.profileOf(url, doc)).toBeNull();
  });
});

describe('feed-vi.html (feed without aria-posinset, Vietnamese)', () => {
  const { doc, url } = loadPage('facebook', 'feed-vi.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));
  const POST = 'pfbid0VnAcme2Qw8Er5Ty7Ui9Op1As3Df6Gh';
  const PERMALINK = `https://www.facebook.com/acme.vn/posts/${POST}`;
  const PARENT = {
    postId: POST,
    permalink: PERMALINK,
    title:
      'Acme Hub 2 chính thức có mặt tại Việt Nam 🎉 Bảo hành 24 tháng, giao hàng miễn phí toàn quốc.',
  };

  it('finds the outermost div[aria-describedby] story only, and its two comments', () => {
    expect(doc.querySelectorAll('[role="feed"] div[aria-describedby]')).toHaveLength(3);
    expect(fb.findPosts(doc)).toHaveLength(3);
    expect(ids(posts)).toEqual([POST, 'comment:880011223344556', 'comment:880011223344999']);
  });

  it('reads the post: Vietnamese badge label, "1,2K", "56 bình luận", "7 lượt chia sẻ"', () => {
    expect(posts[0]).toEqual({
      ...FACEBOOK,
      postId: POST,
      permalink: PERMALINK,
      author: author('acme.vn', 'Acme Việt Nam', 'acmevn_p40x40.jpg', true),
      text: 'Acme Hub 2 chính thức có mặt tại Việt Nam 🎉 Bảo hành 24 tháng, giao hàng miễn phí toàn quốc.',
      truncated: false,
      shownTime: '3 giờ',
      language: null,
      metrics: { replies: 56, reposts: 7, likes: 1200, bookmarks: null, views: null },
      isReply: false,
      isPromoted: false,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads "Bình luận của …" and "Phản hồi của …"', () => {
    expect(posts[1]).toEqual({
      ...FACEBOOK,
      postId: 'comment:880011223344556',
      permalink: `${PERMALINK}?comment_id=880011223344556`,
      author: author('an.nguyen.1990', 'Nguyễn Văn An', 'an_p32x32.jpg'),
      text: 'Mình đặt hàng từ tuần trước mà vẫn chưa nhận được, shop kiểm tra giúp mình với ạ?',
      truncated: false,
      shownTime: '2 giờ',
      language: null,
      metrics: { ...NO_METRICS, replies: 1 },
      isReply: true,
      isPromoted: false,
      parent: PARENT,
    } satisfies ParsedPost);
    expect(posts[2]).toEqual({
      ...FACEBOOK,
      postId: 'comment:880011223344999',
      permalink: `${PERMALINK}?comment_id=880011223344556&reply_comment_id=880011223344999`,
      author: author('acme.vn', 'Acme Việt Nam', 'acmevn_p24x24.jpg'),
      text: 'Chào anh An, Acme đã nhắn tin cho anh để kiểm tra đơn hàng ạ.',
      truncated: false,
      shownTime: '1 giờ',
      language: null,
      metrics: NO_METRICS,
      isReply: true,
      isPromoted: false,
      parent: PARENT,
    } satisfies ParsedPost);
  });
});

describe('post-page-hostile.html (post page, hostile and RTL text)', () => {
  const { doc, url } = loadPage('facebook', 'post-page-hostile.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));
  const POST = 'pfbid0Omar5Rf7Tg9Yh1Uj3Ik';
  const PERMALINK = `https://www.facebook.com/permalink.php?story_fbid=${POST}&id=100055566677788`;
  const PARENT = {
    postId: POST,
    permalink: PERMALINK,
    title:
      '<script>alert("x")</script> My refund for order #5531 never arrived <img src=x onerror=alert(1)>…',
  };

  it('keeps markup written as text as plain text; drops zero-width spaces and real scripts', () => {
    expect(posts[0]).toEqual({
      ...FACEBOOK,
      postId: POST,
      permalink: PERMALINK,
      author: author('100055566677788', 'Omar Haddad', 'omar_p40x40.jpg?_nc_cat=7'),
      // The RTL mark (U+200F) before the Arabic line is text and stays.
      text: '<script>alert("x")</script> My refund for order #5531 never arrived <img src=x onerror=alert(1)>\n\u200fشكرا على المساعدة',
      truncated: false,
      // "June", " 3"; the visibility:hidden decoy, the zero-width space and BOM dropped.
      shownTime: 'June 3',
      language: null,
      metrics: { ...NO_METRICS, replies: 2, likes: 8 },
      isReply: false,
      isPromoted: false,
      parent: null,
    } satisfies ParsedPost);
    expect(posts[0]?.text).not.toContain('__pwned');
  });

  it('reads comments outside the post: the parent from the page, the id from base64', () => {
    expect(posts[1]).toEqual({
      ...FACEBOOK,
      postId: 'comment:900000000000001',
      permalink: `${PERMALINK}&comment_id=900000000000001`,
      author: author('acme', 'Acme', 'acme_p32x32.jpg'),
      text: 'Hi Omar, we are sorry! Your refund for #5531 was sent today <b>and</b> should arrive in 3–5 days.',
      truncated: false,
      // No time link: only its author links carry its id.
      shownTime: null,
      language: null,
      metrics: { ...NO_METRICS, replies: 0 },
      isReply: true,
      isPromoted: false,
      parent: PARENT,
    } satisfies ParsedPost);
  });

  it('reads the RTL comment with no aria-label: Arabic name and text, its lang', () => {
    expect(posts[2]).toEqual({
      ...FACEBOOK,
      postId: 'comment:900000000000002',
      permalink: `${PERMALINK}&comment_id=900000000000002`,
      author: author('layla.k.88', 'ليلى خالد', 'layla_p32x32.jpg'),
      text: 'نفس المشكلة \u200e#5532\u200e منذ أسبوعين',
      truncated: false,
      shownTime: '٢ ي',
      language: 'ar',
      metrics: { ...NO_METRICS, replies: 0 },
      isReply: true,
      isPromoted: false,
      parent: PARENT,
    } satisfies ParsedPost);
  });

  it('is the focused post of its page, whatever tracking parameters the URL has', () => {
    expect(fb.postIdOf(fb.focusedPost(doc, url)!)).toBe(POST);
    expect(fb.isPostPage(url)).toBe(true);
    const other = new URL(
      'https://www.facebook.com/permalink.php?story_fbid=42&id=100055566677788',
    );
    // Another post's page: this one is still its only post (a link may use another id).
    expect(fb.postIdOf(fb.focusedPost(doc, other)!)).toBe(POST);
    expect(fb.focusedPost(doc, new URL('https://www.facebook.com/'))).toBeNull();
  });
});

describe('profile-page.html (page profile, older hooks)', () => {
  const { doc, url } = loadPage('facebook', 'profile-page.html');
  let posts: ParsedPost[] = [];
  beforeAll(() => void (posts = parseAll(doc, url)));

  it('reads the profile: handle from the URL, name from h1, rounded follower count', () => {
    expect(fb.profileOf(url, doc)).toEqual({ handle: 'acme', name: 'Acme', followers: 12000 });
    expect(fb.profileOf(new URL('https://www.facebook.com/acme/about'), doc)?.handle).toBe('acme');
    expect(fb.profileOf(new URL('https://www.facebook.com/watch'), doc)).toBeNull();
    expect(fb.isPostPage(url)).toBe(false);
    expect(fb.expectsPosts(url)).toBe(true);
  });

  it('reads posts without data-ad-rendering-role: name heading link, data-ad-preview text', () => {
    expect(posts).toEqual([
      {
        ...FACEBOOK,
        postId: '1122334455667788',
        permalink: 'https://www.facebook.com/acme/posts/1122334455667788',
        author: author('acme', 'Acme', 'acme_p40x40.jpg'),
        // The reel linked in the text is not the post's permalink: the header's time is.
        text: 'Scheduled maintenance tonight from 1:00 to 3:00 AM: the Acme app will be read-only. Watch how we test updates: facebook.com/reel/998877665544332',
        truncated: false,
        shownTime: 'November 2 at 10:00 AM',
        language: null,
        metrics: { replies: 19, reposts: 1, likes: 87, bookmarks: null, views: null },
        isReply: false,
        isPromoted: false,
        parent: null,
      },
      {
        ...FACEBOOK,
        postId: '998877665544332',
        permalink: 'https://www.facebook.com/reel/998877665544332',
        author: author('acme', 'Acme', 'acme_p40x40.jpg'),
        text: 'Behind the scenes at the Acme test lab',
        truncated: false,
        shownTime: 'October 28',
        language: null,
        metrics: { ...NO_METRICS, views: 2400000 },
        isReply: false,
        isPromoted: false,
        parent: null,
      },
    ] satisfies ParsedPost[]);
  });

  it('places the controls under the author line when there is no "…" menu', () => {
    const post = fb.findPosts(doc)[0]!;
    expect(fb.buttonSlot(post)).toBe(post.querySelector('h2')?.parentElement);
  });
});

describe.each([
  'feed.html',
  'group-post-de.html',
  'feed-vi.html',
  'post-page-hostile.html',
  'profile-page.html',
])('%s: the controls Casebook places', (file) => {
  it('map back to their own item, and no item holds another’s controls', () => {
    const { doc } = loadPage('facebook', file);
    const items = fb.findPosts(doc).filter((el) => fb.postIdOf(el) !== null);
    const controls = items.map((el) => {
      const control = doc.createElement('button');
      control.dataset.postId = fb.postIdOf(el)!;
      (fb.buttonSlot(el) ?? el).append(control);
      return control;
    });
    items.forEach((el, i) => {
      expect(fb.closestPost(controls[i]!)).toBe(el);
      expect(el.querySelectorAll('button[data-post-id]')).toHaveLength(1);
    });
  });
});
