import { PLATFORM_LABELS, PRIORITIES } from '../db/constants';
import { findKeyword } from './keywords';
import type { RuleConditions } from './rule-schema';
import { checkTimeWindow, describeWindow } from './time-window';
import type { CustomerSummary, RoutingInput } from './types';

/**
 * Whether a rule's conditions hold for a case, with the reason in an agent's words: each
 * reason that held when all did ("channel X, topic billing"), or the first that failed
 * ("customer is not VIP"). Cheap checks run first, the text search last.
 */
export type ConditionsCheck = { holds: true; reasons: string[] } | { holds: false; reason: string };

type Check = { holds: boolean; reason: string } | null;

/** Quoted and clipped: names and values come from people and from pages. */
export const quote = (text: string, max = 40) =>
  `'${text.length > max ? `${text.slice(0, max - 1)}…` : text}'`;

/** "a, b or c"; long lists end in "or 4 more". */
export const orList = (items: readonly string[], max = 5) => {
  const shown = items.slice(0, max);
  const rest = items.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} or ${rest} more`;
  return shown.length > 1
    ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`
    : (shown[0] ?? '');
};

const held = (reason: string): Check => ({ holds: true, reason });
const failed = (reason: string): Check => ({ holds: false, reason });
// A priority the schema does not know (hostile input) is quoted, as any other stray value.
const priorityName = (priority: string) =>
  (PRIORITIES as readonly string[]).includes(priority) ? priority : quote(priority, 8);
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

// Own keys only: a hostile channel such as "constructor" must not find Object's.
const channelLabel = (channel: string) =>
  Object.hasOwn(PLATFORM_LABELS, channel)
    ? PLATFORM_LABELS[channel as keyof typeof PLATFORM_LABELS]
    : null;

function checkChannel(channels: readonly string[], channel: string): Check {
  const label = channelLabel(channel);
  if (label === null) return failed(`channel ${quote(channel)} is not one Casebook knows`);
  if (channels.includes(channel)) return held(`channel ${label}`);
  return failed(`channel is ${label}, not ${orList(channels.map((c) => channelLabel(c) ?? c))}`);
}

/** "en" covers "en-GB": a rule for English is meant for every English. */
function checkLanguage(languages: readonly string[], language: string | null): Check {
  const tag = language?.trim().toLowerCase();
  if (!tag) return failed('language unknown');
  const match = languages.find(
    (l) => tag === l.toLowerCase() || tag.startsWith(`${l.toLowerCase()}-`),
  );
  return match
    ? held(`language ${match}`)
    : failed(`language is ${quote(tag)}, not ${orList(languages)}`);
}

function checkTopics(wanted: readonly string[], topics: ReadonlySet<string>): Check {
  if (topics.size === 0) return failed('the case has no topics');
  const found = wanted.filter((topic) => topics.has(topic));
  if (found.length)
    return held(
      `topic ${found
        .slice(0, 5)
        .map((t) => quote(t))
        .join(', ')}`,
    );
  return failed(`topics do not include ${orList(wanted.map((t) => quote(t)))}`);
}

function checkCustomer(
  wanted: NonNullable<RuleConditions['customer']>,
  customer: CustomerSummary | null,
): Check {
  if (!customer) return failed('no customer record');
  const reasons: string[] = [];
  if (wanted.vip !== undefined) {
    if (customer.vip !== wanted.vip)
      return failed(wanted.vip ? 'customer is not VIP' : 'customer is VIP');
    reasons.push(wanted.vip ? 'VIP' : 'not VIP');
  }
  if (wanted.lifetimeValue) {
    const { atLeast, atMost, currency } = wanted.lifetimeValue;
    const value = customer.lifetimeValue;
    if (!value || !Number.isFinite(value.amount)) return failed('customer has no lifetime value');
    const shown = `${number.format(value.amount)} ${value.currency}`;
    if (currency && value.currency.toUpperCase() !== currency) {
      return failed(`lifetime value is in ${quote(value.currency, 8)}, not ${currency}`);
    }
    if (atLeast !== undefined && value.amount < atLeast) {
      return failed(`lifetime value ${shown} is below ${number.format(atLeast)}`);
    }
    if (atMost !== undefined && value.amount > atMost) {
      return failed(`lifetime value ${shown} is above ${number.format(atMost)}`);
    }
    reasons.push(`lifetime value ${shown}`);
  }
  if (wanted.segments) {
    const segment = customer.segment.trim();
    if (!segment) return failed('customer has no segment');
    const match = wanted.segments.find((s) => s.toLowerCase() === segment.toLowerCase());
    if (!match)
      return failed(
        `segment is ${quote(segment)}, not ${orList(wanted.segments.map((s) => quote(s)))}`,
      );
    reasons.push(`segment ${quote(match)}`);
  }
  return held(reasons.join(', '));
}

export function checkConditions(
  conditions: RuleConditions,
  input: RoutingInput,
  /** `text`: the post folded (foldText), as keywords are matched. */
  facts: { topics: ReadonlySet<string>; text: string; now: number },
): ConditionsCheck {
  const { channels, priorities, languages, topics, customer, timeWindow, keywords } = conditions;
  const checks: (() => Check)[] = [
    () => (channels ? checkChannel(channels, input.channel) : null),
    () =>
      !priorities
        ? null
        : priorities.includes(input.priority)
          ? held(`priority ${input.priority}`)
          : failed(`priority is ${priorityName(input.priority)}, not ${orList(priorities)}`),
    () => (languages ? checkLanguage(languages, input.language) : null),
    () => (topics ? checkTopics(topics, facts.topics) : null),
    () => (customer ? checkCustomer(customer, input.customer) : null),
    () => {
      if (!timeWindow) return null;
      const routed = timeWindow.clock === 'routed';
      const { inside, local } = checkTimeWindow(routed ? facts.now : input.capturedAt, timeWindow);
      const moment = `${routed ? 'routed' : 'captured'} ${local}`;
      return {
        holds: inside,
        reason: `${moment}, ${inside ? 'within' : 'outside'} ${describeWindow(timeWindow)}`,
      };
    },
    () => {
      if (!keywords) return null;
      const found = findKeyword(facts.text, keywords);
      return found !== null
        ? held(`keyword ${quote(found)}`)
        : failed(`the text does not mention ${orList(keywords.map((k) => quote(k)))}`);
    },
  ];
  const reasons: string[] = [];
  for (const check of checks) {
    const result = check();
    if (!result) continue;
    if (!result.holds) return { holds: false, reason: result.reason };
    reasons.push(result.reason);
  }
  return { holds: true, reasons };
}
