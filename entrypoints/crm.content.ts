import { defineContentScript } from '#imports';
import { crmAdapterFor } from '@/lib/crm';
import { runCrm } from '@/lib/page/run-crm';

/**
 * CRM record pages. Registered at run time (lib/background/crm-scripts.ts), only on the
 * hosts of the CRMs the agent turned on: no CRM host is asked for at install.
 */
export default defineContentScript({
  registration: 'runtime',
  // Empty on purpose: WXT would otherwise add the hosts to the required permissions.
  matches: [],
  main: (ctx) => {
    const adapter = crmAdapterFor(new URL(location.href));
    if (adapter) runCrm(ctx, adapter);
  },
});
