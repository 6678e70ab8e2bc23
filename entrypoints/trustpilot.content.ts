import { defineContentScript } from '#imports';
import { runSite } from '@/lib/page/run-site';
import { trustpilotAdapter } from '@/lib/sites/trustpilot';

/** Trustpilot pages. Registered at run time for the sites turned on (lib/sites/hosts.ts). */
export default defineContentScript({
  registration: 'runtime',
  // Empty on purpose: the hosts are in lib/sites/hosts.ts (WXT would add them twice).
  matches: [],
  main: (ctx) => runSite(ctx, trustpilotAdapter),
});
