import { useId, useState } from 'react';
import type { Testimonial } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { useAction } from '../useAction';

/**
 * Edit what is published: the quote (the post's original text beside it, to trim from),
 * tags, product and rating. What was typed stays on screen when the save is refused.
 */
export function EditTestimonial({ testimonial }: { testimonial: Testimonial }) {
  const [quote, setQuote] = useState(testimonial.quote);
  const [tags, setTags] = useState(testimonial.tags.join(', '));
  const [product, setProduct] = useState(testimonial.product ?? '');
  const [rating, setRating] = useState(
    testimonial.rating === null ? '' : String(testimonial.rating),
  );
  const action = useAction();
  const id = useId();
  const save = () =>
    void action.run('save', () =>
      request('testimonial.edit', {
        testimonialId: testimonial.id,
        quote,
        tags: tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        product: product.trim() || null,
        rating: rating ? Number(rating) : null,
      }),
    );
  return (
    <form
      className="t-edit stack"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <div className="t-edit-quote">
        <span className="stack">
          <label htmlFor={`${id}-quote`}>Quote as published</label>
          <textarea
            id={`${id}-quote`}
            rows={4}
            dir="auto"
            value={quote}
            onChange={(event) => setQuote(event.target.value)}
          />
          <span className="muted small">
            Trim to the author’s own words; “…” marks a cut. Other words send it back to pending.
          </span>
        </span>
        <figure className="stack">
          <figcaption className="small muted">Original post</figcaption>
          <blockquote className="post-text original" dir="auto">
            {testimonial.originalText}
          </blockquote>
        </figure>
      </div>
      <div className="t-edit-fields">
        <span>
          <label htmlFor={`${id}-tags`}>Tags </label>
          <input
            id={`${id}-tags`}
            value={tags}
            placeholder="shipping, speed"
            onChange={(event) => setTags(event.target.value)}
          />
        </span>
        <span>
          <label htmlFor={`${id}-product`}>Product </label>
          <input
            id={`${id}-product`}
            value={product}
            maxLength={100}
            onChange={(event) => setProduct(event.target.value)}
          />
        </span>
        <span>
          <label htmlFor={`${id}-rating`}>Rating </label>
          <select
            id={`${id}-rating`}
            value={rating}
            onChange={(event) => setRating(event.target.value)}
          >
            <option value="">None</option>
            {[5, 4, 3, 2, 1].map((stars) => (
              <option key={stars} value={stars}>
                {'★'.repeat(stars)} ({stars})
              </option>
            ))}
          </select>
        </span>
        <button type="submit" className="primary" disabled={action.busy !== null}>
          {action.busy ? 'Saving…' : 'Save changes'}
        </button>
        <ActionStatus done={action.done ? 'Saved.' : null} error={action.error} />
      </div>
    </form>
  );
}
