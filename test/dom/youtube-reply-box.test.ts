/**
 * YouTube's comment boxes (lib/sites/youtube-composer.ts) on the saved pages with a box open
 * (test/fixtures/youtube/PROVENANCE.md), and the content script's reply driver opening and
 * filling them as an agent's "Insert reply" does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createReplyDriver } from '../../lib/page/reply-driver';
import { youtubeAdapter } from '../../lib/sites/youtube';
import { youtubeReplyBoxes as boxes } from '../../lib/sites/youtube-composer';
import { loadPage } from './fixtures';
import { itemOf } from './youtube-support';

const WATCH = 'https://www.youtube.com/watch?v=acmeX2Rev01';
const VIDEO = 'video:acmeX2Rev01';
const MARK = 'comment:Ugw2MarkWifiDrops02AaABAg';
const PRIYA = 'comment:Ugw2MarkWifiDrops02AaABAg.9zAcmeReplyPriya0001x';
const JO = 'comment:Ugy4JoWangAndroid004AaABAg';

/** Puts a saved page into the test's document (the driver needs a live one: focus, selection). */
function show(file: string, url = WATCH) {
  const { doc } = loadPage('youtube', file);
  document.body.innerHTML = doc.body.innerHTML;
  return new URL(url);
}

const editors = () => [...document.querySelectorAll<HTMLElement>('#contenteditable-root')];

/** The reply dialog of reply-boxes.html, to open under another comment as YouTube would. */
function replyDialogHtml(): string {
  const { doc } = loadPage('youtube', 'reply-boxes.html');
  return doc.querySelector('ytd-comment-reply-dialog-renderer')!.outerHTML;
}

/**
 * The editor as a browser's contenteditable behaves for us: this DOM has no execCommand and
 * does not paste by itself, so the paste the driver falls back to is applied here.
 */
