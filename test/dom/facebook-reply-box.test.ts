/**
 * Facebook's comment boxes (lib/sites/facebook-composer.ts) on the saved pages that have
 * them (test/fixtures/facebook/PROVENANCE.md), and the content script's reply driver typing
 * into them as Facebook's Lexical editor expects (paste).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createReplyDriver } from '../../lib/page/reply-driver';
import { facebookAdapter as fb } from '../../lib/sites/facebook';
import { facebookReplyBoxes as boxes } from '../../lib/sites/facebook-composer';
import { loadPage } from './fixtures';

const ACME_POST = 'pfbid02Acme7kLq9XvTnRz4Hc8Wm1YpDsE6uBfGjN3oKa5rU2iQx';
const JANE = 'comment:551234567890123';
const GROUP_POST = '1234567890123456';
const JONAS = 'comment:1234567890200001';
const ACME_DE_REPLY = 'comment:1234567890200002';
const AYLIN = 'comment:1234567890200003';

/** Puts a saved page into the test's document (the driver needs a live one: focus, selection). */
function show(file: string): URL {
  const { doc, url } = loadPage('facebook', file);
  document.body.innerHTML = doc.body.innerHTML;
  return url;
}

const editors = () => [...document.querySelectorAll<HTMLElement>('[data-lexical-editor="true"]')];
const item = (id: string) => fb.findPosts(document).find((el) => fb.postIdOf(el) === id)!;

/**
 * Lexical as it behaves for us: it keeps its own state, changes it only from the events it
 * handles (here: paste, as execCommand is missing in this DOM) and renders its paragraph.
 */
function lexicalLike(editor: HTMLElement) {
  const state = { model: '' };
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    state.model += (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    editor.innerHTML = `<p dir="auto"><span data-lexical-text="true">${state.model}</span></p>`;
  });
  return state;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Facebook comment boxes (adapter)', () => {
  it('under a feed story, the box answers that post only; plain Enter sends', () => {
    const url = show('feed.html');
    const [editor] = editors();
    expect(boxes.find(document, url, ACME_POST)).toEqual([{ editor, answers: 'this' }]);
    expect(boxes.find(document, url, JANE)).toEqual([{ editor, answers: 'other' }]);
    expect(boxes.find(document, url, null)).toEqual([{ editor, answers: 'other' }]);
    expect(boxes.answeredPostId(editor!, url)).toBe(ACME_POST);
    expect(boxes.sendButton(editor!)?.id).toBe('focused-state-composer-submit');
    expect(boxes.postPageId(url)).toBeNull();
    expect(boxes.sendsOnEnter).toBe(true);
  });

  it('opens a post’s box with its own Comment control, a comment’s with its Reply', () => {
    show('feed.html');
    const comment = boxes.opener(item(ACME_POST))!;
    expect(comment.dataset.adRenderingRole).toBe('comment_button');
    expect(comment.closest('[aria-posinset]')?.getAttribute('aria-posinset')).toBe('1');
    const second = boxes.opener(item('pfbid0Priya4TgH8mK2nWq7Lx1Ze5Rc9Vb3Ns6Yd'))!;
    expect(second.closest('[aria-posinset]')?.getAttribute('aria-posinset')).toBe('2');
    const reply = boxes.opener(item(JANE))!;
    expect(reply.textContent).toBe('Reply');
    expect(fb.closestPost(reply)).toBe(item(JANE));
  });

  it('a box in a thread answers its comment and the replies in it; the post’s answers the post', () => {
    const url = show('group-post-de.html');
    const [thread, post] = editors();
    expect(boxes.find(document, url, JONAS)).toEqual([
      { editor: thread, answers: 'this' },
      { editor: post, answers: 'other' },
    ]);
    expect(boxes.find(document, url, ACME_DE_REPLY).map((box) => box.answers)).toEqual([
      'this',
      'other',
    ]);
    expect(boxes.find(document, url, GROUP_POST).map((box) => box.answers)).toEqual([
      'other',
      'this',
    ]);
    // No post asked for: the page's own post.
    expect(boxes.find(document, url, null).map((box) => box.answers)).toEqual(['other', 'this']);
    expect(boxes.find(document, url, AYLIN).map((box) => box.answers)).toEqual(['other', 'other']);
    expect(boxes.answeredPostId(thread!, url)).toBe(JONAS);
    expect(boxes.answeredPostId(post!, url)).toBe(GROUP_POST);
    expect(boxes.postPageId(url)).toBe(GROUP_POST);
  });

  it('finds each box’s own submit arrow, never the other box’s', () => {
    show('group-post-de.html');
    const [thread, post] = editors();
    const threadSend = boxes.sendButton(thread!)!;
    const postSend = boxes.sendButton(post!)!;
    expect(threadSend.getAttribute('aria-label')).toBe('Kommentieren');
    expect(postSend.getAttribute('aria-label')).toBe('Kommentieren');
    expect(threadSend).not.toBe(postSend);
    expect(thread!.closest('form')!.contains(threadSend)).toBe(true);
  });

  it('finds Reply by structure when its label is in a language we do not list', () => {
    show('post-page-hostile.html');
    const layla = item('comment:900000000000002');
    expect(boxes.opener(layla)?.textContent).toBe('رد');
    show('group-post-de.html');
    for (const control of document.querySelectorAll('[role="button"]')) {
      if (control.textContent === 'Antworten') control.textContent = 'Svara';
    }
    expect(boxes.opener(item(AYLIN))?.textContent).toBe('Svara');
  });

  it('on a post page, a box below the post (outside its story) answers the page’s post', () => {
    const url = show('post-page-hostile.html');
    const [editor] = editors();
    expect(boxes.find(document, url, 'pfbid0Omar5Rf7Tg9Yh1Uj3Ik')).toEqual([
      { editor, answers: 'this' },
    ]);
    expect(boxes.answeredPostId(editor!, url)).toBe('pfbid0Omar5Rf7Tg9Yh1Uj3Ik');
    expect(boxes.sendButton(editor!)?.getAttribute('aria-label')).toBe('Comment');
  });

  it('a chat box or a new post’s dialog answers nothing; a post’s dialog comes first', () => {
    const url = show('post-page-hostile.html');
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="complementary"><div aria-label="Message" contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div>' +
        '<div role="dialog" aria-label="Create post"><form><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div><div role="button" aria-label="Post">Post</div></form></div>',
    );
    expect(boxes.find(document, url, 'pfbid0Omar5Rf7Tg9Yh1Uj3Ik').map((b) => b.answers)).toEqual([
      'other', // the dialog, on top
      'this',
      'other',
    ]);
    const feed = show('feed.html');
    const story = document.querySelector('[aria-posinset="1"]')!.cloneNode(true) as Element;
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog" aria-label="Acme’s post"></div>',
    );
    document.querySelector('[role="dialog"]')!.append(story);
    const found = boxes.find(document, feed, ACME_POST);
    expect(found.map((b) => b.answers)).toEqual(['this', 'this']);
    expect(found[0]!.editor.closest('[role="dialog"]')).not.toBeNull();
  });
});

