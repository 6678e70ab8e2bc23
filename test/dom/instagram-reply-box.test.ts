/**
 * Instagram's comment boxes as lib/page/reply-driver.ts and send-watcher.ts use them: which
 * box answers which item, the control that opens a box for an item, the send button.
 */
import { describe, expect, it } from 'vitest';
import { instagramAdapter as ig } from '../../lib/sites/instagram';
import { loadPage } from './fixtures';

const boxes = ig.replyBoxes!;
const byId = (doc: Document, id: string) => ig.findPosts(doc).find((el) => ig.postIdOf(el) === id)!;
const type = (editor: HTMLElement, value: string) =>
  ((editor as HTMLTextAreaElement).value = value);

describe('post-page.html (one box under the post and its comments)', () => {
  const { doc, url } = loadPage('instagram', 'post-page.html');
  const [box] = boxes.find(doc, url, null);
  const editor = box!.editor;

  it('finds the box; it answers the page post, and sends with "Post" or Enter', () => {
    expect(boxes.find(doc, url, null)).toEqual([{ editor, answers: 'this' }]);
    expect(boxes.find(doc, url, 'C9acme0001')).toEqual([{ editor, answers: 'this' }]);
    expect(boxes.find(doc, url, 'C9other999')).toEqual([{ editor, answers: 'other' }]);
    expect(editor.localName).toBe('textarea');
    expect(boxes.sendButton(editor)?.textContent).toBe('Post');
    expect(boxes.sendsOnEnter).toBe(true);
    expect(boxes.postPageId(url)).toBe('C9acme0001');
    expect(boxes.answeredPostId(editor, url)).toBe('C9acme0001');
  });

  it("opens a comment's reply with its own Reply button (not its likes), a post's with its comment icon", () => {
    const first = byId(doc, 'comment:17900000000000001');
    expect(boxes.opener(first)?.textContent).toBe('Reply');
    expect(first.contains(boxes.opener(first))).toBe(true);
    const post = byId(doc, 'C9acme0001');
    expect(boxes.opener(post)?.querySelector('svg')?.getAttribute('aria-label')).toBe('Comment');
  });

  it('answers a comment once its Reply put "@<commenter> " first, and says so', () => {
    const id = 'comment:17900000000000001';
    type(editor, '');
    // Empty: another item's box for now; the comment's Reply makes it this comment's.
    expect(boxes.find(doc, url, id)[0]?.answers).toBe('other');
    type(editor, '@dana.builds ');
    expect(boxes.find(doc, url, id)[0]?.answers).toBe('this');
    expect(boxes.answeredPostId(editor, url)).toBe(id);
    // While it replies to a comment it does not answer the post, nor another comment.
    expect(boxes.find(doc, url, 'C9acme0001')[0]?.answers).toBe('unknown');
    expect(boxes.find(doc, url, 'comment:17900000000000003')[0]?.answers).toBe('unknown');
    // The brand's own reply is a comment too: a mention of the brand answers it.
    type(editor, '@acme.support thanks');
    expect(boxes.answeredPostId(editor, url)).toBe('comment:17900000000000002');
    // A mention of someone who has not commented is an ordinary comment on the post.
    type(editor, '@nobody.here hi');
    expect(boxes.find(doc, url, 'C9acme0001')[0]?.answers).toBe('this');
    expect(boxes.answeredPostId(editor, url)).toBe('C9acme0001');
    type(editor, '');
  });
});

describe('feed.html (one box per post)', () => {
  const { doc, url } = loadPage('instagram', 'feed.html');

  it("says which post each box answers, and only the post's own box is this one", () => {
    const found = boxes.find(doc, url, 'C9reel0002');
    expect(found.map((box) => box.answers)).toEqual(['other', 'this', 'other']);
    expect(found.map((box) => boxes.answeredPostId(box.editor, url))).toEqual([
      'C9acme0001',
      'C9reel0002',
      'C9long0003',
    ]);
    // On the feed no box answers "the page's post".
    expect(boxes.find(doc, url, null).map((box) => box.answers)).toEqual([
      'other',
      'other',
      'other',
    ]);
    expect(boxes.postPageId(url)).toBeNull();
  });

  it('puts a box of a post opened over the feed (a dialog) first', () => {
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.append(doc.querySelector('article')!.cloneNode(true));
    doc.body.append(dialog);
    const found = boxes.find(doc, url, 'C9acme0001');
    expect(found).toHaveLength(4);
    expect(dialog.contains(found[0]!.editor)).toBe(true);
    expect(found[0]?.answers).toBe('this');
    dialog.remove();
  });
});

describe('localized-de.html (German labels)', () => {
  const { doc, url } = loadPage('instagram', 'localized-de.html');

  it('finds the box, its send button and the openers by structure', () => {
    const [box, ...rest] = boxes.find(doc, url, 'C9reelDe04');
    expect(rest).toHaveLength(0);
    expect(box?.editor.getAttribute('aria-label')).toBe('Kommentieren …');
    expect(box?.answers).toBe('this');
    expect(boxes.sendButton(box!.editor)?.textContent).toBe('Posten');
    // The first control of the row without a number: "Antworten", not "3 „Gefällt mir“-Angaben".
    expect(boxes.opener(byId(doc, 'comment:18000000000000011'))?.textContent).toBe('Antworten');
    expect(
      boxes.opener(byId(doc, 'C9reelDe04'))?.querySelector('svg')?.getAttribute('aria-label'),
    ).toBe('Kommentieren');
  });
});

describe('pages without a box', () => {
  it('finds none, and has nothing to send', () => {
    const { doc, url } = loadPage('instagram', 'profile.html');
    expect(boxes.find(doc, url, null)).toEqual([]);
    const loose = doc.createElement('textarea');
    expect(boxes.sendButton(loose)).toBeNull();
    expect(boxes.answeredPostId(loose, url)).toBeNull();
  });
});
