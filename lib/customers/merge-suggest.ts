import { CRM_LABELS, PLATFORM_LABELS, type CrmSystem, type Platform } from '../db/constants';
import type { Customer } from '../db/schema';
import { foldText } from '../cases/search-terms';
import { crmKey, emailKey, nameKey } from './keys';

/**
 * What is known about someone who may be a customer already: a customer record, or a
 * CRM record being viewed (name, email… as the CRM page shows them).
 */
export interface CustomerProbe {
  /** The probe's own id when it is a stored customer (never suggested to itself). */
  id?: string;
  name: string;
  company?: string;
  emails?: readonly string[];
  identities?: readonly { platform: Platform; handle: string }[];
  crmLinks?: readonly { system: CrmSystem; recordId: string }[];
  /** Free text of CRM fields and notes, where a social handle may be named ("@dana_r"). */
  mentions?: readonly string[];
}

export interface MergeSuggestion {
  customerId: string;
  name: string;
  /** 0–1: the strongest reason's weight. */
  confidence: number;
  /** Why, strongest first, in the words an agent reads. */
  reasons: string[];
}

/** How much each kind of evidence says two records are one person. */
export const SUGGESTION_WEIGHTS = {
  sameCrmRecord: 1,
  sameEmail: 0.95,
  sameNameAndCompany: 0.8,
  handleNamed: 0.6,
  sameName: 0.4,
} as const;

const quote = (text: string) => `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
const companyKey = (company: string | undefined) =>
  foldText(company ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/** Handles named in free text: "@dana_r", "x.com/dana_r", "twitter.com/dana_r". */
export function handlesNamedIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const clipped = text.slice(0, 20_000);
    for (const match of clipped.matchAll(/(?:^|[^\w@.])@([A-Za-z0-9_.]{2,50})/g)) {
      found.add(match[1]!.replace(/\.+$/, '').toLowerCase());
    }
    for (const match of clipped.matchAll(
      /\b(?:x|twitter|instagram|facebook)\.com\/([A-Za-z0-9_.]{2,50})/gi,
    )) {
      found.add(match[1]!.replace(/\.+$/, '').toLowerCase());
    }
  }
  return [...found];
}

/** The local part of each email ("dana_r" of "Dana_R@example.com"), lower case. */
export const emailLocalParts = (emails: readonly string[]) =>
  [...new Set(emails.map((email) => emailKey(email).split('@')[0] ?? ''))].filter(Boolean);

/** Why `candidate` may be the same person as `probe`; null when nothing says so. */
export function suggestMerge(probe: CustomerProbe, candidate: Customer): MergeSuggestion | null {
  if (candidate.id === probe.id || candidate.deleted || candidate.mergedInto !== null) return null;
  const found: { weight: number; reason: string }[] = [];
  const add = (weight: number, reason: string) => found.push({ weight, reason });

  const theirCrm = new Set(candidate.crmLinks.map(crmKey));
  for (const link of probe.crmLinks ?? []) {
    if (theirCrm.has(crmKey(link))) {
      add(
        SUGGESTION_WEIGHTS.sameCrmRecord,
        `Same ${CRM_LABELS[link.system]} record ${link.recordId}`,
      );
    }
  }
  const theirEmails = new Set(candidate.emails.map(emailKey));
  for (const email of new Set((probe.emails ?? []).map(emailKey))) {
    if (theirEmails.has(email)) add(SUGGESTION_WEIGHTS.sameEmail, `Same email ${email}`);
  }
  const sameName = !!nameKey(probe.name) && nameKey(probe.name) === nameKey(candidate.name);
  const sameCompany =
    !!companyKey(probe.company) && companyKey(probe.company) === companyKey(candidate.company);
  if (sameName && sameCompany) {
    add(
      SUGGESTION_WEIGHTS.sameNameAndCompany,
      `Same name ${quote(candidate.name)} and company ${quote(candidate.company)}`,
    );
  } else if (sameName) {
    add(SUGGESTION_WEIGHTS.sameName, `Same name ${quote(candidate.name)} (nothing else matches)`);
  }
  handleEvidence(probe, candidate, add);

  if (!found.length) return null;
  found.sort((a, b) => b.weight - a.weight);
  return {
    customerId: candidate.id,
    name: candidate.name,
    confidence: found[0]!.weight,
    reasons: [...new Set(found.map((f) => f.reason))],
  };
}

/** A social handle of one side named by the other: an email's local part or a CRM field. */
function handleEvidence(
  probe: CustomerProbe,
  candidate: Customer,
  add: (weight: number, reason: string) => void,
) {
  const weight = SUGGESTION_WEIGHTS.handleNamed;
  const label = (platform: Platform, handle: string) =>
    `${PLATFORM_LABELS[platform]} handle @${handle}`;
  const probeLocals = new Set(emailLocalParts(probe.emails ?? []));
  const probeNamed = new Set(handlesNamedIn(probe.mentions ?? []));
  for (const identity of candidate.identities) {
    const handle = identity.handle.toLowerCase();
    if (probeLocals.has(handle))
      add(weight, `An email starts with the ${label(identity.platform, identity.handle)}`);
    if (probeNamed.has(handle))
      add(weight, `The ${label(identity.platform, identity.handle)} is named in a CRM field`);
  }
  const theirLocals = new Set(emailLocalParts(candidate.emails));
  const theirNamed = new Set(handlesNamedIn(candidate.notes.map((note) => note.text)));
  for (const identity of probe.identities ?? []) {
    const handle = identity.handle.toLowerCase();
    if (theirLocals.has(handle))
      add(weight, `Their email starts with the ${label(identity.platform, identity.handle)}`);
    if (theirNamed.has(handle))
      add(weight, `Their notes name the ${label(identity.platform, identity.handle)}`);
  }
}

/** Suggestions among candidates, most likely first (then by name), at most `limit`. */
export function suggestMerges(
  probe: CustomerProbe,
  candidates: readonly Customer[],
  limit = 10,
): MergeSuggestion[] {
  const seen = new Set<string>();
  const suggestions: MergeSuggestion[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const suggestion = suggestMerge(probe, candidate);
    if (suggestion) suggestions.push(suggestion);
  }
  return suggestions
    .sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** A stored customer as a probe (its notes are where a CRM import puts free text). */
export const probeOf = (customer: Customer): CustomerProbe => ({
  id: customer.id,
  name: customer.name,
  company: customer.company,
  emails: customer.emails,
  identities: customer.identities,
  crmLinks: customer.crmLinks,
  mentions: customer.notes.map((note) => note.text),
});
