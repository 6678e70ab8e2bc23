import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { grantedCrms } from '@/lib/crm/granted';
import type { CrmSystem } from '@/lib/db/constants';

/**
 * The CRMs the agent turned on (their hosts granted), for top-level extension pages such
 * as the dashboard; kept up to date when the agent turns one on or off. The sidebar gets
 * the same list in its view from the background.
 */
export function useCrmsOn(): CrmSystem[] {
  const [on, setOn] = useState<CrmSystem[]>([]);
  useEffect(() => {
    let live = true;
    const read = async () => {
      const granted = (await grantedCrms()).filter(([, on]) => on).map(([system]) => system);
      if (live) setOn(granted);
    };
    const changed = () => void read().catch(() => undefined);
    changed();
    browser.permissions.onAdded?.addListener(changed);
    browser.permissions.onRemoved?.addListener(changed);
    return () => {
      live = false;
      browser.permissions.onAdded?.removeListener(changed);
      browser.permissions.onRemoved?.removeListener(changed);
    };
  }, []);
  return on;
}
