/**
 * The Reddit demos (test/demo/reddit.com for www.reddit.com, test/demo/old.reddit.com) for
 * the table-driven site tests and the benchmark. The pages show the same r/acme thread in
 * both generations: new Reddit's custom elements and old Reddit's .thing markup.
 */
import type { Locator, Page } from 'playwright-core';
import type { SiteDemo } from './types';

const NEW_POST_PAGE = 'https://www.reddit.com/r/acme/comments/1h7k2xq/order_4411_never_arrived/';
const OLD_POST_PAGE = 'https://old.reddit.com/r/acme/comments/1h7k2xq/order_4411_never_arrived/';
const THREAD_POST = 'has said "label created" for two weeks';
const THREAD_COMMENT = 'Is the warehouse in Reno having problems?';

/** Types into a box as an agent does: click into it, then the keyboard. */
async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  await page.keyboard.type(text);
}

/**
 * New Reddit: a comment's own Reply opens a box in its action row; the post's box is the
 * "Join the conversation" placeholder under it on its page (from a feed, the post's comment
 * button opens that page first). Comment/Reply sends.
 */
async function replyOnNewReddit(page: Page, target: string, text: string): Promise<void> {
  const ownText = page.locator(':scope > [slot="comment"]', { hasText: target });
  const comment = page.locator('shreddit-comment').filter({ has: ownText }).first();
  if ((await comment.count()) > 0) {
    const row = comment.locator(':scope > shreddit-comment-action-row');
    await row.locator('[noun="reply_comment"] button').click();
    const composer = row.locator('shreddit-composer');
    await typeInto(page, composer.locator('[role="textbox"]'), text);
    await composer.locator('button[slot="submit-button"]').click();
    return;
  }
  const post = page.locator('shreddit-post').filter({ hasText: target }).first();
  if ((await page.locator('comment-composer-host').count()) === 0) {
    await post.locator('.post-actions a').first().click(); // the comment count: opens the post
    await page.waitForSelector('comment-composer-host');
  }
  await page.locator('comment-composer-host faceplate-textarea-input').click();
  const composer = page.locator('comment-body-header shreddit-composer');
  await typeInto(page, composer.locator('[role="textbox"]'), text);
  await composer.locator('button[slot="submit-button"]').click();
}

/**
 * Old Reddit: a comment's "reply" puts a form into its .child; the link's form is open under
 * it on its comments page (from a listing, its "comments" link opens that page). "save" sends.
 */
async function replyOnOldReddit(page: Page, target: string, text: string): Promise<void> {
  const ownText = page.locator(':scope > .entry .usertext-body', { hasText: target });
  const comment = page.locator('.thing.comment').filter({ has: ownText }).first();
  if ((await comment.count()) > 0) {
    await comment.locator(':scope > .entry .reply-button a').click();
    const form = comment.locator(':scope > .child > form');
    await typeInto(page, form.locator('textarea'), text);
    await form.locator('button.save').click();
    return;
  }
  if ((await page.locator('.commentarea').count()) === 0) {
    const link = page.locator('.thing.link').filter({ hasText: target }).first();
    await Promise.all([page.waitForURL(/\/comments\//), link.locator('a.comments').click()]);
  }
  const form = page.locator('.commentarea > form');
  await typeInto(page, form.locator('textarea'), text);
  await form.locator('button.save').click();
}

export const demo: SiteDemo = {
  site: 'reddit',
  pages: [
    {
      url: 'https://www.reddit.com/r/acme/',
      post: 'forgets my login whenever I switch',
      postId: 't3_1h2a3b4',
    },
    {
      url: NEW_POST_PAGE,
      post: THREAD_POST,
      postId: 't3_1h7k2xq',
      comment: THREAD_COMMENT,
      commentId: 't1_m0abf78',
      commentParentId: 't3_1h7k2xq',
    },
    {
      url: 'https://old.reddit.com/r/acme/',
      post: 'Is the Acme outage map down too?',
      postId: 't3_1h2j1k2',
    },
    {
      url: OLD_POST_PAGE,
      post: THREAD_POST,
      postId: 't3_1h7k2xq',
      comment: THREAD_COMMENT,
      commentId: 't1_m0abf78',
      commentParentId: 't3_1h7k2xq',
    },
  ],
  bench: { url: 'https://www.reddit.com/r/acme/', postSelector: 'shreddit-post' },
  reply: (page, target, text) =>
    new URL(page.url()).hostname === 'old.reddit.com'
      ? replyOnOldReddit(page, target, text)
      : replyOnNewReddit(page, target, text),
};
