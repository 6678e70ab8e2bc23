import { useId } from 'react';
import { PLATFORMS, type Platform } from '@/lib/db/constants';
import {
  CONSENT_STATES,
  TESTIMONIAL_STATES,
  type ConsentState,
  type TestimonialState,
} from '@/lib/db/schema';
import { isNarrowed, NO_FILTER, type LibraryFilter } from '@/lib/testimonials/library-filter';
import { PLATFORM_LABELS } from '../format';
import { CONSENT_LABELS, STATE_LABELS } from './labels';

/** Search and narrow the library: every control labelled, every choice in the URL. */
export function LibraryFilters({
  filter,
  onChange,
  tags,
  products,
}: {
  filter: LibraryFilter;
  onChange: (next: LibraryFilter) => void;
  /** Tags and products seen on the cards shown (the current one is always offered). */
  tags: readonly string[];
  products: readonly string[];
}) {
  const id = useId();
  const set = (change: Partial<LibraryFilter>) => onChange({ ...filter, ...change });
  const choices = (seen: readonly string[], current: string | null) =>
    [...new Set([current, ...seen].filter((v): v is string => Boolean(v)))].sort();
  return (
    <div className="library-filters" role="search" aria-label="Filter testimonials">
      <span className="library-search">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search testimonials
        </label>
        <input
          id={`${id}-q`}
          type="search"
          placeholder="Search quotes, names, @handles"
          value={filter.q}
          onChange={(event) => set({ q: event.target.value })}
        />
      </span>
      <span>
        <label htmlFor={`${id}-platform`}>Platform </label>
        <select
          id={`${id}-platform`}
          value={filter.platform ?? ''}
          onChange={(event) => set({ platform: (event.target.value || null) as Platform | null })}
        >
          <option value="">Any</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_LABELS[p]}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-tag`}>Tag </label>
        <select
          id={`${id}-tag`}
          value={filter.tag ?? ''}
          onChange={(event) => set({ tag: event.target.value || null })}
        >
          <option value="">Any</option>
          {choices(tags, filter.tag).map((tag) => (
            <option key={tag}>{tag}</option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-product`}>Product </label>
        <select
          id={`${id}-product`}
          value={filter.product ?? ''}
          onChange={(event) => set({ product: event.target.value || null })}
        >
          <option value="">Any</option>
          {choices(products, filter.product).map((product) => (
            <option key={product}>{product}</option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-rating`}>Rating </label>
        <select
          id={`${id}-rating`}
          value={filter.minRating ?? ''}
          onChange={(event) => set({ minRating: Number(event.target.value) || null })}
        >
          <option value="">Any</option>
          {[5, 4, 3, 2, 1].map((stars) => (
            <option key={stars} value={stars}>
              {stars === 5 ? '5 stars' : `${stars}+ stars`}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-state`}>State </label>
        <select
          id={`${id}-state`}
          value={filter.state ?? ''}
          onChange={(event) =>
            set({ state: (event.target.value || null) as TestimonialState | null })
          }
        >
          <option value="">Any</option>
          {TESTIMONIAL_STATES.map((s) => (
            <option key={s} value={s}>
              {STATE_LABELS[s]}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-consent`}>Consent </label>
        <select
          id={`${id}-consent`}
          value={filter.consent ?? ''}
          onChange={(event) =>
            set({ consent: (event.target.value || null) as ConsentState | null })
          }
        >
          <option value="">Any</option>
          {CONSENT_STATES.map((s) => (
            <option key={s} value={s}>
              {CONSENT_LABELS[s].replace('Consent ', '')}
            </option>
          ))}
        </select>
      </span>
      <span>
        <label htmlFor={`${id}-from`}>Posted from </label>
        <input
          id={`${id}-from`}
          type="date"
          value={filter.from ?? ''}
          onChange={(event) => set({ from: event.target.value || null })}
        />{' '}
        <label htmlFor={`${id}-to`}>to </label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to ?? ''}
          onChange={(event) => set({ to: event.target.value || null })}
        />
      </span>
      <label>
        <input
          type="checkbox"
          checked={filter.favourites}
          onChange={(event) => set({ favourites: event.target.checked })}
        />{' '}
        Favourites only
      </label>
      {isNarrowed(filter) && (
        <button type="button" className="link-button" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </div>
  );
}
