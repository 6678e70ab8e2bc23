/**
 * X's reply boxes (lib/sites/x-composer.ts) against the saved pages with a reply box and a
 * reply dialog (test/fixtures/x/PROVENANCE.md), and the content script's reply driver
 * typing into them as X's Draft.js editor expects.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createReplyDriver } from '../../lib/page/reply-driver';
import { xAdapter } from '../../lib/sites/x';
import { xReplyBoxes } from '../../lib/sites/x-composer';
import { loadPage } from './fixtures';

const STATUS_URL = 'https://x.com/acme_support/status/1992000000000000010';
const MAIN_POST = '1992000000000000010';
const HOME_POST = '1991000000000000001'; // the first post of home-timeline.html
const OTHER_POST = '1991000000000000002';
const HOME = 'https://x.com/home';

/** Puts a saved page into the test's document (the driver needs a live one: focus, selection). */
function show(file: string, url: string) {
  const { doc } = loadPage('x', file, url);
  document.body.innerHTML = doc.body.innerHTML;
  return new URL(url);
}

/** The status page with X's inline reply box under its main post. */
const statusPageWithBox = () => show('status-reply-box.html', STATUS_URL);

/** X's reply dialog, taken from its saved page, as if opened for the post `id`. */
function dialogFor(id: string): string {
  const { doc } = loadPage('x', 'reply-dialog.html');
  const layer = doc.getElementById('layers')!;
  for (const link of layer.querySelectorAll('a[href*="/status/"]')) {
    link.setAttribute('href', link.getAttribute('href')!.replace(/\d+$/, id));
  }
  return layer.outerHTML;
}

/** The inline reply box's cell, taken from its saved page. */
function replyBoxCell(): string {
  const { doc } = loadPage('x', 'status-reply-box.html');
  const editor = doc.querySelector('[data-testid="tweetTextarea_0"]')!;
  return editor.closest('[data-testid="cellInnerDiv"]')!.outerHTML;
}

const editors = () => [
  ...document.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]'),
];

/**
 * X's editor as Draft.js behaves for us: it keeps its own text, changes it only from the
 * events it handles (here: paste, as the browser's execCommand is missing in this DOM), and
 * renders the DOM from it. `model` is what its Reply button would post.
 */
