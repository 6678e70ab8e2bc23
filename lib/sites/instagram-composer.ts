/**
 * Instagram's comment boxes (site-dom §3): one textarea "Add a comment…" per post, under it
 * in the feed and on its page, sent with its form's "Post" button or plain Enter. A reply to
 * a comment is typed in the same box: the comment's "Reply" puts "@<username> " first, and
 * that mention is the only sign in the page of which comment the box now answers.
 */
import { readAuthor } from './instagram-author';
import { postIdOf } from './instagram-find';
import { itemsOf } from './instagram-items';
import { postLinkIn } from './instagram-links';
import { articleOf, ownAll } from './instagram-scope';
import { metaRowOf } from './instagram-metrics';
import { any, COMMENT_ICON, CONTROL, EDITOR } from './instagram-selectors';
import { isInstagramUrl, postRefOf } from './instagram-urls';
import type { ReplyBox, ReplyBoxes } from './types';

/** What the box holds: a textarea's value (its text content is only its initial text). */
const valueOf = (editor: Element) =>
  editor.localName === 'textarea'
    ? (editor as HTMLTextAreaElement).value
    : (editor.textContent ?? '');

/** The username the box starts with ("@acme.support …"), or null. */
function mentionOf(editor: Element): string | null {
  return /^@([A-Za-z0-9._]{1,30})(?:\s|$)/.exec(valueOf(editor))?.[1]?.toLowerCase() ?? null;
}

/** The comments of the box's post written by the user the box mentions first. */
function commentsReplied(editor: Element, article: Element): Element[] {
  const mention = mentionOf(editor);
  if (!mention) return [];
  return itemsOf(article).comments.filter(
    (comment) => readAuthor({ root: comment, skip: [] })?.handle.toLowerCase() === mention,
  );
}

function postPageId(url: URL): string | null {
  return isInstagramUrl(url) ? (postRefOf(url.pathname)?.code ?? null) : null;
}

function answers(editor: Element, url: URL, postId: string | null): ReplyBox['answers'] {
  const article = articleOf(editor);
  const code = article ? (postLinkIn(article)?.ref.code ?? null) : null;
  if (!article || !code) return 'other';
  const replying = commentsReplied(editor, article);
  const wanted = postId ?? postPageId(url);
  if (wanted === code) return replying.length ? 'unknown' : 'this';
  const comment = itemsOf(article).comments.find((item) => postIdOf(item) === wanted);
  if (!comment) return 'other';
  if (replying.includes(comment)) return 'this';
  // Empty: the comment's Reply will make it this comment's. Holding something else: busy.
  return valueOf(editor).trim() ? 'unknown' : 'other';
}

function find(doc: Document, url: URL, postId: string | null): ReplyBox[] {
  const editors = Array.from(doc.querySelectorAll<HTMLElement>(any(EDITOR)));
  const boxes = editors.map((editor) => ({ editor, answers: answers(editor, url, postId) }));
  // A post opened over the feed is on top: its box comes first.
  const inDialog = (box: ReplyBox) => Number(box.editor.closest('[role="dialog"]') !== null);
  return boxes.sort((a, b) => inDialog(b) - inDialog(a));
}

/** A comment's "Reply" (the first control of its row without a number); a post's comment icon. */
function opener(item: Element): HTMLElement | null {
  const row = metaRowOf(item);
  if (row) {
    const controls = Array.from(row.querySelectorAll<HTMLElement>(any(CONTROL)));
    return controls.find((control) => !/\d/.test(control.textContent ?? '')) ?? null;
  }
  const article = articleOf(item) ?? item;
  const scope = { root: article, skip: itemsOf(article).comments };
  const icon = ownAll(scope, COMMENT_ICON)[0];
  return icon?.closest<HTMLElement>(any(CONTROL)) ?? null;
}

/** The form's submit button, else its last control with words ("Post"; the emoji one has none). */
function sendButton(editor: Element): HTMLElement | null {
  const form = editor.closest('form') ?? editor.parentElement;
  if (!form) return null;
  const submit = form.querySelector<HTMLElement>('button[type="submit"]');
  if (submit) return submit;
  const worded = Array.from(form.querySelectorAll<HTMLElement>(any(CONTROL))).filter(
    (control) => (control.textContent ?? '').trim() !== '',
  );
  return worded.at(-1) ?? null;
}

/**
 * The item a box answers: the comment it replies to (the last one by the user it mentions
 * first: the page does not say which of theirs), else its post, else the page's post.
 */
function answeredPostId(editor: Element, url: URL): string | null {
  const article = articleOf(editor);
  const replied = article ? commentsReplied(editor, article).at(-1) : undefined;
  if (replied) return postIdOf(replied);
  return (article ? postLinkIn(article)?.ref.code : null) ?? postPageId(url);
}

export const instagramReplyBoxes: ReplyBoxes = {
  find,
  postPageId,
  opener,
  sendButton,
  answeredPostId,
  sendsOnEnter: true,
};
