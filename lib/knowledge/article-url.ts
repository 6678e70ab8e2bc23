/**
 * The one form an article's address is stored and matched in (the articles' `url`
 * index), so the same page is found however it was written: no #fragment, no trailing
 * slash, host in lower case and no default port (URL() does those). Saving by hand and
 * importing both store this form.
 */
export function articleUrlKey(url: string): string {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    return parsed.href;
  } catch {
    return url.trim();
  }
}

/** How titles compare when a row has no URL: case and surrounding spaces aside. */
export const articleTitleKey = (title: string) => title.trim().toLowerCase();
