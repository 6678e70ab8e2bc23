/**
 * Typing into a site's own editor so that the site sees it. X's composer is a Draft.js
 * contenteditable: it keeps its own state and rebuilds the DOM from it, so text set
 * through innerText is ignored (and dropped on the next render). What it does hear, in
 * order of preference (notes/site-dom.md §1 and §9):
 * 1. execCommand('insertText'): the browser's own insertion, with beforeinput/input events;
 * 2. a paste event carrying text/plain, which Draft.js (like most rich editors) handles itself.
 */

/**
 * How long the editor's framework may take to show text it accepted. Generous: pasting
 * after an insertion that only rendered late would put the reply in twice. A working
 * editor shows it at once, and then nothing waits.
 */
const SETTLE_MS = 1_000;
const POLL_MS = 25;

/** What an editor holds: a textarea's value (its text nodes stay empty), else its text. */
export const editorText = (editor: HTMLElement) =>
  editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
    ? editor.value
    : (editor.textContent ?? '');
const textOf = editorText;

/** Caret after the last character: never over what the agent has typed already. */
function caretAtEnd(editor: HTMLElement): void {
  const doc = editor.ownerDocument;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(editor.value.length, editor.value.length);
    return;
  }
  const selection = doc.getSelection();
  if (!selection) return;
  // At the end of the last text node when there is one: rich editors map the caret back to
  // their model from text positions, and a caret on the root element confuses some.
  const walker = doc.createTreeWalker(editor, 4 /* SHOW_TEXT */);
  let last: Text | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
  const range = doc.createRange();
  if (last) range.setStart(last, last.length);
  else range.selectNodeContents(editor);
  range.collapse(last !== null); // start of an empty range at the text's end, else the end
  selection.removeAllRanges();
  selection.addRange(range);
}

function pasteInto(editor: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  editor.dispatchEvent(
    new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
  );
}

/**
 * What to insert so the reply does not run into text already in the box (the agent's own
 * words, a "@handle " the site put there): a space between them when there is none.
 */
export function separated(existing: string, text: string): string {
  return existing.trim() && !/\s$/.test(existing) && !/^\s/.test(text) ? ` ${text}` : text;
}

/**
 * Inserts `text` at the end of the editor, as the agent typing or pasting would. Returns
 * whether the editor's text changed; it never sends anything. The text goes in at most
 * once: pasting is the fallback only when the browser's insertion is unsupported, or the
 * editor still shows nothing new after SETTLE_MS.
 */
export async function insertText(
  editor: HTMLElement,
  text: string,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<boolean> {
  editor.focus();
  caretAtEnd(editor);
  const before = textOf(editor);
  const changed = () => textOf(editor) !== before;
  /** Whether the editor shows a change within SETTLE_MS (polled, so no wait when it does). */
  const settled = async () => {
    for (let waited = 0; !changed() && waited < SETTLE_MS; waited += POLL_MS) await sleep(POLL_MS);
    return changed();
  };
  const wanted = separated(before, text);
  let supported = true;
  try {
    editor.ownerDocument.execCommand('insertText', false, wanted);
  } catch {
    supported = false; // not in this DOM: paste instead
  }
  if (changed() || (supported && (await settled()))) return true;
  pasteInto(editor, wanted);
  return settled();
}