function draftLike(editor: HTMLElement) {
  const state = { model: '' };
  editor.addEventListener('paste', (event) => {
    const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    event.preventDefault();
    state.model += text;
    const block = editor.querySelector('[data-offset-key] span') ?? editor;
    block.textContent = state.model;
  });
  return state;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('X reply boxes (adapter)', () => {
  it('the box under a status page’s main post answers that post, and no other', () => {
    const url = statusPageWithBox();
    const [editor] = editors();
    expect(xReplyBoxes.find(document, url, MAIN_POST)).toEqual([{ editor, answers: 'this' }]);
    expect(xReplyBoxes.find(document, url, null)).toEqual([{ editor, answers: 'this' }]);
    expect(xReplyBoxes.find(document, url, '1992000000000000011')).toEqual([
      { editor, answers: 'other' },
    ]);
    expect(xReplyBoxes.postPageId(url)).toBe(MAIN_POST);
    expect(xReplyBoxes.postPageId(new URL(HOME))).toBeNull();
  });

  it('finds the send button of the editor’s own composer (toolBar is a sibling subtree)', () => {
    const url = statusPageWithBox();
    document.body.insertAdjacentHTML('beforeend', dialogFor(HOME_POST));
    const [dialogEditor, inline] = xReplyBoxes.find(document, url, MAIN_POST).map((b) => b.editor);
    expect(xReplyBoxes.sendButton(inline!)?.dataset.testid).toBe('tweetButtonInline');
    expect(xReplyBoxes.sendButton(dialogEditor!)?.dataset.testid).toBe('tweetButton');
  });

  it('a reply dialog comes first; it answers the post it links, else it is unknown', () => {
    const url = show('home-timeline.html', HOME);
    expect(xReplyBoxes.find(document, url, HOME_POST)).toEqual([]);
    show('reply-dialog.html', HOME);
    expect(xReplyBoxes.find(document, url, HOME_POST).map((b) => b.answers)).toEqual(['this']);
    expect(xReplyBoxes.find(document, url, OTHER_POST).map((b) => b.answers)).toEqual(['unknown']);
  });

  it('a post’s reply button opens its box (real capture)', () => {
    const { doc } = loadPage('x', 'x-tweet-sample.html', HOME);
    const [post] = xAdapter.findPosts(doc);
    expect(xReplyBoxes.opener(post!)?.getAttribute('data-testid')).toBe('reply');
  });
});

describe('the reply driver (content script)', () => {
  const fast = () => Promise.resolve();
  const sent: string[] = [];
  const driver = (url: URL, sleep: (ms: number) => Promise<void> = fast) =>
    createReplyDriver({
      adapter: xAdapter,
      onSent: (caseId) => sent.push(caseId),
      pageUrl: () => url,
      sleep,
    });

  it('pastes into the post’s own reply box so that the editor’s model has it', async () => {
    const url = statusPageWithBox();
    const site = draftLike(editors()[0]!);
    const answer = await driver(url).insert({
      text: '@danaruiz Please DM us: C-ABC123',
      postId: MAIN_POST,
      caseId: 'c1',
    });
    expect(answer).toEqual({ ok: true });
    expect(site.model).toBe('@danaruiz Please DM us: C-ABC123');
    expect(editors()[0]!.textContent).toBe('@danaruiz Please DM us: C-ABC123');
    expect(document.activeElement).toBe(editors()[0]);
  });

  it('uses the browser’s own insertion when it works, and then does not paste too', async () => {
    const url = statusPageWithBox();
    const site = draftLike(editors()[0]!);
    const calls: string[] = [];
    Object.assign(document, {
      execCommand: (command: string, _ui: boolean, text: string) => {
        calls.push(command);
        editors()[0]!.querySelector('[data-offset-key] span')!.textContent = text;
        return true;
      },
    });
    try {
      expect(await driver(url).insert({ text: 'Hi', postId: MAIN_POST, caseId: 'c1' })).toEqual({
        ok: true,
      });
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(calls).toEqual(['insertText']);
    expect(site.model).toBe(''); // no paste on top of it
    expect(editors()[0]!.textContent).toBe('Hi');
  });

  it('never inserts twice when the editor shows the browser’s insertion late', async () => {
    const url = statusPageWithBox();
    const site = draftLike(editors()[0]!);
    const span = editors()[0]!.querySelector('[data-offset-key] span')!;
    // Draft.js takes the insertion and renders it 200 ms later (a busy page).
    let clock = 0;
    let accepted: string | null = null;
    const sleep = async (ms: number) => {
      clock += ms;
      if (accepted !== null && clock >= 200) span.textContent = accepted;
    };
    Object.assign(document, {
      execCommand: (_command: string, _ui: boolean, text: string) => ((accepted = text), true),
    });
    try {
      expect(
        await driver(url, sleep).insert({ text: 'Hi Dana', postId: MAIN_POST, caseId: 'c1' }),
      ).toEqual({ ok: true });
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(site.model).toBe(''); // no paste on top of it
    expect(editors()[0]!.textContent).toBe('Hi Dana');
  });

  it('pastes once when the browser’s insertion does nothing', async () => {
    const url = statusPageWithBox();
    const site = draftLike(editors()[0]!);
    Object.assign(document, { execCommand: () => false });
    try {
      await driver(url).insert({ text: 'Hi Dana', postId: MAIN_POST, caseId: 'c1' });
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
    }
    expect(site.model).toBe('Hi Dana');
    expect(editors()[0]!.textContent).toBe('Hi Dana');
  });

  it('adds the reply after text already in the box, with a space between', async () => {
    const url = statusPageWithBox();
    const site = draftLike(editors()[0]!);
    site.model = '@dana_r';
    editors()[0]!.querySelector('[data-offset-key] span')!.textContent = '@dana_r';
    await driver(url).insert({ text: 'Please DM us.', postId: MAIN_POST, caseId: 'c1' });
    expect(site.model).toBe('@dana_r Please DM us.');
  });

  it('on a timeline, presses the post’s reply button and fills the dialog it opens', async () => {
    const url = show('home-timeline.html', HOME);
    const post = xAdapter.findPosts(document).find((p) => xAdapter.postIdOf(p) === HOME_POST)!;
    let site: ReturnType<typeof draftLike> | null = null;
    xReplyBoxes.opener(post)!.addEventListener('click', () => {
      // X shows its dialog a moment later, with no link to the post (it need not say).
      setTimeout(() => {
        document.body.insertAdjacentHTML('beforeend', dialogFor('1'));
        site = draftLike(editors()[0]!);
      }, 0);
    });
    const sleep = () => new Promise<void>((resolve) => setTimeout(resolve, 1));
    const answer = await driver(url, sleep).insert({
      text: 'Hi Dana',
      postId: HOME_POST,
      caseId: 'c1',
    });
    expect(answer).toEqual({ ok: true });
    expect(site!.model).toBe('Hi Dana');
  });

  it('will not write into a dialog that may answer another post', async () => {
    const url = show('home-timeline.html', HOME);
    document.body.insertAdjacentHTML('beforeend', dialogFor('1'));
    draftLike(editors()[0]!);
    expect(await driver(url).insert({ text: 'Hi', postId: HOME_POST, caseId: 'c1' })).toEqual({
      ok: false,
      message: 'Another reply box is open on this page: send or close it first.',
    });
    expect(editors()[0]!.textContent).toBe('');
  });

  it('says so when the post is not on the page', async () => {
    const url = show('profile-page.html', 'https://x.com/danaruiz');
    expect(await driver(url).insert({ text: 'Hi', postId: '42', caseId: 'c1' })).toEqual({
      ok: false,
      message: 'No reply box on this page: open the post first.',
    });
  });

  it('waits for the post’s own page to finish loading (a tab just opened on it)', async () => {
    const url = show('status-page.html', STATUS_URL);
    const cell = document
      .querySelector('article[tabindex="-1"]')!
      .closest('[data-testid="cellInnerDiv"]')!;
    let naps = 0;
    let site: ReturnType<typeof draftLike> | null = null;
    const sleep = async () => {
      if (++naps === 5) {
        cell.insertAdjacentHTML('afterend', replyBoxCell());
        site = draftLike(editors()[0]!);
      }
    };
    // The main post is there but its reply button is not what opens this box: remove it,
    // so only the box arriving late can satisfy the driver.
    cell.querySelector('[data-testid="reply"]')?.remove();
    expect(
      await driver(url, sleep).insert({ text: 'Hi', postId: MAIN_POST, caseId: 'c1' }),
    ).toEqual({ ok: true });
    expect(naps).toBe(5);
    expect(site!.model).toBe('Hi');
  });

  it('reports an editor that takes no text, and never presses the send button itself', async () => {
    const url = statusPageWithBox();
    let pressed = 0;
    document
      .querySelector('[data-testid="tweetButtonInline"]')!
      .addEventListener('click', () => pressed++);
    expect(await driver(url).insert({ text: 'Hi', postId: MAIN_POST, caseId: 'c1' })).toEqual({
      ok: false,
      message: 'The reply box did not take the text. Click into it and try again.',
    });
    expect(pressed).toBe(0);
  });

  it('a click the page makes on the send button (untrusted) is not the agent sending', async () => {
    const url = statusPageWithBox();
    const editor = editors()[0]!;
    draftLike(editor);
    const replies = driver(url);
    await replies.insert({ text: 'Hi', postId: MAIN_POST, caseId: 'c1' });
    const button = xReplyBoxes.sendButton(editor)!;
    button.setAttribute('aria-disabled', 'false');
    button.addEventListener('click', () => (editor.textContent = ''));
    button.click();
    editor.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
    replies.stop();
  });
});
