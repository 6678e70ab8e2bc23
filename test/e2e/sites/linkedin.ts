/**
 * The demo LinkedIn (test/demo/linkedin.com/): the new server-driven feed on /feed/ and the
 * classic markup on post pages, so both DOM generations are captured and replied to.
 */
import type { Page } from 'playwright-core';
import type { SiteDemo } from './types';

const FEED = 'https://www.linkedin.com/feed/';
const postPage = (activity: string) =>
  `https://www.linkedin.com/feed/update/urn:li:activity:${activity}/`;

/** Posts and comments of both generations (the adapter's items). */
const ITEMS = [
  '[data-testid="mainFeed"] [role="listitem"][componentkey^="expanded"]',
  '[componentkey^="replaceableComment_"]',
  'div.feed-shared-update-v2[data-urn]',
  'article.comments-comment-entity',
].join(', ');
const COMMENTS = '[componentkey^="replaceableComment_"], article.comments-comment-entity';

/**
 * As an agent does it: press the item's own Comment (a post) or Reply (a comment) button,
 * type into the box it opens (which takes the focus), press the box's send button.
 */
async function reply(page: Page, target: string, text: string): Promise<void> {
  // The innermost item holding the text: a comment comes after the post that holds it.
  const item = page.locator(ITEMS).filter({ hasText: target }).last();
  const isComment = await item.evaluate((el, selector) => el.matches(selector), COMMENTS);
  const opener = isComment
    ? item.locator('button[aria-label="Reply"], button[aria-label^="Reply to"]').first()
    : item.locator('button[aria-label="Comment"]').first();
  await opener.click();
  const editor = page.locator('[contenteditable="true"]:focus');
  await editor.waitFor();
  await page.keyboard.type(text);
  await page.locator('form', { has: editor }).locator('button[type="submit"]').click();
}

export const demo: SiteDemo = {
  site: 'linkedin',
  pages: [
    {
      // New feed: post ids are the opaque POSTIDs of the items' componentkey.
      url: FEED,
      post: 'Third outage this week',
      postId: 'Q2xvdWRTeW5jMTAx',
      comment: 'Could you send us a DM',
      commentId: 'comment:7391000000000000201',
      commentParentId: 'Q2xvdWRTeW5jMTAx',
    },
    {
      // Classic post page: post ids are activity ids.
      url: postPage('7391000000000000101'),
      post: 'Third outage this week',
      postId: '7391000000000000101',
      comment: 'turn off band steering',
      commentId: 'comment:7391000000000000203',
      commentParentId: '7391000000000000101',
    },
    {
      url: postPage('7391000000000000104'),
      post: 'Firmware 4.2 for Acme Home routers',
      postId: '7391000000000000104',
      comment: 'also fix the evening drops on the Home Mini',
      commentId: 'comment:7391000000000000211',
      commentParentId: '7391000000000000104',
    },
  ],
  bench: {
    url: FEED,
    postSelector: '[data-testid="mainFeed"] > [role="listitem"][componentkey^="expanded"]',
  },
  reply,
};
