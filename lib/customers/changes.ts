import type { CustomerFields } from '../db/schema';
import { crmKey, emailKey, identityKey } from './keys';

/** One change of a customer as the events table records it: which field, from, to. */
export interface CustomerChange {
  field: keyof CustomerFields;
  from: string | null;
  to: string | null;
}

const EVENT_TEXT = 200;
const clip = (text: string) =>
  text.length > EVENT_TEXT ? `${text.slice(0, EVENT_TEXT - 1)}…` : text;

type ListField = 'identities' | 'emails' | 'crmLinks' | 'products' | 'notes';

/** How a list item is named in history, and what makes two items the same one. */
const ITEM_KEY: { [F in ListField]: (item: CustomerFields[F][number]) => string } = {
  identities: (item) => identityKey(item as CustomerFields['identities'][number]),
  emails: (item) => emailKey(item as string),
  crmLinks: (item) => crmKey(item as CustomerFields['crmLinks'][number]),
  products: (item) => (item as string).toLowerCase(),
  notes: (item) => (item as CustomerFields['notes'][number]).id,
};

const ITEM_LABEL: { [F in ListField]: (item: CustomerFields[F][number]) => string } = {
  identities: (item) => identityKey(item as CustomerFields['identities'][number]),
  emails: (item) => item as string,
  crmLinks: (item) => crmKey(item as CustomerFields['crmLinks'][number]),
  products: (item) => item as string,
  notes: (item) => (item as CustomerFields['notes'][number]).text,
};

const SCALARS = ['name', 'phone', 'company', 'owner', 'lifetimeValue', 'vip', 'segment'] as const;

const scalarText = (value: CustomerFields[(typeof SCALARS)[number]]): string | null => {
  if (value === null) return null;
  if (typeof value === 'object') return `${value.amount} ${value.currency}`;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return value === '' ? null : value;
};

/**
 * What changed between two versions of a customer's fields: scalars as from → to, list
 * items as added (from null) or removed (to null); an identity whose follower count
 * changed is not a change an agent made and is left out.
 */
export function customerChanges(before: CustomerFields, after: CustomerFields): CustomerChange[] {
  const changes: CustomerChange[] = [];
  for (const field of SCALARS) {
    const from = scalarText(before[field]);
    const to = scalarText(after[field]);
    if (from !== to) changes.push({ field, from: from && clip(from), to: to && clip(to) });
  }
  for (const field of Object.keys(ITEM_KEY) as ListField[]) {
    const keyOf = ITEM_KEY[field] as (item: unknown) => string;
    const labelOf = ITEM_LABEL[field] as (item: unknown) => string;
    const was = new Map((before[field] as unknown[]).map((item) => [keyOf(item), item]));
    const now = new Map((after[field] as unknown[]).map((item) => [keyOf(item), item]));
    for (const [key, item] of now) {
      if (!was.has(key)) changes.push({ field, from: null, to: clip(labelOf(item)) });
    }
    for (const [key, item] of was) {
      if (!now.has(key)) changes.push({ field, from: clip(labelOf(item)), to: null });
    }
  }
  return changes;
}
