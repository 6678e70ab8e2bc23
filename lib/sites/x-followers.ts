/**
 * Follower counts as X shows them (notes/site-dom.md, "Follower counts", cpft 2025): the
 * profile header and the hover card over an author each have a link to the followers
 * list, `/<handle>/verified_followers` or `/<handle>/followers`, whose text is the count
 * as shown ("48.2K Followers", "1,234 Followers"). Shown counts are rounded: good enough
 * for influence, which is kept with the time it was seen.
 */

// 2025 cpft handlePopup: the hover card's container in X's #layers portal.
const HOVER_CARD = '#layers [data-testid="HoverCard"]';
const FOLLOWERS_LINK = /^\/([A-Za-z0-9_]{1,15})\/(?:verified_)?followers$/;
const SHOWN_COUNT = /^([\d.,]+)\s*([KMB])?(?![\p{L}])/iu;
const SCALE: Record<string, number> = { K: 1e3, M: 1e6, B: 1e9 };

/** "48.2K" → 48200, "1,234" → 1234, "2.1M Followers" → 2100000; null when unreadable. */
export function parseShownCount(text: string): number | null {
  const match = SHOWN_COUNT.exec(text.trim());
  if (!match) return null;
  const scale = match[2] ? SCALE[match[2].toUpperCase()]! : 1;
  // Grouping commas only when unscaled ("1,234"); a scaled count has a decimal point.
  const digits = scale === 1 ? match[1]!.replace(/[.,]/g, '') : match[1]!.replace(',', '.');
  const value = Number(digits) * scale;
  return Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
}

/** The handle and follower count of the first followers link under root. */
export function followersIn(
  root: ParentNode,
  handle?: string,
): { handle: string; followers: number } | null {
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href$="followers"]')) {
    const owner = FOLLOWERS_LINK.exec(link.getAttribute('href') ?? '')?.[1];
    if (!owner || (handle && owner.toLowerCase() !== handle.toLowerCase())) continue;
    const followers = parseShownCount(link.textContent ?? '');
    if (followers !== null) return { handle: owner, followers };
  }
  return null;
}

/** The author of the hover card open now, with their follower count; null when none is. */
export function hoverCardAuthor(doc: Document): { handle: string; followers: number } | null {
  const card = doc.querySelector(HOVER_CARD);
  return card ? followersIn(card) : null;
}
