import Dexie, { type EntityTable, type Table } from 'dexie';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type {
  AnalyticsDay,
  AnalyticsMark,
  Article,
  Case,
  CasebookEvent,
  Counter,
  Customer,
  CustomerMerge,
  Expert,
  FollowUp,
  Post,
  SavedReply,
  Testimonial,
  TestimonialErasure,
  TopicCount,
} from './schema';
import type { Settings } from '../settings';
import type { SyncConflict, SyncMetaRow, SyncOutboxEntry, SyncShadow } from '../sync/local-types';
import type { RoutingState } from '../routing/cursor-store';

export const DATABASE_NAME = 'casebook';

/**
 * The Casebook database. It lives in the extension origin only: the background service
 * worker and top-level extension pages open it; content scripts and the sidebar iframe
 * never do (see DESIGN: a page's scripts could read a page-origin database, and an
 * extension iframe inside a third-party page is denied storage).
 */
export class CasebookDatabase extends Dexie {
  posts!: EntityTable<Post, 'id'>;
  cases!: EntityTable<Case, 'id'>;
  events!: EntityTable<CasebookEvent, 'id'>;
  counters!: EntityTable<Counter, 'key'>;
  topicCounts!: Table<TopicCount, [string, string]>;
  settings!: EntityTable<Settings, 'key'>;
  savedReplies!: EntityTable<SavedReply, 'id'>;
  experts!: EntityTable<Expert, 'id'>;
  articles!: EntityTable<Article, 'id'>;
  customers!: EntityTable<Customer, 'id'>;
  customerMerges!: EntityTable<CustomerMerge, 'id'>;
  followUps!: EntityTable<FollowUp, 'id'>;
  testimonials!: EntityTable<Testimonial, 'id'>;
  testimonialErasures!: EntityTable<TestimonialErasure, 'id'>;
  syncShadows!: Table<SyncShadow, [string, string]>;
  syncOutbox!: EntityTable<SyncOutboxEntry, 'pushId'>;
  syncConflicts!: EntityTable<SyncConflict, 'id'>;
  syncMeta!: EntityTable<SyncMetaRow, 'key'>;
  analyticsDays!: EntityTable<AnalyticsDay, 'day'>;
  analyticsMarks!: EntityTable<AnalyticsMark, 'key'>;
  routingState!: EntityTable<RoutingState, 'key'>;

  constructor(name = DATABASE_NAME, upToVersion = LATEST_VERSION) {
    super(name);
    for (const migration of MIGRATIONS) {
      if (migration.version > upToVersion) break;
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
    // An old tab must not block an upgrade: close our connection when a newer one asks.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }
}

let shared: CasebookDatabase | null = null;

/** The one database connection of this extension context. */
export function openDatabase(): CasebookDatabase {
  shared ??= new CasebookDatabase();
  return shared;
}
