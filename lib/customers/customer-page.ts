import type { CasebookDatabase } from '../db/database';
import type { Customer, CustomerMerge } from '../db/schema';
import { buildCustomerView, type CustomerCase } from './customer-view';
import { influenceScore } from './influence';
import type { MergeSuggestion } from './merge-suggest';
import { mergesOf } from './merge-store';
import { sentimentTrend, type SentimentTrend } from './sentiment-trend';
import { suggestionsForCustomer } from './suggest-store';

/** What the dashboard's customer page shows. */
export type CustomerPage =
  | { kind: 'missing' }
  /** Merged into another customer: the page says so, links there, and offers the undo. */
  | { kind: 'merged'; customer: Customer; merges: CustomerMerge[] }
  | {
      kind: 'live';
      customer: Customer;
      influence: number | null;
      sentiment: SentimentTrend;
      openCases: CustomerCase[];
      pastCases: CustomerCase[];
      suggestions: MergeSuggestion[];
      merges: CustomerMerge[];
    };

/**
 * The customer page by id: the record itself (every note, not the panel's last ones),
 * their cases as the sidebar's panel finds them (by identity, bounded), merge
 * suggestions and the merges they took part in. Index reads with limits only.
 */
export async function buildCustomerPage(
  db: CasebookDatabase,
  customerId: string,
  now: number,
): Promise<CustomerPage> {
  const customer = await db.customers.get(customerId);
  if (!customer || customer.deleted) return { kind: 'missing' };
  const merges = await mergesOf(db, customerId);
  if (customer.mergedInto !== null) return { kind: 'merged', customer, merges };
  const [firstIdentity] = customer.identityKeys;
  // Cases belong to identities (their customerKey): without one there are none to read.
  const view = firstIdentity
    ? await buildCustomerView(db, { identityKey: firstIdentity }, now)
    : { openCases: [], pastCases: [] };
  return {
    kind: 'live',
    customer,
    influence: influenceScore(customer),
    sentiment: sentimentTrend(customer.sentiment.trend),
    openCases: view.openCases,
    pastCases: view.pastCases,
    suggestions: await suggestionsForCustomer(db, customerId),
    merges,
  };
}
