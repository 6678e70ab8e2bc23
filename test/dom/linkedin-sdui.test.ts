/**
 * The LinkedIn adapter on the new server-driven feed's hand-made pages (test/fixtures/
 * linkedin/PROVENANCE.md): hashed classes, so everything is read from data-testid,
 * componentkey, aria-label, profile links and the shape of the header.
 */
import { describe, expect, it } from 'vitest';
import type { ParsedPost } from '../../lib/db/schema';
import { linkedinAdapter as adapter } from '../../lib/sites/linkedin';
import { loadPage } from './fixtures';
import { author, commentLink, itemById, NO_COUNTS, parseAll } from './linkedin-support';

const ACTIVITY = '7391000000000000101';

describe('sdui-feed.html (new feed: image and thread, cut text, promoted, page, hostile)', () => {
  const { doc, url } = loadPage('linkedin', 'sdui-feed.html');
  const items = parseAll(doc, url);
  const byId = (id: string) => items.find((item) => item.postId === id);

  it('finds five posts (ids: the opaque POSTID of their componentkey) and two comments', () => {
    expect(items.map((item) => item.postId)).toEqual([
      'Q2xvdWRTeW5jMTAx',
      'comment:7391000000000000201',
      'comment:7391000000000000202',
      'TWFyY3VzTG9uZzEw',
      'R2xvYmV4QWQ5OQ',
      'QWNtZVVwZGF0ZTQy',
      'SG9zdGlsZTY2Ng',
    ]);
  });

  it('reads every field of a post whose time links its activity (so its permalink is known)', () => {
    expect(items[0]).toEqual({
      platform: 'linkedin',
      postId: 'Q2xvdWRTeW5jMTAx',
      permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
      author: author(
        'dana-whitfield-4b2a1',
        'Dana Whitfield',
        'D4E03AQ/profile-displayphoto-shrink_100_100/dana.jpg',
      ),
      text:
        'Third outage this week with my Acme Home router 😤\nThe status light goes red every ' +
        'evening around 8pm and support keeps asking me to reboot it.\n\nAnyone found a fix? #acmehelp',
      title: null,
      truncated: false,
      postedAt: null,
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

  it('gives comments the same ids as the classic page, and the POSTID as their parent', () => {
    const parent = {
      postId: 'Q2xvdWRTeW5jMTAx',
      permalink: `https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`,
      title:
        'Third outage this week with my Acme Home router 😤 The status light goes red every evening around 8pm and support keeps…',
    };
    expect(items[1]).toEqual({
      platform: 'linkedin',
      postId: 'comment:7391000000000000201',
      permalink: commentLink(ACTIVITY, '7391000000000000201'),
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
      metrics: { replies: 1, reposts: null, likes: 2, ...NO_COUNTS },
      isReply: true,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent,
    } satisfies ParsedPost);
    expect(items[2]).toMatchObject({
      postId: 'comment:7391000000000000202',
      permalink: commentLink(ACTIVITY, '7391000000000000201', '7391000000000000202'),
      author: { handle: 'dana-whitfield-4b2a1', name: 'Dana Whitfield' },
      text: 'Done, sent you the serial number in a DM. Thanks!',
      shownTime: '20h',
      metrics: { replies: 0, reposts: null, likes: 0, ...NO_COUNTS },
      parent,
    });
  });

  it('takes the author the "…" menu names, not the "likes this" line; no link, no permalink', () => {
    expect(items[3]).toEqual({
      platform: 'linkedin',
      postId: 'TWFyY3VzTG9uZzEw',
      permalink: null,
      author: author(
        'marcus-lee-77',
        'Marcus Lee',
        'C4E03AQ/profile-displayphoto-shrink_100_100/marcus.jpg',
        { verified: true },
      ),
      // The inline "…more" button is not text.
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

  it("flags the promoted post, and reads a page's follower count from its header", () => {
    expect(byId('R2xvYmV4QWQ5OQ')).toMatchObject({
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
      metrics: { replies: 0, reposts: 0, likes: 0, ...NO_COUNTS },
    });
    expect(byId('QWNtZVVwZGF0ZTQy')).toMatchObject({
      author: { handle: 'company/acme', followers: 48210 },
      text:
        'Firmware 4.2 for Acme Home routers starts rolling out today. It fixes the evening ' +
        'disconnects some of you reported. #AcmeUpdate',
      shownTime: '3h',
      language: 'en',
      isPromoted: false,
      metrics: { replies: 87, reposts: 15, likes: 1204, ...NO_COUNTS },
    });
  });

  it('keeps hostile text as plain text: markup as written, zero-width and bidi marks kept', () => {
    const post = byId('SG9zdGlsZTY2Ng');
    expect(post?.text).toBe(
      '<script>alert("acme")</script> Acme\u200bSupport is \u200fgreat <img src=x onerror=alert(1)>',
    );
    expect(post?.author).toEqual({
      handle: 'eve-mallory',
      name: 'Eve\u200b \u202eMallory\u202c',
      profileUrl: 'https://www.linkedin.com/in/eve-mallory/',
      // src="javascript:alert(1)" is not a picture.
      avatarUrl: null,
      followers: null,
      verified: false,
    });
    expect(post?.shownTime).toBe('4m');
    // Reading it made no element: the page still has exactly the images it was given.
    expect(doc.querySelectorAll('img[src="x"], script')).toHaveLength(0);
  });

  it('puts post buttons beside the "…" menu and comment buttons beside their time', () => {
    const post = itemById(doc, 'Q2xvdWRTeW5jMTAx');
    const menu = post.querySelector('button[aria-label^="Open control menu"]')!;
    expect(adapter.buttonSlot(post)).toBe(menu.parentElement);
    const comment = itemById(doc, 'comment:7391000000000000201');
    expect(adapter.buttonSlot(comment)?.textContent).toContain('1d');
    expect(adapter.buttonSlot(comment)?.textContent).not.toContain('20h');
    for (const item of adapter.findPosts(doc)) {
      const control = doc.createElement('button');
      (adapter.buttonSlot(item) ?? item).append(control);
      expect(adapter.closestPost(control), adapter.postIdOf(item)!).toBe(item);
      control.remove();
    }
  });

  it('has no focused post on the feed; on the post page it is the item linking the activity', () => {
    expect(adapter.focusedPost(doc, url)).toBeNull();
    const page = new URL(`https://www.linkedin.com/feed/update/urn:li:activity:${ACTIVITY}/`);
    expect(adapter.focusedPost(doc, page)).toBe(itemById(doc, 'Q2xvdWRTeW5jMTAx'));
  });
});

describe('sdui-vi.html (Vietnamese interface, Arabic post)', () => {
  const { doc, url } = loadPage('linkedin', 'sdui-vi.html');
  const items = parseAll(doc, url);

  it('reads a post without any English label: name from its link, Vietnamese counts and time', () => {
    expect(items.map((item) => item.postId)).toEqual([
      'VmlldE5hbTAx',
      'comment:7393000000000000601',
      'comment:7393000000000000602',
      'QXJhYmljUnRsMDI',
    ]);
    expect(items[0]).toEqual({
      platform: 'linkedin',
      postId: 'VmlldE5hbTAx',
      permalink: null,
      author: author(
        'nguyen-thi-lan',
        'Nguyễn Thị Lan',
        'D5603AQ/profile-displayphoto-shrink_100_100/lan.jpg',
      ),
      text:
        'Tôi đã đợi bộ định tuyến Acme thay thế hơn hai tuần rồi. Bộ phận hỗ trợ cứ hẹn ' +
        '“ngày mai”. Có ai gặp tình trạng tương tự không?',
      title: null,
      truncated: false,
      postedAt: null,
      // "3 ngày • Đã chỉnh sửa • 🌐"
      shownTime: '3 ngày',
      language: 'vi',
      metrics: { replies: 56, reposts: 12, likes: 1234, ...NO_COUNTS },
      isReply: false,
      isPromoted: false,
      isArticle: false,
      quoted: null,
      parent: null,
    } satisfies ParsedPost);
  });

  it('reads the Vietnamese comment and its reply, with their counts', () => {
    const parent = {
      postId: 'VmlldE5hbTAx',
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:7393000000000000501/',
      title:
        'Tôi đã đợi bộ định tuyến Acme thay thế hơn hai tuần rồi. Bộ phận hỗ trợ cứ hẹn “ngày mai”. Có ai gặp tình trạng tương t…',
    };
    expect(items[1]).toMatchObject({
      author: author(
        'company/acme-vietnam',
        'Acme Việt Nam',
        'C4E0BAQ/company-logo_100_100/acme-vn.png',
      ),
      text: 'Chào chị Lan, chúng tôi rất tiếc. Chị vui lòng nhắn tin riêng cho chúng tôi mã đơn hàng nhé.',
      shownTime: '5 giờ',
      metrics: { replies: 1, reposts: null, likes: 7, ...NO_COUNTS },
      parent,
    });
    expect(items[2]).toMatchObject({
      permalink: commentLink('7393000000000000501', '7393000000000000601', '7393000000000000602'),
      author: { handle: 'nguyen-thi-lan', name: 'Nguyễn Thị Lan' },
      text: 'Đã gửi rồi, cảm ơn!',
      shownTime: '2 giờ',
      // The like icon (an id, in every language) shows the bar: zero, not unknown.
      metrics: { replies: 0, reposts: null, likes: 0, ...NO_COUNTS },
      parent,
    });
  });

  it('reads the right-to-left Arabic post', () => {
    expect(items[3]).toMatchObject({
      author: { handle: 'omar-khalil-9', name: 'عمر خليل' },
      text: 'شكراً لفريق دعم Acme، تم حل مشكلة الإنترنت خلال ساعة واحدة!',
      language: 'ar',
      shownTime: '1 tuần',
      metrics: { replies: 0, reposts: 0, likes: 18, ...NO_COUNTS },
    });
  });

  it('places buttons beside the time when the "…" menu label is not English', () => {
    const post = itemById(doc, 'VmlldE5hbTAx');
    expect(adapter.buttonSlot(post)?.textContent).toContain('3 ngày');
    expect(adapter.replyBoxes?.opener(post)?.getAttribute('aria-label')).toBe('Bình luận');
    expect(adapter.replyBoxes?.opener(itemById(doc, 'comment:7393000000000000601'))).toBeNull(); // "Trả lời": no English label, no known class in the new feed
  });
});