function contentEditable(editor: HTMLElement) {
  editor.addEventListener('paste', (event) => {
    event.preventDefault();
    editor.textContent += (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
  });
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('YouTube comment boxes (adapter)', () => {
  it('the box above the comments answers the video; a reply dialog, its own comment', () => {
    const url = show('reply-boxes.html');
    const [top, dialog] = editors();
    expect(boxes.find(document, url, MARK)).toEqual([
      { editor: top, answers: 'other' },
      { editor: dialog, answers: 'this' },
    ]);
    expect(boxes.find(document, url, VIDEO)).toEqual([
      { editor: top, answers: 'this' },
      { editor: dialog, answers: 'other' },
    ]);
    // No post named: the page's own item (the video) is the one answered.
    expect(boxes.find(document, url, null).map((box) => box.answers)).toEqual(['this', 'other']);
    expect(boxes.find(document, url, JO).map((box) => box.answers)).toEqual(['other', 'other']);
    expect(boxes.answeredPostId(top!, url)).toBe(VIDEO);
    expect(boxes.answeredPostId(dialog!, url)).toBe(MARK);
  });

  it('finds the send button of the editor’s own box', () => {
    show('reply-boxes.html');
    const [top, dialog] = editors();
    expect(boxes.sendButton(top!)?.getAttribute('aria-label')).toBe('Comment');
    expect(boxes.sendButton(dialog!)?.getAttribute('aria-label')).toBe('Reply');
    // Disabled while empty, as YouTube does: the send watcher ignores such clicks.
    expect(boxes.sendButton(dialog!)?.getAttribute('aria-disabled')).toBe('true');
    expect(boxes.sendButton(document.body)).toBeNull();
  });

  it('opens a comment’s own reply dialog, and the video’s box from its placeholder', () => {
    const { doc } = loadPage('youtube', 'watch-comments.html');
    const reply = itemOf(doc, PRIYA);
    const opener = boxes.opener(reply)!;
    expect(opener.getAttribute('aria-label')).toBe('Reply');
    expect(youtubeAdapter.closestPost(opener)).toBe(reply); // not its parent's button
    expect(boxes.opener(itemOf(doc, VIDEO))?.id).toBe('placeholder-area');
    expect(boxes.opener(doc.body)).toBeNull();
    // The older markup: a link around a paper button.
    const old = loadPage('youtube', 'old-renderer.html').doc;
    expect(boxes.opener(itemOf(old, 'comment:UgzOldGrumpyGamer000AaABAg'))?.localName).toBe(
      'tp-yt-paper-button',
    );
  });

  it('reads a comment with its reply dialog open as before: the dialog is not part of it', () => {
    const url = show('reply-boxes.html');
    const jo = itemOf(document, JO);
    const before = youtubeAdapter.parsePost(jo, url);
    jo.querySelector('#reply-dialog')!.innerHTML = replyDialogHtml();
    // The dialog shows the signed-in channel's avatar; Jo's own is not loaded yet.
    expect(jo.querySelector('#author-thumbnail img[src]')).not.toBeNull();
    expect(youtubeAdapter.parsePost(jo, url)).toEqual(before);
    expect(before?.author.avatarUrl).toBeNull();
    expect(youtubeAdapter.postIdOf(jo)).toBe(JO);
  });

  it('on a Short, the panel’s box answers the Short (no watch page around it)', () => {
    const url = show('shorts.html', 'https://www.youtube.com/shorts/acmeShort01');
    const [editor] = editors();
    expect(boxes.answeredPostId(editor!, url)).toBe('video:acmeShort01');
    expect(boxes.find(document, url, 'video:acmeShort01')).toEqual([{ editor, answers: 'this' }]);
    expect(boxes.sendButton(editor!)?.getAttribute('aria-label')).toBe('Comment');
  });

  it('another kind of box (editing one’s own comment) answers no one it can name', () => {
    const url = show('reply-boxes.html');
    const jo = itemOf(document, JO);
    jo.insertAdjacentHTML(
      'beforeend',
      '<div id="edit-dialog"><ytd-commentbox><div id="contenteditable-root" contenteditable="true"></div></ytd-commentbox></div>',
    );
    const edit = editors()[2]!;
    expect(boxes.answeredPostId(edit, url)).toBeNull();
    expect(boxes.find(document, url, JO)[2]).toEqual({ editor: edit, answers: 'unknown' });
  });

  it.each([
    [WATCH, VIDEO],
    [`${WATCH}&lc=Ugy4JoWangAndroid004AaABAg`, JO],
    ['https://www.youtube.com/shorts/acmeShort01', 'video:acmeShort01'],
    ['https://www.youtube.com/', null],
    ['https://www.youtube.com/@AcmeSupport', null],
    ['https://example.com/watch?v=acmeX2Rev01', null],
  ])('the page %s is the page of %s', (href, id) => {
    expect(boxes.postPageId(new URL(href))).toBe(id);
  });
});

describe('the reply driver on YouTube', () => {
  const fast = () => Promise.resolve();
  const sleepTick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
  const driver = (url: URL, sleep: (ms: number) => Promise<void> = fast) =>
    createReplyDriver({
      adapter: youtubeAdapter,
      onSent: () => undefined,
      pageUrl: () => url,
      sleep,
    });

  it('types into the open dialog of the comment it answers, not the box above', async () => {
    const url = show('reply-boxes.html');
    editors().forEach(contentEditable);
    const answer = await driver(url).insert({
      text: 'Hi Mark, DM us.',
      postId: MARK,
      caseId: 'c1',
    });
    expect(answer).toEqual({ ok: true });
    const [top, dialog] = editors();
    expect(dialog!.textContent).toBe('Hi Mark, DM us.');
    expect(top!.textContent).toBe('');
  });

  it('presses a comment’s Reply and fills the dialog YouTube opens inside it', async () => {
    const url = show('reply-boxes.html');
    const jo = itemOf(document, JO);
    boxes.opener(jo)!.addEventListener('click', () => {
      setTimeout(() => {
        jo.querySelector('#reply-dialog')!.innerHTML = replyDialogHtml();
        contentEditable(jo.querySelector<HTMLElement>('#contenteditable-root')!);
      }, 0);
    });
    const answer = await driver(url, sleepTick).insert({
      text: 'Yes, with app 5.2 or later.',
      postId: JO,
      caseId: 'c1',
    });
    expect(answer).toEqual({ ok: true });
    expect(jo.querySelector('#contenteditable-root')!.textContent).toBe(
      'Yes, with app 5.2 or later.',
    );
  });

  it('waits on a comment’s own page (lc=) until that comment has loaded', async () => {
    const url = show('reply-boxes.html', `${WATCH}&lc=Ugy4JoWangAndroid004AaABAg`);
    const thread = itemOf(document, JO).closest('ytd-comment-thread-renderer')!;
    const html = thread.outerHTML;
    thread.remove();
    let naps = 0;
    const sleep = async () => {
      if (++naps !== 3) return;
      document.querySelector('#contents')!.insertAdjacentHTML('afterbegin', html);
      const jo = itemOf(document, JO);
      jo.querySelector('#reply-dialog')!.innerHTML = replyDialogHtml();
      contentEditable(jo.querySelector<HTMLElement>('#contenteditable-root')!);
    };
    const answer = await driver(url, sleep).insert({ text: 'Hi Jo', postId: JO, caseId: 'c1' });
    expect(answer).toEqual({ ok: true });
    expect(naps).toBeGreaterThanOrEqual(3);
    expect(itemOf(document, JO).querySelector('#contenteditable-root')!.textContent).toBe('Hi Jo');
  });
});
