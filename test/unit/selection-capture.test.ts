import { describe, expect, it } from 'vitest';
import { SelectionCapture, sha256Hex } from '@/lib/background/selection-capture';
import { freshDatabase } from '../support/factories';

const NOW = Date.UTC(2026, 10, 22, 15, 0);
const actor = { by: 'me', now: NOW };

function setup(pageSelection: string | null | Error) {
  const db = freshDatabase();
  const store = new Map<string, unknown>();
  const opened: string[] = [];
  const capture = new SelectionCapture({
    db,
    session: {
      get: async (key) => ({ [key]: store.get(key) }),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => store.set(k, v)),
      remove: async (key) => void store.delete(key),
    },
    readSelection: async () => {
      if (pageSelection instanceof Error) throw pageSelection;
      return pageSelection;
    },
    openWindow: async (id) => void opened.push(id),
    platformOf: (url) => (url.startsWith('https://www.reddit.com/') ? 'reddit' : 'web'),
    digest: sha256Hex,
    now: () => NOW,
  });
  const source = {
    tabId: 4,
    frameId: 0,
    url: 'https://forum.example.com/t/99',
    title: 'Late order',
    selectionText: 'menu copy of the text',
  };
  return { db, store, opened, capture, source };
}

describe('capture from any page', () => {
  it("keeps the page's own selection (line breaks and all) as a draft and opens the window", async () => {
    const { capture, opened, source } = setup('Order 12\nstill not here');
    const id = await capture.start(source);
    expect(opened).toEqual([id]);
    expect(await capture.draft(id)).toMatchObject({
      text: 'Order 12\nstill not here',
      url: source.url,
      title: 'Late order',
      platform: 'web',
    });
  });

  it("falls back to the menu's copy when the page cannot be read, and refuses nothing selected", async () => {
    const { capture, source } = setup(new Error('no access'));
    expect((await capture.draft(await capture.start(source))).text).toBe('menu copy of the text');
    const empty = setup('  ');
    await expect(empty.capture.start({ ...empty.source, selectionText: '' })).rejects.toThrow(
      /Select some text/,
    );
    expect(empty.opened).toEqual([]);
  });

  it('captures one case, forgets the draft, and the same words again find that case', async () => {
    const { capture, db, store, source } = setup('My parcel is lost');
    const first = await capture.capture(
      await capture.start(source),
      'My parcel is lost',
      null,
      actor,
    );
    expect(first.created).toBe(true);
    expect(store.size).toBe(0);
    const again = await capture.capture(
      await capture.start(source),
      ' My parcel is lost ',
      { name: 'Dana', handle: '@dana' },
      actor,
    );
    expect(again).toMatchObject({ created: false, caseId: first.caseId });
    expect(await db.cases.count()).toBe(1);
    await expect(capture.draft('gone')).rejects.toThrow(/no longer here/);
  });
});
