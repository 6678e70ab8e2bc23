import type { Actor } from '../cases/actor';
import { capturePost, type CaptureResult } from '../cases/capture';
import {
  selectionPost,
  SelectionError,
  type SelectionDraft,
  type TypedAuthor,
} from '../cases/selection-post';
import type { CasebookDatabase } from '../db/database';
import { POST_LIMITS, type Platform } from '../db/constants';
import { newId } from '../ids';

/** The browser's parts that selection capture uses (fakes in tests). */
export interface SelectionDeps {
  db: CasebookDatabase;
  /** Session storage: drafts live until the browser closes, across worker restarts. */
  session: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
    remove(key: string): Promise<void>;
  };
  /** What is selected in that frame of that tab now (null: the page cannot be read). */
  readSelection(tabId: number, frameId: number): Promise<string | null>;
  /** Opens the capture window for a draft. */
  openWindow(draftId: string): Promise<void>;
  platformOf(url: string): Platform;
  /** A hex digest of the text (SHA-256 in the browser). */
  digest(text: string): Promise<string>;
  now(): number;
}

/** Where the selection came from, as the browser reported the click or the tab. */
export interface SelectionSource {
  tabId: number;
  frameId: number;
  url: string;
  title: string;
  /** The context menu's copy of the selection, for when the page cannot be read. */
  selectionText?: string;
}

const draftKey = (id: string) => `selection:${id}`;

/**
 * Capture from any page: the agent selects text and chooses "Capture selection as case"
 * (or the sidebar's button). The selection, the page's address and title are kept as a
 * draft; a small window shows them, takes the author when the agent adds one, and
 * captures. The page itself is read once, at the click (activeTab), and never again.
 */
export class SelectionCapture {
  constructor(private readonly deps: SelectionDeps) {}

  async start(source: SelectionSource): Promise<string> {
    // The page's own selection keeps line breaks; the menu's copy is a fallback.
    const read = await this.deps.readSelection(source.tabId, source.frameId).catch(() => null);
    const text = (read?.trim() ? read : (source.selectionText ?? '')).slice(0, POST_LIMITS.text);
    if (!text.trim()) {
      throw new SelectionError('Select some text on the page first: nothing was selected.');
    }
    if (!/^https?:\/\//i.test(source.url)) {
      throw new SelectionError('Casebook captures from web pages (http or https) only.');
    }
    const draft: SelectionDraft = {
      text,
      url: source.url.slice(0, POST_LIMITS.url),
      title: source.title.slice(0, POST_LIMITS.title),
      platform: this.deps.platformOf(source.url),
      at: this.deps.now(),
    };
    const id = newId();
    await this.deps.session.set({ [draftKey(id)]: draft });
    await this.deps.openWindow(id);
    return id;
  }

  async draft(id: string): Promise<SelectionDraft> {
    const draft = (await this.deps.session.get(draftKey(id)))[draftKey(id)];
    if (!draft) {
      throw new SelectionError(
        'This selection is no longer here (the browser was restarted). Select the text again.',
      );
    }
    return draft as SelectionDraft;
  }

  async capture(
    id: string,
    text: string,
    author: TypedAuthor | null,
    actor: Actor,
  ): Promise<CaptureResult> {
    const draft = await this.draft(id);
    const digest = await this.deps.digest(`${draft.url}\n${text.trim()}`);
    const result = await capturePost(
      this.deps.db,
      selectionPost(draft, text, author, digest),
      actor,
    );
    // The selection is in the case now; session storage need not keep a copy of it.
    await this.deps.session.remove(draftKey(id)).catch(() => undefined);
    return result;
  }
}

/** SHA-256 of a text as hex, with the browser's own crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}