describe('the reply driver (content script) on Facebook', () => {
  const fast = () => Promise.resolve();
  const driver = (url: URL, sleep: (ms: number) => Promise<void> = fast) =>
    createReplyDriver({ adapter: fb, onSent: () => {}, pageUrl: () => url, sleep });

  it('pastes into the post’s box so that Lexical’s state has it', async () => {
    const url = show('feed.html');
    const site = lexicalLike(editors()[0]!);
    const answer = await driver(url).insert({
      text: 'Hi! Please send us a message with your order number.',
      postId: ACME_POST,
      caseId: 'c1',
    });
    expect(answer).toEqual({ ok: true });
    expect(site.model).toBe('Hi! Please send us a message with your order number.');
    expect(document.activeElement).toBe(editors()[0]);
  });

  it('answers a comment: presses its Reply, then fills the box Facebook opens in its thread', async () => {
    const url = show('feed.html');
    const jane = item(JANE);
    let site: ReturnType<typeof lexicalLike> | null = null;
    boxes.opener(jane)!.addEventListener('click', () => {
      // Facebook opens the box under the thread a moment later, "@Jane Doe" in it.
      setTimeout(() => {
        const thread = jane.closest('li')!;
        thread.insertAdjacentHTML(
          'beforeend',
          '<form><div aria-label="Reply to Jane Doe" contenteditable="true" role="textbox" data-lexical-editor="true"><p><span>Jane Doe</span></p></div><div role="button" aria-label="Comment"></div></form>',
        );
        site = lexicalLike(thread.querySelector<HTMLElement>('[data-lexical-editor]')!);
        site.model = 'Jane Doe';
      }, 0);
    });
    const sleep = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
    const answer = await driver(url, sleep).insert({
      text: 'we are on it, sorry!',
      postId: JANE,
      caseId: 'c2',
    });
    expect(answer).toEqual({ ok: true });
    expect(site!.model).toBe('Jane Doe we are on it, sorry!');
    // The post's own box was left alone.
    expect(editors()).toHaveLength(2);
    expect(document.querySelector('[aria-label="Write a comment…"]')!.textContent).toBe('');
  });

  it('says so when the item is not on the page', async () => {
    const url = show('profile-page.html');
    expect(await driver(url).insert({ text: 'Hi', postId: 'comment:1', caseId: 'c3' })).toEqual({
      ok: false,
      message: 'No reply box on this page: open the post first.',
    });
  });
});
