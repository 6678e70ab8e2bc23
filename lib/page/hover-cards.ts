import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { contextTimers } from './context-timers';

/** A hover card is read once it has settled (its counts arrive after its frame). */
const SETTLE_MS = 400;
/** X mounts its #layers portal soon after load; until then, look again this often. */
const FIND_LAYERS_MS = 2_000;

/**
 * Reports the follower count of each author whose hover card the agent opens (X shows
 * one when the pointer rests on a name). Watches only the site's layer portal, where the
 * cards live, never the whole page; each author is reported once per count.
 */
export function watchHoverCards(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
  report: (seen: { handle: string; followers: number }) => void,
): void {
  const read = adapter.hoverCardAuthor;
  if (!read) return;
  const reported = new Map<string, number>();
  const timers = contextTimers(ctx);
  let timer = 0;
  const check = () => {
    timer = 0;
    const seen = read(document);
    if (!seen || reported.get(seen.handle.toLowerCase()) === seen.followers) return;
    reported.set(seen.handle.toLowerCase(), seen.followers);
    report(seen);
  };
  const observer = new MutationObserver(() => {
    if (!timer) timer = timers.setTimeout(check, SETTLE_MS);
  });
  ctx.onInvalidated(() => observer.disconnect());
  const attach = () => {
    const layers = document.getElementById('layers');
    if (!layers) return false;
    observer.observe(layers, { childList: true, subtree: true });
    return true;
  };
  if (!attach()) {
    const finder = ctx.setInterval(() => attach() && clearInterval(finder), FIND_LAYERS_MS);
  }
}
