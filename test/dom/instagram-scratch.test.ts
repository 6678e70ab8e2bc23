import { it } from 'vitest';
import { instagramAdapter as ig } from '../../lib/sites/instagram';
import { loadPage } from './fixtures';
it('scratch', () => {
  for (const f of (process.env.FIX ?? 'feed.html').split(',')) {
    const { doc, url } = loadPage('instagram', f);
    const posts = ig.findPosts(doc);
    console.log(f, posts.length);
    for (const p of posts) {
      console.log(p.tagName, p.className, ig.postIdOf(p), JSON.stringify(ig.parsePost(p, url), null, 1));
      console.log('slot', ig.buttonSlot(p)?.outerHTML.slice(0, 120));
    }
  }
});
