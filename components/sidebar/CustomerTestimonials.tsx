import type { CustomerTestimonial } from '@/lib/customers/customer-view';
import { timeAgo } from '../format';
import { SafeLink } from '../SafeLink';
import { libraryUrl, testimonialStatus } from './testimonial-status';

/**
 * The customer's testimonials in their panel: each quote (as text), where it was posted,
 * its moderation and consent; the library holds the rest.
 */
export function CustomerTestimonials({ testimonials }: { testimonials: CustomerTestimonial[] }) {
  if (!testimonials.length) return <p className="muted small">No testimonials yet.</p>;
  return (
    <section className="stack" aria-labelledby="customer-testimonials-title">
      <h2 id="customer-testimonials-title">Testimonials</h2>
      <ul className="plain stack small" aria-label="Testimonials">
        {testimonials.map((t) => (
          <li key={t.id} className="customer-testimonial">
            <q>
              <bdi>{t.quote}</bdi>
            </q>
            <div className="muted">
              {t.favourite && <span aria-label="Favourite">{'\u2605'} </span>}
              {testimonialStatus(t.state, t.consent, ', ')}
              {' · saved '}
              {timeAgo(t.savedAt)}
              {t.permalink && (
                <>
                  {' · '}
                  <SafeLink href={t.permalink}>Open post</SafeLink>
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      <a className="small" href={libraryUrl()} target="_blank" rel="noreferrer">
        Open the testimonial library
      </a>
    </section>
  );
}
