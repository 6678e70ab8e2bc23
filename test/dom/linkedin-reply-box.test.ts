/**
 * LinkedIn's comment boxes (lib/sites/linkedin-composer.ts) on the saved pages with a box
 * open: the classic Quill box under a post and a reply box in a comment's thread, and the new
 * feed's TipTap box; then the content script's reply driver typing into them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createReplyDriver } from '../../lib/page/reply-driver';
import { linkedinAdapter as adapter } from '../../lib/sites/linkedin';
import { linkedinReplyBoxes as boxes } from '../../lib/sites/linkedin-composer';
import { loadPage } from './fixtures';
import { itemById } from './linkedin-support';

const POST_PAGE = 'https://www.linkedin.com/feed/update/urn:li:activity:7391000000000000101/';
const FEED = 'https://www.linkedin.com/feed/';
const POST = '7391000000000000101';
const COMMENT = 'comment:7391000000000000201';
const REPLY = 'comment:7391000000000000202';
const OTHER_COMMENT = 'comment:7391000000000000203';

/** Puts a saved page into the test's document (the driver needs a live one: focus, selection). */
function show(file: string, url: string): URL {
  const { doc } = loadPage('linkedin', file, url);
  document.body.innerHTML = doc.body.innerHTML;
  return new URL(url);
}

const editors = () =>
  Array.from(document.querySelectorAll<HTMLElement>('[contenteditable="true"]'));

/**
 * An editor as Quill and TipTap behave for us: they keep their own text and change it only
 * from the events they handle (here a paste: this DOM has no execCommand), then render it.
 */
function richEditor(editor: HTMLElement) {
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    const paragraph = editor.querySelector('p') ?? editor;
    paragraph.textContent = (paragraph.textContent ?? '') + text;
  });
}

const noWait = () => Promise.resolve();

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('classic boxes (classic-post-page.html)', () => {
  it('says which item each box answers: the post, or the comment whose thread it is in', () => {
    const url = show('classic-post-page.html', POST_PAGE);
    const [postBox, replyBox] = editors();
    expect(boxes.find(document, url, POST)).toEqual([
      { editor: postBox, answers: 'this' },
      { editor: replyBox, answers: 'other' },
    ]);
    expect(boxes.find(document, url, COMMENT)).toEqual([
      { editor: postBox, answers: 'other' },
      { editor: replyBox, answers: 'this' },
    ]);
    // A reply is answered in its thread: the thread's box answers it too.
    expect(boxes.find(document, url, REPLY).map((box) => box.answers)).toEqual(['other', 'this']);
    expect(boxes.find(document, url, OTHER_COMMENT).map((box) => box.answers)).toEqual([
      'other',
      'other',
    ]);
    // No item named: the post page's own post.
    expect(boxes.find(document, url, null).map((box) => box.answers)).toEqual(['this', 'other']);
    expect(boxes.answeredPostId(postBox!, url)).toBe(POST);
    expect(boxes.answeredPostId(replyBox!, url)).toBe(COMMENT);
    expect(boxes.postPageId(url)).toBe(POST);
  });

  it("finds each box's own send button, never the other box's", () => {
    show('classic-post-page.html', POST_PAGE);
    const [postBox, replyBox] = editors();
    expect(boxes.sendButton(postBox!)?.textContent).toBe('Comment');
    expect(boxes.sendButton(replyBox!)?.textContent).toBe('Reply');
    expect(boxes.sendsOnEnter).toBe(false);
  });

  it("opens a post's box with its Comment button and a comment's with its own Reply button", () => {
    show('classic-post-page.html', POST_PAGE);
    expect(boxes.opener(itemById(document, POST))?.getAttribute('aria-label')).toBe('Comment');
    expect(boxes.opener(itemById(document, COMMENT))?.getAttribute('aria-label')).toBe(
      'Reply to Acme Support’s comment',
    );
    expect(boxes.opener(itemById(document, REPLY))?.getAttribute('aria-label')).toBe(
      'Reply to Dana Whitfield’s comment',
    );
  });

  it('types a reply to the comment into its open reply box, after the name LinkedIn put there', async () => {
    const url = show('classic-post-page.html', POST_PAGE);
    const [, replyBox] = editors();
    richEditor(replyBox!);
    const driver = createReplyDriver({
      adapter,
      onSent: () => {},
      pageUrl: () => url,
      sleep: noWait,
    });
    await expect(
      driver.insert({ text: 'Thanks, we got it!', postId: COMMENT, caseId: 'c1' }),
    ).resolves.toEqual({ ok: true });
    expect(replyBox!.textContent).toBe('Dana Whitfield\u00a0Thanks, we got it!');
    driver.stop();
  });
});

describe('new feed box (sdui-feed.html)', () => {
  it("answers the post it was opened under, and has the form's submit button", () => {
    const url = show('sdui-feed.html', FEED);
    const [editor] = editors();
    expect(boxes.find(document, url, 'Q2xvdWRTeW5jMTAx')).toEqual([{ editor, answers: 'this' }]);
    expect(boxes.find(document, url, 'TWFyY3VzTG9uZzEw')).toEqual([{ editor, answers: 'other' }]);
    expect(boxes.find(document, url, null)).toEqual([{ editor, answers: 'other' }]);
    expect(boxes.answeredPostId(editor!, url)).toBe('Q2xvdWRTeW5jMTAx');
    expect(boxes.sendButton(editor!)?.getAttribute('type')).toBe('submit');
    expect(boxes.postPageId(url)).toBeNull();
  });

  it("opens another post's box with its Comment button and types into the box it renders", async () => {
    const url = show('sdui-feed.html', FEED);
    const post = itemById(document, 'TWFyY3VzTG9uZzEw');
    const opener = boxes.opener(post)!;
    expect(opener.getAttribute('aria-label')).toBe('Comment');
    // LinkedIn renders the box only when Comment is pressed (site-dom §4).
    const form = document.querySelector('form')!.cloneNode(true) as HTMLElement;
    opener.addEventListener('click', () => {
      post.append(form);
      richEditor(form.querySelector('[contenteditable]')!);
    });
    const driver = createReplyDriver({
      adapter,
      onSent: () => {},
      pageUrl: () => url,
      sleep: noWait,
    });
    await expect(
      driver.insert({ text: 'Hi Marcus, we are on it.', postId: 'TWFyY3VzTG9uZzEw', caseId: 'c2' }),
    ).resolves.toEqual({ ok: true });
    expect(form.textContent).toContain('Hi Marcus, we are on it.');
    // The first post's open box was left alone.
    expect(editors()[0]?.textContent).toBe('');
    driver.stop();
  });
});
