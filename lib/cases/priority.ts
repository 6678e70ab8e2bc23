import { z } from '../zod';
import { sentimentOf } from './sentiment';

import { PRIORITIES, type Priority } from '../db/constants';

export { PRIORITIES, type Priority };

/** Weights and thresholds a team lead can tune (settings); the defaults below are a start. */
export const PrioritySettingsSchema = z.object({
  /** Points by follower count, highest tier first that applies. */
  followerTiers: z
    .array(z.object({ min: z.number().int().nonnegative(), points: z.number() }))
    .max(10),
  negativePoints: z.number(),
  severityWords: z
    .array(z.object({ word: z.string().trim().min(2).max(40), points: z.number() }))
    .max(200),
  hotTopicPoints: z.number(),
  vipPoints: z.number(),
  /**
   * v5: points by the customer's lifetime value, highest tier first that applies. Amounts
   * are compared as they are, whatever the currency (no exchange rates offline): set the
   * tiers in the desk's main currency. Settings saved before v5 get the defaults.
   */
  lifetimeValueTiers: z
    .array(z.object({ min: z.number().nonnegative(), points: z.number() }))
    .max(10)
    .default(() => DEFAULT_LIFETIME_VALUE_TIERS.map((tier) => ({ ...tier }))),
  /** Lowest score for each priority; below P3's is P4. */
  thresholds: z.object({ P1: z.number(), P2: z.number(), P3: z.number() }),
  /** Priorities whose SLA targets are shortened, and by how much (0.5: half the time). */
  shortenSla: z.object({ upTo: z.enum(PRIORITIES).nullable(), share: z.number().gt(0).max(1) }),
});
export type PrioritySettings = z.infer<typeof PrioritySettingsSchema>;

const DEFAULT_LIFETIME_VALUE_TIERS = [
  { min: 10_000, points: 3 },
  { min: 1_000, points: 1 },
];

export const DEFAULT_PRIORITY_SETTINGS: PrioritySettings = {
  followerTiers: [
    { min: 100_000, points: 4 },
    { min: 10_000, points: 3 },
    { min: 1_000, points: 1 },
  ],
  negativePoints: 2,
  severityWords: ['outage', 'refund', 'cancel', 'legal', 'lawyer', 'safety', 'fraud', 'hacked'].map(
    (word) => ({ word, points: 2 }),
  ),
  hotTopicPoints: 1,
  vipPoints: 3,
  lifetimeValueTiers: DEFAULT_LIFETIME_VALUE_TIERS,
  thresholds: { P1: 6, P2: 4, P3: 2 },
  shortenSla: { upTo: 'P1', share: 0.5 },
};

export interface PrioritySignals {
  text: string;
  followers: number | null;
  vip: boolean;
  /** The hot topic of the day the post belongs to, if any. */
  hotTopic: string | null;
  /** The post's language as the site labels it ("en", "de"); null when unknown. */
  language?: string | null;
  /** The customer's lifetime value, when known (v5). */
  lifetimeValue?: { amount: number; currency: string } | null;
}

export interface PriorityResult {
  priority: Priority;
  score: number;
  /** Why, in the words an agent reads: "54k followers", "negative", "mentions 'refund'". */
  reasons: string[];
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** "$12.5K", "€1.2K"; the code itself when Intl does not know the currency. */
function formatMoney({ amount, currency }: { amount: number; currency: string }) {
  try {
    return new Intl.NumberFormat('en', {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(amount);
  } catch {
    return `${compact.format(amount)} ${currency.slice(0, 3)}`;
  }
}

/** The priority of a case from who wrote it, how, about what, and what is hot today. */
export function scorePriority(
  signals: PrioritySignals,
  settings: PrioritySettings = DEFAULT_PRIORITY_SETTINGS,
): PriorityResult {
  let score = 0;
  const reasons: string[] = [];
  const add = (points: number, reason: string) => {
    if (points === 0) return;
    score += points;
    reasons.push(reason);
  };

  if (signals.followers !== null) {
    const tier = [...settings.followerTiers]
      .sort((a, b) => b.min - a.min)
      .find((t) => signals.followers! >= t.min);
    if (tier) add(tier.points, `${compact.format(signals.followers).toLowerCase()} followers`);
  }
  if (signals.vip) add(settings.vipPoints, 'VIP');
  const value = signals.lifetimeValue;
  if (value) {
    const tier = [...(settings.lifetimeValueTiers ?? DEFAULT_LIFETIME_VALUE_TIERS)]
      .sort((a, b) => b.min - a.min)
      .find((t) => value.amount >= t.min);
    if (tier) add(tier.points, `lifetime value ${formatMoney(value)}`);
  }
  // The sentiment word list is English: German "die" is not "to die". Other languages
  // (as the site labels the post) are scored on the other signals only.
  const english = !signals.language || /^en\b/i.test(signals.language);
  if (english && sentimentOf(signals.text).label === 'negative') {
    add(settings.negativePoints, 'negative');
  }
  const lower = signals.text.toLowerCase();
  for (const { word, points } of settings.severityWords) {
    // A word start in any script: `\b` only knows ASCII letters ("Störung", "ошибка").
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.toLowerCase())}`, 'u').test(lower)) {
      add(points, `mentions '${word}'`);
    }
  }
  if (signals.hotTopic) {
    add(settings.hotTopicPoints, `hot topic '${signals.hotTopic.slice(0, 80)}'`);
  }

  const { thresholds } = settings;
  const priority: Priority =
    score >= thresholds.P1
      ? 'P1'
      : score >= thresholds.P2
        ? 'P2'
        : score >= thresholds.P3
          ? 'P3'
          : 'P4';
  return { priority, score, reasons };
}

/** "P1: 54k followers, negative, hot topic 'login'". */
export const priorityLabel = (result: Pick<PriorityResult, 'priority' | 'reasons'>) =>
  result.reasons.length ? `${result.priority}: ${result.reasons.join(', ')}` : result.priority;

/** The share of its SLA targets a case of this priority gets (1: unchanged). */
export function slaShare(priority: Priority, settings = DEFAULT_PRIORITY_SETTINGS): number {
  const { upTo, share } = settings.shortenSla;
  return upTo && PRIORITIES.indexOf(priority) <= PRIORITIES.indexOf(upTo) ? share : 1;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
