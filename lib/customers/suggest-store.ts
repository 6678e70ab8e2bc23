import type { CasebookDatabase } from '../db/database';
import { PLATFORMS, type Customer } from '../db/schema';
import { crmKey, emailKey, nameKey } from './keys';
import { liveCustomer } from './customer-store';
import {
  emailLocalParts,
  handlesNamedIn,
  probeOf,
  suggestMerges,
  type CustomerProbe,
  type MergeSuggestion,
} from './merge-suggest';

/** Records read per kind of evidence: a common name must not read the whole table. */
const PER_KEY = 50;

/**
 * The customers that may be the probe's person, found by index reads only: the same
 * CRM record or email, the same name, an identity whose handle is an email's local part
 * or is named in the probe's CRM fields, an email starting with one of its handles.
 * Scored by suggestMerges; merged-away customers carry no keys and are never found.
 */
export async function findMergeCandidates(
  db: CasebookDatabase,
  probe: CustomerProbe,
): Promise<Customer[]> {
  const reads: Promise<Customer[]>[] = [];
  const crm = (probe.crmLinks ?? []).map(crmKey);
  const emails = (probe.emails ?? []).map(emailKey);
  const name = nameKey(probe.name);
  const handles = [
    ...emailLocalParts(probe.emails ?? []),
    ...handlesNamedIn(probe.mentions ?? []),
  ].slice(0, 20);
  if (crm.length) reads.push(db.customers.where('crmKeys').anyOf(crm).limit(PER_KEY).toArray());
  if (emails.length) {
    reads.push(db.customers.where('emailKeys').anyOf(emails).limit(PER_KEY).toArray());
  }
  if (name) reads.push(db.customers.where('nameKey').equals(name).limit(PER_KEY).toArray());
  if (handles.length) {
    const keys = handles.flatMap((handle) => PLATFORMS.map((platform) => `${platform}:${handle}`));
    reads.push(db.customers.where('identityKeys').anyOf(keys).limit(PER_KEY).toArray());
  }
  for (const identity of (probe.identities ?? []).slice(0, 20)) {
    const prefix = `${identity.handle.toLowerCase()}@`;
    reads.push(db.customers.where('emailKeys').startsWith(prefix).limit(PER_KEY).toArray());
  }
  return (await Promise.all(reads)).flat();
}

/** Merge suggestions for an unknown record (a CRM page's) or a probe. */
export async function suggestionsForProbe(
  db: CasebookDatabase,
  probe: CustomerProbe,
  limit = 10,
): Promise<MergeSuggestion[]> {
  return suggestMerges(probe, await findMergeCandidates(db, probe), limit);
}

/** Merge suggestions for a stored customer. */
export async function suggestionsForCustomer(
  db: CasebookDatabase,
  customerId: string,
  limit = 10,
): Promise<MergeSuggestion[]> {
  const customer = await liveCustomer(db, customerId);
  return suggestionsForProbe(db, probeOf(customer), limit);
}
