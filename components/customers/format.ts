import type { CustomerFields, MergeField, Money } from '@/lib/db/schema';

/** "€4,200.00": an amount in its own currency (never converted). */
export function formatMoney(money: Money): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: money.currency }).format(
      money.amount,
    );
  } catch {
    return `${money.amount.toLocaleString()} ${money.currency}`;
  }
}

export { CRM_LABELS } from '@/lib/db/constants';

export const MERGE_FIELD_LABELS: Record<MergeField, string> = {
  name: 'Name',
  phone: 'Phone',
  company: 'Company',
  owner: 'Owner',
  lifetimeValue: 'Lifetime value',
  vip: 'VIP',
  segment: 'Segment',
};

/** A conflicting field's value as the merge dialog shows it. */
export function mergeValueText(value: CustomerFields[MergeField]): string {
  if (value === null || value === '') return '(empty)';
  if (typeof value === 'boolean') return value ? 'VIP' : 'Not VIP';
  if (typeof value === 'object') return formatMoney(value);
  return value;
}
