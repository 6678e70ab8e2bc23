/**
 * X's reply boxes: the inline box under a post on its page, and the reply dialog its reply
 * button opens elsewhere. Facts and sources: notes/site-dom.md section 1, "Composer".
 */
import type { Alternatives } from './read';
import type { ReplyBox, ReplyBoxes } from './types';
import { any, CONTROLS } from './x-selectors';
import { isXUrl, statusOf } from './x-urls';

export const EDITOR: Alternatives = [
  // 2026-08 site-dom §1: the Draft.js editor of every composer (inline box and dialog)
  '[data-testid="tweetTextarea_0"]',
  // 2026-08 site-dom §1: Draft.js's own class, should the testid be renamed
  '.public-DraftEditor-content[contenteditable="true"]',
];

export const SEND_BUTTON: Alternatives = [
  // 2026-08 site-dom §1: the inline box's "Reply"/"Post", inside its toolBar
  '[data-testid="tweetButtonInline"]',
  // 2026-08 site-dom §1: the dialog's (and /compose/post's) "Reply"/"Post"
  '[data-testid="tweetButton"]',
];

export const DIALOG: Alternatives = [
  // 2026-08 site-dom §1: the reply dialog is labelled by its header
  '[aria-labelledby="modal-header"]',
  // ARIA role of any modal layer, should the label change
  '[role="dialog"]',
];

/** Ancestors to climb from an editor to its send button (toolBar is a sibling subtree). */
const MAX_CLIMB = 20;

/** The dialog's reply box says which post it answers by showing that post, with its link. */
function dialogAnswers(dialog: Element, postId: string | null): ReplyBox['answers'] {
  if (!postId) return 'unknown';
  const links = dialog.querySelectorAll('a[href*="/status/"]');
  return Array.from(links).some((link) => statusOf(link.getAttribute('href'))?.id === postId)
    ? 'this'
    : 'unknown';
}

function find(doc: Document, url: URL, postId: string | null): ReplyBox[] {
  const page = isXUrl(url) ? statusOf(url.pathname) : null;
  const boxes: ReplyBox[] = [];
  for (const editor of doc.querySelectorAll<HTMLElement>(any(EDITOR))) {
    if (boxes.some((box) => box.editor === editor || box.editor.contains(editor))) continue;
    const dialog = editor.closest(any(DIALOG));
    if (dialog) {
      boxes.push({ editor, answers: dialogAnswers(dialog, postId) });
    } else {
      // Outside a dialog: the box under a post page's main post answers that post; on
      // other pages (home) it writes a new post.
      const answers = page && (postId === null || page.id === postId) ? 'this' : 'other';
      boxes.push({ editor, answers });
    }
  }
  // A dialog is on top of the page: it comes first.
  return boxes.sort(
    (a, b) => Number(!!b.editor.closest(any(DIALOG))) - Number(!!a.editor.closest(any(DIALOG))),
  );
}

function opener(post: Element): HTMLElement | null {
  return post.querySelector<HTMLElement>(any(CONTROLS.replies));
}

function sendButton(editor: Element): HTMLElement | null {
  let el: Element | null = editor;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    const button = el.querySelector<HTMLElement>(any(SEND_BUTTON));
    if (button) return button;
  }
  return null;
}

function postPageId(url: URL): string | null {
  return isXUrl(url) ? (statusOf(url.pathname)?.id ?? null) : null;
}

/** A reply dialog shows the post it answers, with its link; the inline box, its page's. */
function answeredPostId(editor: Element, url: URL): string | null {
  const dialog = editor.closest(any(DIALOG));
  const link = dialog?.querySelector('a[href*="/status/"]')?.getAttribute('href') ?? null;
  return statusOf(link)?.id ?? postPageId(url);
}

export const xReplyBoxes: ReplyBoxes = { find, postPageId, opener, sendButton, answeredPostId };
