import type { Customer } from '@/lib/db/schema';
import { formatMoney } from './format';

/** VIP and lifetime value, as the list and the page show them. */
export function CustomerBadges({
  customer,
}: {
  customer: Pick<Customer, 'vip' | 'lifetimeValue'>;
}) {
  return (
    <>
      {customer.vip && (
        <span className="badge vip" title="VIP customer">
          VIP
        </span>
      )}
      {customer.lifetimeValue && (
        <span className="badge value" title="Lifetime value">
          {formatMoney(customer.lifetimeValue)}
        </span>
      )}
    </>
  );
}
