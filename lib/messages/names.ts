// Names shared by small bundles (sidebar, content scripts), kept apart from the zod
// protocol so those bundles do not carry the schema library.

/** Messages the background sends to a tab's content script. */
export type TabCommand =
  | { type: 'sidebar.toggle' }
  | { type: 'sidebar.close' }
  /** The agent turned this site off: take Casebook out of the page (buttons, sidebar). */
  | { type: 'site.off' }
  /**
   * Put a reply into the page's own reply box for the post `postId` (the open post's
   * box when null), for the agent to review and send with the site's own button.
   * `caseId` lets the content script report the reply when the agent sends it.
   */
  | { type: 'reply.insert'; text: string; postId: string | null; caseId: string }
  /** The sidebar's listening list: capture this post as its buttons in the page would. */
  | { type: 'post.capture'; postId: string; as: 'case' | 'testimonial' }
  /** The team's watch list changed: badge the page's posts anew (issue 11). */
  | { type: 'listening.changed' };

/**
 * The sidebar's page. In Chromium it is web-accessible only at its per-session dynamic
 * address (use_dynamic_url), which runtime.getURL(SIDEBAR_PAGE) returns.
 */
export const SIDEBAR_PAGE = '/sidebar.html';

/** Port name the sidebar connects on; the background pushes SidebarView over it. */
export const SIDEBAR_PORT = 'casebook-sidebar';

/** Port name content scripts send their requests on (see createRequestPort). */
export const REQUEST_PORT = 'casebook-requests';

/** A content script's answer to `reply.insert`: done, or why not in plain words. */
export type ReplyInsertAnswer = { ok: true } | { ok: false; message: string };
