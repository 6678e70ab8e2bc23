/**
 * Reddit's reply boxes (lib/sites/reddit-composer.ts) on the pages with comment boxes, new
 * and old Reddit, and the content script's reply driver opening and filling them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createReplyDriver } from '../../lib/page/reply-driver';
import { redditAdapter } from '../../lib/sites/reddit';
import { redditReplyBoxes as boxes } from '../../lib/sites/reddit-composer';
import { loadPage } from './fixtures';

const NEW_URL = 'https://www.reddit.com/r/acme/comments/1h7k2xq/order_4411_never_arrived/';
const OLD_URL = 'https://old.reddit.com/r/acme/comments/1h7k2xq/order_4411_never_arrived/';
const POST = 't3_1h7k2xq';

/** Puts a saved page into the test's document (the driver needs a live one: focus). */
function show(file: string): URL {
  const { doc, url } = loadPage('reddit', file);
  document.body.innerHTML = doc.body.innerHTML;
  return url;
}

const item = (id: string) =>
  redditAdapter.findPosts(document).find((el) => redditAdapter.postIdOf(el) === id)!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('new Reddit comment boxes', () => {
  it('the box under the post answers the post; the nested one, its comment', () => {
    const url = show('new-reply-boxes.html');
    const [top, nested] = document.querySelectorAll<HTMLElement>('[name="body"][contenteditable]');
    expect(boxes.find(document, url, POST)).toEqual([
      { editor: top, answers: 'this' },
      { editor: nested, answers: 'other' },
    ]);
    // No post named: the page's post.
    expect(boxes.find(document, url, null).map((box) => box.answers)).toEqual(['this', 'other']);
    expect(boxes.find(document, url, 't1_m0abc12').map((box) => box.answers)).toEqual([
      'other',
      'this',
    ]);
    expect(boxes.find(document, url, 't1_m0abf78').map((box) => box.answers)).toEqual([
      'other',
      'other',
    ]);
    expect(boxes.answeredPostId(top!, url)).toBe(POST);
    expect(boxes.answeredPostId(nested!, url)).toBe('t1_m0abc12');
  });

  it("on a comment's permalink page, the box under the post still answers the post", () => {
    show('new-reply-boxes.html');
    const url = new URL('https://www.reddit.com/r/acme/comments/1h7k2xq/comment/m0abc12/');
    const [top, nested] = boxes.find(document, url, null);
    expect(boxes.answeredPostId(top!.editor, url)).toBe(POST);
    // No item named: the page's comment, whose box is the nested one.
    expect([top!.answers, nested!.answers]).toEqual(['other', 'this']);
  });

  it("finds each editor's own submit button", () => {
    const url = show('new-reply-boxes.html');
    const [top, nested] = boxes.find(document, url, null).map((box) => box.editor);
    expect(boxes.sendButton(top!)?.textContent).toBe('Comment');
    expect(boxes.sendButton(nested!)?.textContent).toBe('Reply');
    expect(boxes.sendButton(nested!)?.getAttribute('slot')).toBe('submit-button');
    expect(boxes.sendsOnEnter).toBe(false);
  });

  it("opens a comment's box with its own Reply, the post's with the box's placeholder", () => {
    show('new-post-page.html');
    expect(boxes.find(document, new URL(NEW_URL), POST)).toEqual([]);
    expect(boxes.opener(item(POST))?.localName).toBe('faceplate-textarea-input');
    for (const id of ['t1_m0abc12', 't1_m0abd34', 't1_m0abe56']) {
      const reply = boxes.opener(item(id))!;
      // The button itself, not the tracker around it (a click there opens nothing).
      expect(reply.localName).toBe('button');
      expect(reply.textContent).toBe('Reply');
      // The comment's own Reply, not a nested reply's.
      expect(redditAdapter.closestPost(reply)).toBe(item(id));
    }
  });

  it('gives a feed post no opener: its box is on its own page', () => {
    show('new-feed.html');
    expect(boxes.opener(redditAdapter.findPosts(document)[0]!)).toBeNull();
  });

  it('knows the item of a post or comment page on both hosts, and none elsewhere', () => {
    expect(boxes.postPageId(new URL(NEW_URL))).toBe(POST);
    // A comment's permalink page is that comment's.
    expect(boxes.postPageId(new URL(`${NEW_URL}m0abc12/`))).toBe('t1_m0abc12');
    expect(
      boxes.postPageId(new URL('https://www.reddit.com/r/acme/comments/1h7k2xq/comment/m0abc12/')),
    ).toBe('t1_m0abc12');
    expect(boxes.postPageId(new URL(OLD_URL))).toBe(POST);
    expect(boxes.postPageId(new URL('https://www.reddit.com/r/acme/'))).toBeNull();
    expect(boxes.postPageId(new URL('https://example.com/r/acme/comments/1h7k2xq/x/'))).toBeNull();
  });
});

