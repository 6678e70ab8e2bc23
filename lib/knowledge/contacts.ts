/**
 * Contact links of experts. Only web, e-mail and phone links are ever made clickable: a
 * stored or synced record with a `javascript:` or `data:` URL must not become a link.
 * Zod-free, so the sidebar page can use it.
 */
const ALLOWED = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** The href to render for a contact URL, or null when it must stay plain text. */
export function safeContactHref(url: string): string | null {
  // URL() drops tabs and newlines inside a scheme ("java\tscript:"); the scheme it sees
  // is the one the browser would follow.
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (!ALLOWED.has(parsed.protocol)) return null;
  if ((parsed.protocol === 'mailto:' || parsed.protocol === 'tel:') && !parsed.pathname) {
    return null;
  }
  return parsed.href;
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const PHONE = /^\+?[\d\s().-]{5,30}$/;

/**
 * What an agent types into a contact field, as a link: "dana@acme.example" becomes a
 * mailto: link, "+49 30 1234 567" a tel: link, "acme.slack.com/…" an https link. Anything
 * else is returned as typed, for the schema to accept or refuse.
 */
export function contactUrlFrom(typed: string): string {
  const value = typed.trim();
  if (/^(https?:|mailto:|tel:)/i.test(value)) return value;
  if (EMAIL.test(value)) return `mailto:${value}`;
  if (PHONE.test(value) && /\d{5}/.test(value.replace(/\D/g, ''))) {
    return `tel:${value.replace(/[\s().-]/g, '')}`;
  }
  if (/^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value)) return `https://${value}`;
  return value;
}

/** A label for a contact link when the agent gave none: "Email", "Phone", or the host. */
export function contactLabelFor(url: string): string {
  const href = safeContactHref(url);
  if (!href) return 'Link';
  const parsed = new URL(href);
  if (parsed.protocol === 'mailto:') return 'Email';
  if (parsed.protocol === 'tel:') return 'Phone';
  return parsed.hostname.replace(/^www\./, '').slice(0, 60) || 'Link';
}
