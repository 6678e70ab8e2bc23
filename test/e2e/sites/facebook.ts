/**
 * The Facebook demo (test/demo/facebook.com, served as www.facebook.com) for the
 * table-driven site tests and the benchmark: the home feed, a page post's own page and a
 * group post's own page, each with a comment thread and Facebook's Lexical comment boxes.
 */
import type { Locator, Page } from 'playwright-core';
import type { SiteDemo } from './types';

const ACME_POST = 'pfbid02AcmeSpring7kLq9XvTnRz4Hc8Wm1YpDsE6uBf';
const GROUP_POST = '4455667788990011';

/** A comment or reply whose own text holds `target` (never the post article around it). */
function commentWith(page: Page, target: string): Locator {
  return page
    .locator('[role="article"]')
    .filter({ has: page.locator('div[dir="auto"]', { hasText: target }) })
    .filter({ hasNot: page.locator('[role="article"]') })
    .first();
}

/** The story (a feed unit, or a post's article on its page) whose text holds `target`. */
function storyWith(page: Page, target: string): Locator {
  return page
    .locator('[data-ad-rendering-role="story_message"]', { hasText: target })
    .first()
    .locator('xpath=ancestor::div[@aria-posinset or @role="article"][1]');
}

/**
 * Answers as an agent does on Facebook: a comment's "Reply" (or the story's "Comment")
 * opens and focuses the box, the keyboard types, and Enter posts; then waits for the
 * answer to show in the thread.
 */
async function reply(page: Page, target: string, text: string): Promise<void> {
  const comment = commentWith(page, target);
  if ((await comment.count()) > 0) {
    await comment.getByRole('button', { name: 'Reply', exact: true }).click();
  } else {
    await storyWith(page, target).locator('[data-ad-rendering-role="comment_button"]').click();
  }
  await page.locator('[data-lexical-editor="true"]:focus').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (sent) =>
      Array.from(document.querySelectorAll('[role="article"] div[dir="auto"]')).some(
        (el) => el.textContent?.trim() === sent,
      ),
    text,
  );
}

export const demo: SiteDemo = {
  site: 'facebook',
  pages: [
    {
      url: 'https://www.facebook.com/',
      post: 'Does the Acme Cam 2 work with the old Hub',
      postId: '1200000000000004',
      comment: 'keeps dropping Wi-Fi every hour',
      commentId: 'comment:551234567890123',
      commentParentId: ACME_POST,
    },
    {
      url: `https://www.facebook.com/acme/posts/${ACME_POST}`,
      post: 'Our spring firmware update for the Acme Hub',
      postId: ACME_POST,
      comment: 'Love the new night mode in the app',
      commentId: 'comment:551234567890555',
      commentParentId: ACME_POST,
    },
    {
      url: `https://www.facebook.com/groups/acmeowners/posts/${GROUP_POST}/`,
      post: 'Since the update on Tuesday my Acme Hub',
      postId: GROUP_POST,
      comment: 'Forcing the 2.4 GHz band on the router',
      commentId: 'comment:1234567890200001',
      commentParentId: GROUP_POST,
    },
  ],
  bench: { url: 'https://www.facebook.com/', postSelector: 'div[aria-posinset]' },
  reply,
};
