import { slaSummary, type SlaSummary } from '../cases/case-sla';
import { slaRulesOf } from '../cases/derive';
import type { CasebookDatabase } from '../db/database';
import {
  isOpenStatus,
  type Case,
  type CrmSystem,
  type Customer,
  type FollowUp,
  type Testimonial,
} from '../db/schema';
import { openFollowUpsForCustomer } from '../followups/queries';
import { testimonialsOfCustomer } from '../testimonials/queries';
import { readSettings } from '../settings';
import { customerByIdentity } from './capture-store';
import { influenceScore } from './influence';
import { crmKey } from './keys';
import type { MergeSuggestion } from './merge-suggest';
import { sentimentTrend, type SentimentTrend } from './sentiment-trend';
import { suggestionsForProbe } from './suggest-store';

/** Who the panel is for: the author of the post in view, or the CRM record in view. */
export type CustomerViewQuery =
  | { identityKey: string }
  | {
      crm: { system: CrmSystem; recordId: string };
      /** What the CRM page shows, to suggest matches when the record is not linked yet. */
      record?: { name?: string; emails?: string[]; company?: string };
    };

export type CustomerCase = Pick<
  Case,
  | 'id'
  | 'ref'
  | 'status'
  | 'title'
  | 'priority'
  | 'priorityReasons'
  | 'permalink'
  | 'channel'
  | 'createdAt'
  | 'updatedAt'
> & { sla: SlaSummary | null };

export interface CustomerView {
  customer: Pick<
    Customer,
    | 'id'
    | 'name'
    | 'emails'
    | 'phone'
    | 'company'
    | 'owner'
    | 'identities'
    | 'crmLinks'
    | 'lifetimeValue'
    | 'vip'
    | 'products'
    | 'segment'
    | 'notes'
  > | null;
  /** 0–100 (see influenceScore); null when no follower count was seen. */
  influence: number | null;
  sentiment: SentimentTrend | null;
  /** Open cases, the one falling due first at the top. */
  openCases: CustomerCase[];
  /** Finished cases, newest first, at most PAST_CASES. */
  pastCases: CustomerCase[];
  /** For an unknown CRM record: customers it may be, most likely first. */
  suggestions: MergeSuggestion[];
  /** Open promises made to them (follow-ups), the one due first at the top. */
  promises: FollowUp[];
  /** Their testimonials (any identity), newest saved first, at most CUSTOMER_TESTIMONIALS. */
  testimonials: CustomerTestimonial[];
}

/** A testimonial as the customer panel shows it: the quote, where it is, and its states. */
export type CustomerTestimonial = Pick<
  Testimonial,
  'id' | 'quote' | 'platform' | 'permalink' | 'postedAt' | 'savedAt' | 'state' | 'favourite'
> & { consent: Testimonial['consent']['state'] };

export const PAST_CASES = 20;
/** Cases read per identity (newest first): bounds the panel's reads for prolific posters. */
const CASES_PER_IDENTITY = 200;
const NOTES_SHOWN = 50;

const EMPTY: CustomerView = {
  customer: null,
  influence: null,
  sentiment: null,
  openCases: [],
  pastCases: [],
  suggestions: [],
  promises: [],
  testimonials: [],
};

/**
 * What the customer panel shows, from index reads with limits only: the customer by an
 * identity key or a CRM record, their cases by the cases' `customerKey` index (one
 * bounded range per identity, newest first: ids are time-ordered), SLA state as the
 * queue shows it. An unknown CRM record with a name or email gets merge suggestions.
 */
export async function buildCustomerView(
  db: CasebookDatabase,
  query: CustomerViewQuery,
  now: number,
): Promise<CustomerView> {
  const customer =
    'identityKey' in query
      ? await customerByIdentity(db, query.identityKey.toLowerCase())
      : await db.customers.where('crmKeys').equals(crmKey(query.crm)).first();
  if (!customer) {
    if ('crm' in query && (query.record?.name || query.record?.emails?.length)) {
      const suggestions = await suggestionsForProbe(db, {
        name: query.record.name ?? '',
        emails: query.record.emails ?? [],
        company: query.record.company ?? '',
        crmLinks: [query.crm],
      });
      return { ...EMPTY, suggestions };
    }
    return EMPTY;
  }
  const rules = slaRulesOf(await readSettings(db));
  const lists = await Promise.all(
    customer.identityKeys.map((key) =>
      db.cases.where('customerKey').equals(key).reverse().limit(CASES_PER_IDENTITY).toArray(),
    ),
  );
  const cases = [...new Map(lists.flat().map((c) => [c.id, c])).values()].filter((c) => !c.deleted);
  const line = (record: Case): CustomerCase => ({
    id: record.id,
    ref: record.ref,
    status: record.status,
    title: record.title,
    priority: record.priority,
    priorityReasons: record.priorityReasons,
    permalink: record.permalink,
    channel: record.channel,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    sla: slaSummary(record, now, rules),
  });
  const open = cases
    .filter((c) => isOpenStatus(c.status))
    .sort(
      (a, b) => (a.slaDueAt ?? Infinity) - (b.slaDueAt ?? Infinity) || b.createdAt - a.createdAt,
    );
  const past = cases
    .filter((c) => !isOpenStatus(c.status))
    .sort((a, b) => b.updatedAt - a.updatedAt)
    .slice(0, PAST_CASES);
  return {
    ...EMPTY,
    customer: {
      id: customer.id,
      name: customer.name,
      emails: customer.emails,
      phone: customer.phone,
      company: customer.company,
      owner: customer.owner,
      identities: customer.identities,
      crmLinks: customer.crmLinks,
      lifetimeValue: customer.lifetimeValue,
      vip: customer.vip,
      products: customer.products,
      segment: customer.segment,
      notes: customer.notes.slice(-NOTES_SHOWN),
    },
    influence: influenceScore(customer),
    sentiment: sentimentTrend(customer.sentiment.trend),
    openCases: open.map(line),
    pastCases: past.map(line),
    promises: await openFollowUpsForCustomer(db, { customerId: customer.id }),
    testimonials: (await testimonialsOfCustomer(db, customer.identityKeys)).map(
      (t): CustomerTestimonial => ({
        id: t.id,
        quote: t.quote,
        platform: t.platform,
        permalink: t.permalink,
        postedAt: t.postedAt,
        savedAt: t.savedAt,
        state: t.state,
        favourite: t.favourite,
        consent: t.consent.state,
      }),
    ),
  };
}
