import { useId, useState } from 'react';
import type { Testimonial } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { useAction } from '../useAction';

/**
 * Erase a customer's testimonials on their request, in two steps: the first says what
 * will happen, the second does it.
 */
export function EraseAuthor({ testimonial }: { testimonial: Testimonial }) {
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const action = useAction();
  const id = useId();
  const handle = `@${testimonial.author.handle}`;
  if (!confirming) {
    return (
      <button type="button" className="link-button danger" onClick={() => setConfirming(true)}>
        Erase this customer’s testimonials…
      </button>
    );
  }
  return (
    <div className="t-erase stack" role="group" aria-labelledby={`${id}-what`}>
      <p id={`${id}-what`}>
        <strong>Erase every testimonial of {handle}</strong> (and of the customer record they belong
        to) from the testimonial library. The quotes, names and handles of those testimonials are
        deleted and cannot be brought back; Casebook keeps only a record that an erasure was done,
        when and by whom. Their captured posts, cases and customer record are not touched, and files
        you exported before are not changed.
      </p>
      <span>
        <label htmlFor={`${id}-reason`}>Reason (optional) </label>
        <input
          id={`${id}-reason`}
          value={reason}
          placeholder="Asked by email on 22 Nov"
          maxLength={2000}
          onChange={(event) => setReason(event.target.value)}
        />
      </span>
      <span className="t-buttons">
        <button
          type="button"
          className="danger-button"
          disabled={action.busy !== null}
          onClick={() =>
            void action.run('erase', () =>
              request('testimonials.erase', {
                testimonialId: testimonial.id,
                reason: reason.trim() || null,
              }),
            )
          }
        >
          {action.busy ? 'Erasing…' : `Erase ${handle}’s testimonials`}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </span>
      {action.error && (
        <p role="alert" className="error small">
          {action.error}
        </p>
      )}
    </div>
  );
}
