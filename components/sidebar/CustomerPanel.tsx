import { handleLabel } from '@/lib/customers/handle-label';
import type { CustomerView } from '@/lib/customers/customer-view';
import { CRM_LABELS } from '@/lib/db/constants';
import { PLATFORM_LABELS, timeAgo } from '../format';
import { SafeLink } from '../SafeLink';
import { FollowUps } from './FollowUps';
import { formatMoney } from '../customers/format';
import { CustomerTestimonials } from './CustomerTestimonials';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

const MOOD: Record<NonNullable<CustomerView['sentiment']>['direction'], string> = {
  improving: 'improving',
  worsening: 'getting worse',
  steady: 'steady',
};

/**
 * Who the customer is, as Casebook knows them: value, VIP, identities on every site with
 * their followers, CRM records, products, mood across their posts, notes, promises and
 * testimonials. Every item links to where it came from. Rendered as text only.
 */
export function CustomerFacts({ view }: { view: CustomerView }) {
  const customer = view.customer;
  if (!customer) return null;
  const sentiment = view.sentiment;
  return (
    <section className="stack customer-facts" aria-label="Customer details">
      <FollowUps followUps={view.promises} agents={view.agents} />
      <p className="customer-badges">
        {customer.vip && <span className="badge vip">VIP</span>}
        {customer.lifetimeValue && (
          <span className="badge" data-testid="lifetime-value">
            Lifetime value {formatMoney(customer.lifetimeValue)}
          </span>
        )}
        {view.influence !== null && (
          <span className="badge" title="From the largest audience seen, 0 to 100">
            Influence {view.influence}/100
          </span>
        )}
      </p>
      {(customer.company || customer.segment || customer.owner) && (
        <p className="muted small">
          {[
            customer.company,
            customer.segment && `segment ${customer.segment}`,
            customer.owner && `owner ${customer.owner}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      <ul className="plain" aria-label="Identities">
        {customer.identities.map((identity) => {
          const label = `${PLATFORM_LABELS[identity.platform]} ${handleLabel(identity.handle)}`;
          return (
            <li key={`${identity.platform}:${identity.handle}`}>
              <SafeLink href={identity.profileUrl}>{label}</SafeLink>
              {identity.followers && (
                <span className="muted">
                  {' '}
                  · {compact.format(identity.followers.count).toLowerCase()} followers, seen{' '}
                  {timeAgo(identity.followers.seenAt)}
                </span>
              )}
            </li>
          );
        })}
        {customer.emails.map((email) => (
          <li key={email}>
            <a href={`mailto:${email}`}>{email}</a>
          </li>
        ))}
        {customer.phone && <li>{customer.phone}</li>}
        {customer.crmLinks.map((link) => (
          <li key={`${link.system}:${link.recordId}`}>
            <SafeLink href={link.url}>
              {`${CRM_LABELS[link.system]} ${link.objectType} ${link.recordId}`.replace(
                /\s+/g,
                ' ',
              )}
            </SafeLink>
          </li>
        ))}
      </ul>
      {customer.products.length > 0 && (
        <p className="small">Products: {customer.products.join(', ')}</p>
      )}
      <p className="small" data-testid="sentiment">
        {sentiment && sentiment.recent.length
          ? `Mood over ${sentiment.recent.length} post${sentiment.recent.length === 1 ? '' : 's'}: ` +
            `${sentiment.average > 0.5 ? 'positive' : sentiment.average < -0.5 ? 'negative' : 'neutral'} ` +
            `on average, ${MOOD[sentiment.direction]}`
          : 'No posts scored for mood yet.'}
      </p>
      {customer.notes.length > 0 && (
        <ul className="plain small" aria-label="Customer notes">
          {customer.notes.slice(-3).map((note) => (
            <li key={note.id}>
              {note.text}{' '}
              <span className="muted">
                ({note.by}, {timeAgo(note.at)})
              </span>
            </li>
          ))}
        </ul>
      )}
      <CustomerTestimonials testimonials={view.testimonials} />
    </section>
  );
}
