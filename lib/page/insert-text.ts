/**
 * Typing into a site's own editor so that the site sees it. X's composer is a Draft.js
 * contenteditable: it keeps its own state and rebuilds the DOM from it, so text set
 * through innerText is ignored (and dropped on the next render). What it does hear, in
 * order of preference (notes/site-dom.md §1 and §9):
 * 1. execCommand('insertText'): the browser's own insertion, with beforeinput/input events;
 * 2. a paste event carrying text/plain, which Draft.js (like most rich editors) handles itself.
 */

/** Settle time for the editor's framework to re-render after an event. */
const SETTLE_MS = 50;

const textOf = (editor: HTMLElement) =>
  editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement
    ? editor.value
    : (editor.textContent ?? '');

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
 * Inserts `text` at the end of the editor, as the agent typing or pasting would. Returns
 * whether the editor's text changed; it never sends anything.
 */
export async function insertText(
  editor: HTMLElement,
  text: string,
  settle: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS)),
): Promise<boolean> {
  editor.focus();
  caretAtEnd(editor);
  const before = textOf(editor);
  try {
    editor.ownerDocument.execCommand('insertText', false, text);
  } catch {
    // Not supported here: paste instead.
  }
  await settle();
  if (textOf(editor) !== before) return true;
  pasteInto(editor, text);
  await settle();
  return textOf(editor) !== before;
}
