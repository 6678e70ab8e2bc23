import { editorText } from './insert-text';
import { isSendKey } from './send-key';
import type { ReplyInsertAnswer } from '../messages/names';
import type { ReplyBox, SiteAdapter } from '../sites/types';
import { insertText } from './insert-text';

/** After pressing a post's reply button: how long the site may take to show the box. */
const OPEN_WAIT_MS = 3_000;
/** On the post's own page while it still loads (a tab just opened on the permalink). */
const LOAD_WAIT_MS = 10_000;
/** After the agent pressed the site's send button: how long the site may take to send. */
const SEND_WAIT_MS = 15_000;
const POLL_MS = 100;

const NO_BOX = 'No reply box on this page: open the post first.';
const BUSY = 'Another reply box is open on this page: send or close it first.';
const NOT_TAKEN = 'The reply box did not take the text. Click into it and try again.';

export interface ReplyDriverOptions {
  adapter: SiteAdapter;
  /** Tells the background the agent sent the reply Casebook inserted for this case. */
  onSent: (caseId: string) => void;
  doc?: Document;
  /** The page's URL (default: the document's location). */
  pageUrl?: () => URL;
  sleep?: (ms: number) => Promise<void>;
}

export interface ReplyDriver {
  insert(command: {
    text: string;
    postId: string | null;
    caseId: string;
  }): Promise<ReplyInsertAnswer>;
  stop(): void;
}

const isEmpty = (editor: HTMLElement) => !editorText(editor).trim();

/**
 * Puts a reply into the site's own reply box and watches for the agent sending it with
 * the site's own button. Casebook never presses that button: only a trusted click (or
 * Ctrl/Cmd+Enter, or Enter where the site sends on it, typed in that box) counts, and only then is the reply recorded.
 */
export function createReplyDriver(options: ReplyDriverOptions): ReplyDriver {
  const { adapter, onSent } = options;
  const doc = options.doc ?? document;
  const boxes = adapter.replyBoxes;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const url = options.pageUrl ?? (() => new URL(doc.location.href));
  let stopped = false;
  /** The box holding our latest inserted reply, until the agent sends it. */
  let armed: { editor: HTMLElement; caseId: string } | null = null;
  let confirming = false;

  const waitFor = async <T>(find: () => T | null, ms: number): Promise<T | null> => {
    for (let waited = 0; !stopped; waited += POLL_MS) {
      const found = find();
      if (found || waited >= ms) return found;
      await sleep(POLL_MS);
    }
    return null;
  };

  const postOnPage = (postId: string) =>
    adapter.findPosts(doc).find((post) => adapter.postIdOf(post) === postId) ?? null;

  const boxNow = (postId: string | null, accept: (box: ReplyBox) => boolean) =>
    boxes?.find(doc, url(), postId).find(accept)?.editor ?? null;
  const openerNow = (postId: string | null) => {
    const post = postId ? postOnPage(postId) : null;
    return post ? (boxes?.opener(post) ?? null) : null;
  };

  /** The box to use, 'busy' when another one is in the way, or null when none is here. */
  const locate = async (postId: string | null): Promise<HTMLElement | 'busy' | null> => {
    if (!boxes) return null;
    const found = boxes.find(doc, url(), postId);
    const own = found.find((box) => box.answers === 'this');
    if (own) return own.editor;
    // A dialog on top that may answer another post: do not write into it.
    if (found.some((box) => box.answers === 'unknown')) return 'busy';
    let opener = openerNow(postId);
    const pageOf = boxes.postPageId(url());
    if (!opener && pageOf !== null && (postId === null || pageOf === postId)) {
      // The post's own page, still loading (a tab just opened on it): wait for it.
      const ready = await waitFor(() => {
        const editor = boxNow(postId, (box) => box.answers === 'this');
        const button = editor ? null : openerNow(postId);
        return editor || button ? { editor, button } : null;
      }, LOAD_WAIT_MS);
      if (!ready || ready.editor) return ready?.editor ?? null;
      opener = ready.button;
    }
    if (!opener) return null;
    opener.click();
    // The box it opens is ours, even when the dialog does not say which post it answers.
    return waitFor(() => boxNow(postId, (box) => box.answers !== 'other'), OPEN_WAIT_MS);
  };

  const confirmSent = async () => {
    const pressed = armed;
    if (!pressed || confirming) return;
    confirming = true;
    // Sent when the site empties or removes the box; still full means it failed (offline).
    const sent = await waitFor(
      () => (!pressed.editor.isConnected || isEmpty(pressed.editor) ? true : null),
      SEND_WAIT_MS,
    );
    confirming = false;
    if (sent && armed === pressed) {
      armed = null;
      onSent(pressed.caseId);
    }
  };

  const onClick = (event: MouseEvent) => {
    if (!event.isTrusted || !armed || !(event.target instanceof Element)) return;
    const button = boxes?.sendButton(armed.editor);
    if (!button?.contains(event.target) || button.getAttribute('aria-disabled') === 'true') return;
    void confirmSent();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!armed || !boxes || !isSendKey(event, boxes) || !(event.target instanceof Node)) return;
    if (armed.editor.contains(event.target)) void confirmSent();
  };
  // Capture phase: seen before the site's own handlers change or remove the box.
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);

  return {
    async insert({ text, postId, caseId }) {
      if (!boxes) return { ok: false, message: `Casebook cannot reply on ${adapter.name} yet.` };
      const editor = await locate(postId);
      if (editor === 'busy') return { ok: false, message: BUSY };
      if (!editor) return { ok: false, message: NO_BOX };
      // Armed before typing: the agent may press Reply the moment the text shows.
      const before = armed;
      armed = { editor, caseId };
      if (await insertText(editor, text, sleep)) return { ok: true };
      armed = before;
      return { ok: false, message: NOT_TAKEN };
    },
    stop() {
      stopped = true;
      armed = null;
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKeyDown, true);
    },
  };
}
