/**
 * The demo YouTube site (test/demo/youtube.com) for the table-driven site tests and the
 * benchmark: two watch pages (the newer comment markup, and the older ytd-comment-renderer
 * one on a sponsored video), each with a text unique to its video and one unique to a
 * comment, and the comment boxes driven as an agent would.
 */
import type { Locator, Page } from 'playwright-core';
import type { SiteDemo } from './types';

const COMMENT = 'ytd-comment-view-model, ytd-comment-renderer';

/** The item whose own text holds `target`: a comment (never its thread), else the video. */
async function itemWith(page: Page, target: string): Promise<{ item: Locator; isVideo: boolean }> {
  const comment = page.locator(COMMENT, {
    has: page.locator('#content-text', { hasText: target }),
  });
  if ((await comment.count()) > 0) return { item: comment, isVideo: false };
  const video = page.locator('ytd-watch-metadata', { hasText: target });
  if ((await video.count()) > 0) return { item: video, isVideo: true };
  throw new Error(`No comment or video on ${page.url()} shows "${target}"`);
}

export const demo: SiteDemo = {
  site: 'youtube',
  pages: [
    {
      url: 'https://www.youtube.com/watch?v=acmeX2Rev01',
      post: 'three-pack in August',
      postId: 'video:acmeX2Rev01',
      comment: 'closed ticket #48213',
      commentId: 'comment:Ugw2MarkWifiDrops02AaABAg',
      commentParentId: 'video:acmeX2Rev01',
    },
    {
      url: 'https://www.youtube.com/watch?v=acmeSetup05',
      post: 'open the Acme Home app',
      postId: 'video:acmeSetup05',
      comment: 'the LED turns blue',
      commentId: 'comment:UgyOldSamRivera0000AaABAg',
      commentParentId: 'video:acmeSetup05',
    },
  ],
  bench: {
    url: 'https://www.youtube.com/watch?v=acmeX2Rev01',
    postSelector: 'ytd-comment-view-model',
  },
  /**
   * A comment: its own Reply button opens a dialog inside it. The video: the "Add a
   * comment…" placeholder expands into the box above the comments. Then type, and press the
   * box's own Reply / Comment button.
   */
  async reply(page, target, text) {
    const { item, isVideo } = await itemWith(page, target);
    let box: Locator;
    if (isVideo) {
      box = page.locator('ytd-comment-simplebox-renderer ytd-commentbox');
      // The placeholder is gone while the box is open already.
      if ((await box.count()) === 0) {
        await page.locator('ytd-comment-simplebox-renderer #placeholder-area').click();
      }
    } else {
      await item.locator('#reply-button-end').locator('button, tp-yt-paper-button').first().click();
      box = item.locator('ytd-comment-reply-dialog-renderer ytd-commentbox');
    }
    const editor = box.locator('#contenteditable-root');
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(text);
    await box.locator('#submit-button button').click();
    // YouTube closes the box once the comment is posted.
    await editor.waitFor({ state: 'detached' });
  },
};
