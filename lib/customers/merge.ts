import {
  MERGE_FIELDS,
  type Customer,
  type CustomerFields,
  type CustomerMerge,
  type Identity,
  type MergeChoices,
  type MergeField,
} from '../db/schema';
import { MergeConflictError } from './errors';
import { crmKey, emailKey, identityKey } from './keys';
import { combineSentiment } from './sentiment-trend';

/** A field both customers have set, to different values: the agent picks one. */
export interface MergeConflict {
  field: MergeField;
  survivor: CustomerFields[MergeField];
  merged: CustomerFields[MergeField];
}

export interface MergePlan {
  conflicts: MergeConflict[];
}

/** What a merge or unmerge writes besides meta: the fields and the sentiment. */
export type MergedContent = CustomerFields & Pick<Customer, 'sentiment'>;

const isSet = (value: CustomerFields[MergeField]) =>
  value !== null && value !== '' && value !== undefined;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields two customers disagree on. Text, value and owner conflict when both are
 * set and differ; VIP conflicts whenever it differs (false is a statement too). Lists
 * (identities, emails, CRM links, products, notes) never conflict: they are unioned.
 */
export function planMerge(survivor: CustomerFields, merged: CustomerFields): MergePlan {
  const conflicts: MergeConflict[] = [];
  for (const field of MERGE_FIELDS) {
    const a = survivor[field];
    const b = merged[field];
    const both = field === 'vip' || (isSet(a) && isSet(b));
    if (both && !same(a, b)) conflicts.push({ field, survivor: a, merged: b });
  }
  return { conflicts };
}

/** Items of two lists, each once by its key, the survivor's first. */
function union<T>(a: readonly T[], b: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of [...a, ...b]) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}

/** The same identity seen on both sides: the newer follower count, any known profile link. */
function freshest(a: Identity, b: Identity | undefined): Identity {
  if (!b) return a;
  const followers =
    (b.followers?.seenAt ?? -1) > (a.followers?.seenAt ?? -1) ? b.followers : a.followers;
  return { ...a, profileUrl: a.profileUrl ?? b.profileUrl, followers };
}

const productKey = (product: string) => product.trim().toLowerCase();

/**
 * The survivor's content after the merge. Throws MergeConflictError naming every
 * conflicting field without a choice; a choice for a field that does not conflict is
 * ignored. Fields only one side has set are kept from that side.
 */
export function mergeContent(
  survivor: Customer,
  merged: Customer,
  choices: MergeChoices,
): MergedContent {
  const { conflicts } = planMerge(survivor, merged);
  const missing = conflicts.filter((c) => !choices[c.field]).map((c) => c.field);
  if (missing.length) throw new MergeConflictError(missing);
  const scalars: Partial<CustomerFields> = {};
  for (const field of MERGE_FIELDS) {
    const conflict = conflicts.find((c) => c.field === field);
    const value = conflict
      ? choices[field] === 'merged'
        ? merged[field]
        : survivor[field]
      : isSet(survivor[field])
        ? survivor[field]
        : merged[field];
    Object.assign(scalars, { [field]: value });
  }
  const theirs = new Map(merged.identities.map((i) => [identityKey(i), i]));
  return {
    ...(scalars as Pick<CustomerFields, MergeField>),
    identities: union(
      survivor.identities.map((i) => freshest(i, theirs.get(identityKey(i)))),
      merged.identities,
      identityKey,
    ),
    emails: union(survivor.emails, merged.emails, emailKey),
    crmLinks: union(survivor.crmLinks, merged.crmLinks, crmKey),
    products: union(survivor.products, merged.products, productKey),
    notes: union(survivor.notes, merged.notes, (note) => note.id).sort((a, b) => a.at - b.at),
    sentiment: combineSentiment(survivor.sentiment, merged.sentiment),
  };
}

type ListField = 'identities' | 'emails' | 'crmLinks' | 'products' | 'notes';
const LIST_KEYS: { [F in ListField]: (item: CustomerFields[F][number]) => string } = {
  identities: identityKey,
  emails: emailKey,
  crmLinks: crmKey,
  products: productKey,
  notes: (note) => note.id,
};

/**
 * The unmerge rule. The merged customer comes back exactly as it was before the merge.
 * The survivor comes back as it was before the merge, plus what was done to it since
 * (told apart by comparing the survivor now with the survivor right after the merge):
 * - a field changed since keeps its new value; one left alone goes back to its old one;
 * - list items added since stay with the survivor; items removed since stay removed;
 *   items that came from the merged side go back to it;
 * - sentiment of posts captured since stays with the survivor.
 * Follower counts seen since the merge are facts, not edits: both sides keep the
 * newest count of each of their identities.
 */
export function splitMerge(
  merge: Pick<CustomerMerge, 'survivorBefore' | 'mergedBefore' | 'survivorAfter'>,
  survivorNow: Customer,
): { survivor: MergedContent; merged: MergedContent } {
  const { survivorBefore: before, mergedBefore, survivorAfter: after } = merge;
  const survivor = { ...contentOf(before) } as Record<string, unknown>;
  for (const field of MERGE_FIELDS) {
    if (!same(survivorNow[field], after[field])) survivor[field] = survivorNow[field];
  }
  for (const field of Object.keys(LIST_KEYS) as ListField[]) {
    const keyOf = LIST_KEYS[field] as (item: unknown) => string;
    const afterKeys = new Set((after[field] as unknown[]).map(keyOf));
    const nowKeys = new Set((survivorNow[field] as unknown[]).map(keyOf));
    const kept = (before[field] as unknown[]).filter(
      (item) => !afterKeys.has(keyOf(item)) || nowKeys.has(keyOf(item)),
    );
    const added = (survivorNow[field] as unknown[]).filter((item) => !afterKeys.has(keyOf(item)));
    survivor[field] = [...kept, ...added];
  }
  const seenNow = new Map(survivorNow.identities.map((i) => [identityKey(i), i]));
  const refresh = (identities: Identity[]) =>
    identities.map((identity) => {
      const now = seenNow.get(identityKey(identity));
      const newer = (now?.followers?.seenAt ?? -1) > (identity.followers?.seenAt ?? -1);
      return newer ? { ...identity, followers: now!.followers } : identity;
    });
  survivor.identities = refresh(survivor.identities as Identity[]);

  const afterPoints = new Set(after.sentiment.trend.map((p) => `${p.at}:${p.score}`));
  const since = survivorNow.sentiment.trend.filter((p) => !afterPoints.has(`${p.at}:${p.score}`));
  const postsSince = Math.max(0, survivorNow.sentiment.posts - after.sentiment.posts);
  const withSince = combineSentiment(before.sentiment, {
    score: 0,
    posts: postsSince,
    trend: since,
  });
  survivor.sentiment = postsSince || since.length ? withSince : before.sentiment;

  const merged = contentOf(mergedBefore);
  return {
    survivor: survivor as MergedContent,
    merged: { ...merged, identities: refresh(merged.identities) },
  };
}

/** The content of a customer: everything but meta, merge pointer and derived keys. */
export function contentOf(customer: Customer): MergedContent {
  return {
    name: customer.name,
    identities: customer.identities,
    emails: customer.emails,
    phone: customer.phone,
    company: customer.company,
    owner: customer.owner,
    crmLinks: customer.crmLinks,
    lifetimeValue: customer.lifetimeValue,
    vip: customer.vip,
    products: customer.products,
    segment: customer.segment,
    notes: customer.notes,
    sentiment: customer.sentiment,
  };
}
