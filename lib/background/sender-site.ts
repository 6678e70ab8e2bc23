import type { Sender } from '../messages/router';
import { adapterFor } from '../sites';
import type { SiteAdapter } from '../sites/types';

/** The supported site of the sender's page (its address as the browser reports it), or null. */
export function siteOfSender(sender: Sender): SiteAdapter | null {
  try {
    return sender.url ? adapterFor(new URL(sender.url)) : null;
  } catch {
    return null;
  }
}
