/**
 * The demo Instagram site (test/demo/instagram.com/) for the table-driven site tests and the
 * benchmark: its pages, and how an agent answers there (Instagram's comment box under the
 * post: a comment's own "Reply" first puts "@<username> " in it; Enter posts).
 */
import type { Page } from 'playwright-core';
import type { SiteDemo } from './types';

async function reply(page: Page, target: string, text: string): Promise<void> {
  const article = page.locator('main article', { hasText: target }).first();
  const comment = article.locator('.ig-comment', { hasText: target });
  if ((await comment.count()) > 0) {
    // The comment's own Reply (its row's, not a reply's under it).
    await comment
      .first()
      .locator('.c-meta')
      .getByRole('button', { name: 'Reply', exact: true })
      .click();
  } else {
    await article.getByRole('textbox', { name: 'Add a comment…' }).click();
  }
  const box = article.getByRole('textbox', { name: 'Add a comment…' });
  await box.press('End');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

export const demo: SiteDemo = {
  site: 'instagram',
  pages: [
    {
      // The feed: posts with a comment under one of them.
      url: 'https://www.instagram.com/',
      post: 'Day 3 without internet',
      postId: 'C9reel0002',
      comment: 'We’ll pass this on to Rahul',
      commentId: 'comment:17900000000000021',
      commentParentId: 'C9prai0004',
    },
    {
      // A post's page: the caption first, then comments and a reply from the brand.
      url: 'https://www.instagram.com/p/C9acme0001/',
      post: 'Our new Acme Router X2 is here',
      postId: 'C9acme0001',
      comment: 'Mine drops every 20 minutes since the last update',
      commentId: 'comment:17900000000000001',
      commentParentId: 'C9acme0001',
    },
  ],
  bench: { url: 'https://www.instagram.com/', postSelector: 'main article' },
  reply,
};
