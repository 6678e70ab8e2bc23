// Names shared by small bundles (sidebar, content scripts), kept apart from the zod
// protocol so those bundles do not carry the schema library.

/** Messages the background sends to a tab's content script. */
export type TabCommand = { type: 'sidebar.toggle' } | { type: 'sidebar.close' };

/** Port name the sidebar connects on; the background pushes SidebarView over it. */
export const SIDEBAR_PORT = 'casebook-sidebar';

/** Port name content scripts send their requests on (see createRequestPort). */
export const REQUEST_PORT = 'casebook-requests';
