import { defineContentScript } from '#imports';
import { runSite } from '@/lib/page/run-site';
import { xAdapter } from '@/lib/sites/x';

export default defineContentScript({
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*'],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, xAdapter),
});