describe('old Reddit reply forms', () => {
  it('the form under the link answers it; a reply form, its comment; edit boxes are left out', () => {
    const url = show('old-comments.html');
    const [top, reply] = document.querySelectorAll<HTMLElement>(
      '.commentarea > form textarea, .child > form textarea',
    );
    expect(boxes.find(document, url, null)).toEqual([
      { editor: top, answers: 'this' },
      { editor: reply, answers: 'other' },
    ]);
    expect(boxes.find(document, url, 't1_m0abd34').map((box) => box.answers)).toEqual([
      'other',
      'this',
    ]);
    // The agent's own comment has an edit form (a textarea too): never a reply box.
    expect(document.querySelectorAll('textarea')).toHaveLength(3);
    expect(boxes.answeredPostId(reply!, url)).toBe('t1_m0abd34');
    expect(boxes.sendButton(top!)?.textContent).toBe('save');
    expect(boxes.sendButton(reply!)?.closest('form')).toBe(reply!.closest('form'));
  });

  it('opens a comment\'s form with its own "reply"; the link has its form open already', () => {
    show('old-comments.html');
    expect(boxes.opener(item('t1_m0abc12'))?.textContent).toBe('reply');
    expect(redditAdapter.closestPost(boxes.opener(item('t1_m0abc12'))!)).toBe(item('t1_m0abc12'));
    expect(boxes.opener(item(POST))).toBeNull();
    // A deleted account's comment offers no reply.
    expect(boxes.opener(item('t1_m0abf78'))).toBeNull();
  });
});

describe('the reply driver (content script) on Reddit', () => {
  const fast = () => Promise.resolve();
  const driver = (url: URL) =>
    createReplyDriver({
      adapter: redditAdapter,
      onSent: () => {},
      pageUrl: () => url,
      sleep: fast,
    });

  /** An editor that takes pasted text, as the site's own would (no execCommand in this DOM). */
  function takesPaste(editor: HTMLElement) {
    editor.addEventListener('paste', (event) => {
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      event.preventDefault();
      if (editor instanceof HTMLTextAreaElement) editor.value += text;
      else editor.textContent += text;
    });
  }

  it("clicks a comment's Reply and fills the nested box it opens", async () => {
    const url = show('new-post-page.html');
    const composer = loadPage('reddit', 'new-reply-boxes.html').doc.querySelector(
      'shreddit-comment-action-row shreddit-async-loader',
    )!.outerHTML;
    const row = item('t1_m0abd34').querySelector('shreddit-comment-action-row')!;
    // Reddit mounts the nested composer in the comment's action row when Reply is clicked.
    boxes.opener(item('t1_m0abd34'))!.addEventListener('click', () => {
      row.insertAdjacentHTML('beforeend', composer);
      const editor = row.querySelector<HTMLElement>('[contenteditable]')!;
      editor.textContent = '';
      takesPaste(editor);
    });
    const answer = await driver(url).insert({
      text: 'We are on it, C-1A2B3C',
      postId: 't1_m0abd34',
      caseId: 'c1',
    });
    expect(answer).toEqual({ ok: true });
    expect(row.querySelector('[contenteditable]')?.textContent).toBe('We are on it, C-1A2B3C');
  });

  it("waits for a comment's page still loading in a new tab, then opens its Reply", async () => {
    const page = loadPage('reddit', 'new-post-page.html').doc.body.innerHTML;
    const composer = loadPage('reddit', 'new-reply-boxes.html').doc.querySelector(
      'shreddit-comment-action-row shreddit-async-loader',
    )!.outerHTML;
    const url = new URL('https://www.reddit.com/r/acme/comments/1h7k2xq/comment/m0abd34/');
    let loaded = false;
    // The page arrives while the driver waits (its first pause).
    const sleep = async () => {
      if (loaded) return;
      loaded = true;
      document.body.innerHTML = page;
      const row = item('t1_m0abd34').querySelector('shreddit-comment-action-row')!;
      boxes.opener(item('t1_m0abd34'))!.addEventListener('click', () => {
        row.insertAdjacentHTML('beforeend', composer);
        const editor = row.querySelector<HTMLElement>('[contenteditable]')!;
        editor.textContent = '';
        takesPaste(editor);
      });
    };
    const answer = await createReplyDriver({
      adapter: redditAdapter,
      onSent: () => {},
      pageUrl: () => url,
      sleep,
    }).insert({ text: 'On it', postId: 't1_m0abd34', caseId: 'c4' });
    expect(answer).toEqual({ ok: true });
    expect(item('t1_m0abd34').querySelector('[contenteditable]')?.textContent).toBe('On it');
  });

  it('fills the form under the link on an old Reddit comments page', async () => {
    const url = show('old-comments.html');
    const top = document.querySelector<HTMLTextAreaElement>('.commentarea > form textarea')!;
    takesPaste(top);
    expect(await driver(url).insert({ text: 'Hi Jordan', postId: POST, caseId: 'c2' })).toEqual({
      ok: true,
    });
    expect(top.value).toBe('Hi Jordan');
  });

  it('says to open the post first when a feed post has no box', async () => {
    const url = show('new-feed.html');
    const answer = await driver(url).insert({ text: 'Hi', postId: 't3_1h2a3b4', caseId: 'c3' });
    expect(answer).toMatchObject({ ok: false, message: expect.stringMatching(/open the post/) });
  });
});
