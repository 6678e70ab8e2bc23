import type { Case } from '../db/schema';
import type { Settings } from '../settings';
import { slaDueTimes, type SlaRules } from './case-sla';
import { searchTermsOf } from './search-terms';

export const slaRulesOf = (settings: Settings): SlaRules => ({
  policies: settings.slaPolicies,
  priority: settings.priority,
});

/**
 * The fields of a case that follow from the others: its search terms and SLA due
 * times. Every write of a case goes through here, so the indexes never go stale.
 */
export function withDerivedFields(record: Case, now: number, rules: SlaRules): Case {
  return { ...record, terms: searchTermsOf(record), ...slaDueTimes(record, now, rules) };
}
