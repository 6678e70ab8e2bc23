import { safeContactHref } from '@/lib/knowledge/contacts';

/**
 * An expert's contact links. Only http(s), mailto: and tel: links are made clickable;
 * anything else (an old or synced record) shows as text, never as a link.
 */
export function ContactLinks({
  contacts,
  owner,
}: {
  contacts: readonly { label: string; url: string }[];
  owner: string;
}) {
  if (!contacts.length) return null;
  return (
    <ul className="contacts" aria-label={`How to reach ${owner}`}>
      {contacts.map((contact, index) => {
        const href = safeContactHref(contact.url);
        const web = href?.startsWith('http');
        return (
          <li key={index}>
            {href ? (
              <a
                href={href}
                title={href.replace(/^(mailto|tel):/, '')}
                {...(web ? { target: '_blank', rel: 'noreferrer noopener' } : {})}
              >
                {contact.label}
              </a>
            ) : (
              <span className="muted" title="Not an http(s), mailto: or tel: link">
                {contact.label}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
