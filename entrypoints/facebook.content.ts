import { defineContentScript } from '#imports';
import { runSite } from '@/lib/page/run-site';
import { facebookAdapter } from '@/lib/sites/facebook';

/** Facebook pages. Registered at run time for the sites turned on (lib/sites/hosts.ts). */
export default defineContentScript({
  registration: 'runtime',
  // Empty on purpose: the hosts are in lib/sites/hosts.ts (WXT would add them twice).
  matches: [],
  main: (ctx) => runSite(ctx, facebookAdapter),
});
