import type { ReactNode } from 'react';
import { safeHref } from './safe-href';

/**
 * A link out of the extension (a profile, a CRM record) when the stored address is a safe
 * one (see safeHref), else the same words as plain text: a bad address never becomes a
 * link, and nothing is lost from view.
 */
export function SafeLink({
  href,
  children,
}: {
  href: string | null | undefined;
  children: ReactNode;
}) {
  const safe = safeHref(href);
  return safe ? (
    <a href={safe} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ) : (
    <>{children}</>
  );
}
