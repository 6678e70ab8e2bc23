import { describe, expect, it } from 'vitest';
import {
  captureButtonIn,
  closeSidebar,
  post,
  SCREENSHOTS,
  sidebarOf,
  useExtension,
} from './fixture';

const JORDAN_POST = 'my order #4411 never arrived';

describe('follower counts where X shows them (production build, real Chromium)', () => {
  const ext = useExtension();

  it("a hover card's count reaches the customer, and the sidebar shows it with when it was seen", async () => {
    const page = await ext.open('https://x.com/home');
    const capture = captureButtonIn(page, JORDAN_POST);
    await capture.click();
    await expect.poll(() => capture.textContent()).toMatch(/^\u2713 C-/);
    const sidebar = await sidebarOf(page);

    // X renders an author's hover card into its #layers portal (notes/site-dom.md,
    // "Follower counts"); the demo site has no hovering, so the card is put there as X
    // would, and the content script must notice it on its own.
    await page.evaluate(() => {
      const card = document.createElement('div');
      card.setAttribute('data-testid', 'HoverCard');
      card.innerHTML =
        '<a href="/jordan_lee/following"><span>380</span> Following</a> ' +
        '<a href="/jordan_lee/verified_followers"><span>12.4K</span> Followers</a>';
      document.getElementById('layers')!.append(card);
    });
    await post(page, JORDAN_POST).hover();
    const identities = sidebar.getByRole('list', { name: 'Identities' });
    await expect
      .poll(() => identities.textContent())
      .toMatch(/X @jordan_lee · 12\.4k followers, seen/);
    await page.screenshot({ path: `${SCREENSHOTS}/e2e-followers-sidebar.png` });
    // Nothing of the customer was written into X's page.
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('12.4k followers');
    await closeSidebar(page, sidebar);
    await page.close();
  });
});
