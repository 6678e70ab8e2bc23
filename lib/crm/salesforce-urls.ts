/**
 * Salesforce Lightning URLs and record ids: which hosts are Lightning, and the record a
 * path names. Facts from notes/site-dom.md §8 (tprouvot/Salesforce-Inspector-reloaded
 * popup.js getRecordId, 2026-08). Example URLs in test/dom/crm-salesforce.test.ts.
 */

/** Lightning hosts: *.lightning.force.com, the .mil cloud, and behind Defender (.mcas.ms). */
const HOST =
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.lightning\.(?:force\.com|force\.mil|force\.com\.mcas\.ms)$/i;

export const SALESFORCE_HOST_PATTERNS = [
  'https://*.lightning.force.com/*',
  'https://*.lightning.force.mil/*',
  'https://*.lightning.force.com.mcas.ms/*',
] as const;

export function isLightningHost(hostname: string): boolean {
  return HOST.test(hostname);
}

const ID_15_OR_18 = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;
const SUFFIX_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character, case-safe form of a record id. The 15-character id is case-sensitive;
 * Salesforce adds three characters, one per block of five, whose bits say which letters of
 * the block are upper case. One record has both forms in URLs (classic and one.app show
 * 15, Lightning 18), so ids are kept as 18 to compare. Null when not an id: an 18-character
 * value whose suffix is not its own checksum is not a Salesforce id.
 */
export function salesforceId18(id: string): string | null {
  if (!ID_15_OR_18.test(id)) return null;
  const base = id.slice(0, 15);
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const char = base[block * 5 + i] ?? '';
      if (char >= 'A' && char <= 'Z') bits |= 1 << i;
    }
    suffix += SUFFIX_CHARS[bits];
  }
  if (id.length === 18 && id.slice(15) !== suffix) return null;
  return base + suffix;
}

/**
 * Object types by key prefix (the first three characters of an id), used only where the
 * URL names no object (one.app#/sObject/<id>). Standard prefixes; notes §12 lists them as
 * not verified here, so an unknown prefix is just a 'Record'.
 */
const KEY_PREFIXES: Record<string, string> = {
  '001': 'Account',
  '003': 'Contact',
  '00Q': 'Lead',
  '500': 'Case',
};

export interface SalesforceRecordPath {
  objectType: string;
  recordId: string;
}

// §8: /lightning/r/<SObject>/<id>/view (also /edit, /related/...); 'o' pages are lists.
const LIGHTNING_RECORD =
  /^\/lightning\/r\/([A-Za-z][A-Za-z0-9_]{0,79})\/([a-zA-Z0-9]{15,18})(?:\/|$)/;
// §8: /one/one.app#/sObject/<id>(/view); the hash may be URL-encoded by redirects.
const ONE_APP_RECORD = /^#\/sObject\/([a-zA-Z0-9]{15,18})(?:[/?]|$)/;

/** The record a Lightning URL's path (or one.app hash) names, or null. */
export function salesforceRecordOf(url: URL): SalesforceRecordPath | null {
  const lightning = LIGHTNING_RECORD.exec(url.pathname);
  if (lightning?.[1] && lightning[2]) {
    const recordId = salesforceId18(lightning[2]);
    return recordId ? { objectType: lightning[1], recordId } : null;
  }
  if (url.pathname === '/one/one.app') {
    let hash = url.hash;
    try {
      hash = decodeURIComponent(hash);
    } catch {
      return null;
    }
    const id = ONE_APP_RECORD.exec(hash)?.[1];
    const recordId = id ? salesforceId18(id) : null;
    if (!recordId) return null;
    return { objectType: KEY_PREFIXES[recordId.slice(0, 3)] ?? 'Record', recordId };
  }
  return null;
}
