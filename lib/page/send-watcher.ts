import { clip } from '../clip';
import type { SiteAdapter } from '../sites/types';
import { editorText } from './insert-text';
import { isSendKey } from './send-key';

/** After the agent pressed the site's send button: how long the site may take to send. */
const SEND_WAIT_MS = 15_000;
const POLL_MS = 100;
/** Longer texts are cut: a reply is short, and promises are found in its first lines. */
const MAX_TEXT = 5_000;

/** A reply the agent sent with the site's own button, as it read just before sending. */
export interface SentReply {
  text: string;
  /** The post it answers, when the box says (a post's page, or the post in a dialog). */
  postId: string | null;
}

export interface SendWatcherOptions {
  adapter: SiteAdapter;
  onSent: (reply: SentReply) => void;
  doc?: Document;
  pageUrl?: () => URL;
  sleep?: (ms: number) => Promise<void>;
}

// innerText keeps a rich editor's line breaks; a textarea's text is its value.
const textOf = (editor: HTMLElement) =>
  (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
    ? editorText(editor)
    : (editor.innerText ?? editor.textContent ?? '')
  ).trim();

/**
 * Reads every reply the agent sends through the site's own reply boxes, to find the
 * promises in it. It only listens (capture phase, so it reads the text before the site
 * clears the box) and never delays, changes or blocks what is sent; a reply counts as sent
 * once the site empties or removes its box (still full: sending failed).
 */
export function watchSentReplies(options: SendWatcherOptions): () => void {
  const { adapter, onSent } = options;
  const boxes = adapter.replyBoxes;
  const doc = options.doc ?? document;
  const pageUrl = options.pageUrl ?? (() => new URL(doc.location.href));
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  if (!boxes) return () => {};
  const pending = new Set<HTMLElement>();

  const sent = async (editor: HTMLElement) => {
    if (pending.has(editor)) return;
    const text = clip(textOf(editor), MAX_TEXT);
    if (!text) return;
    const postId = boxes.answeredPostId(editor, pageUrl());
    pending.add(editor);
    for (let waited = 0; waited < SEND_WAIT_MS; waited += POLL_MS) {
      await sleep(POLL_MS);
      if (!editor.isConnected || !textOf(editor)) {
        pending.delete(editor);
        onSent({ text, postId });
        return;
      }
    }
    pending.delete(editor);
  };

  const boxOfSendButton = (target: Element) =>
    boxes.find(doc, pageUrl(), null).find((box) => boxes.sendButton(box.editor)?.contains(target))
      ?.editor ?? null;

  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || !(event.target instanceof Element)) return;
    const editor = boxOfSendButton(event.target);
    const button = editor && boxes.sendButton(editor);
    if (editor && button?.getAttribute('aria-disabled') !== 'true') void sent(editor);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!isSendKey(event, boxes) || !(event.target instanceof Node)) return;
    const box = boxes
      .find(doc, pageUrl(), null)
      .find((b) => b.editor.contains(event.target as Node));
    if (box) void sent(box.editor);
  };
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeyDown, true);
  };
}
