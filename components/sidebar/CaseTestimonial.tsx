import type { CaseTestimonialView } from '@/lib/testimonials/case-testimonial';
import { suggestionReason } from '@/lib/testimonials/suggest';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { useAction } from '../useAction';
import { libraryUrl, testimonialStatus } from './testimonial-status';
import { useDismissedSuggestions } from './useDismissedSuggestions';

/**
 * Testimonials on the case card: once the case's post is saved, its state and consent with
 * a link to the library; before that, "Save as testimonial", and when the post reads like
 * one, a suggestion saying why (the agent may dismiss it for this case).
 */
export function CaseTestimonial({
  caseId,
  testimonial,
}: {
  caseId: string;
  testimonial: CaseTestimonialView;
}) {
  const action = useAction();
  const { dismissed, dismiss } = useDismissedSuggestions();
  const { saved, suggestion, postKey } = testimonial;

  if (saved) {
    return (
      <p className="small" data-testid="case-testimonial">
        <span aria-hidden="true">{'\u2665'} </span>
        Testimonial: {testimonialStatus(saved.state, saved.consent)}
        {' · '}
        <a href={libraryUrl()} target="_blank" rel="noreferrer">
          Open in the library
        </a>
      </p>
    );
  }

  const save = () =>
    void action.run(
      'Saved as testimonial.',
      () => request('testimonial.saveFromCase', { caseId, postKey }),
      'Casebook could not save the testimonial.',
    );
  const saveButton = (
    <button type="button" onClick={save} disabled={!!action.busy}>
      {action.busy ? 'Saving…' : 'Save as testimonial'}
    </button>
  );
  const suggested = suggestion && dismissed !== null && !dismissed.includes(caseId);

  if (suggested) {
    return (
      <aside className="testimonial-suggestion" aria-labelledby={`suggest-${caseId}`}>
        <p>
          <strong id={`suggest-${caseId}`}>This reads like a testimonial</strong>{' '}
          <span className="muted small">{suggestionReason(suggestion)}</span>
        </p>
        <div className="testimonial-actions">
          {saveButton}
          <button
            type="button"
            className="link-button"
            aria-label="Dismiss the testimonial suggestion"
            onClick={() =>
              void action.run(
                'Dismissed.',
                () => dismiss(caseId),
                'Casebook could not remember the dismissal.',
              )
            }
          >
            Dismiss
          </button>
        </div>
        <ActionStatus done={null} error={action.error} />
      </aside>
    );
  }
  return (
    <div className="testimonial-actions">
      {saveButton}
      <ActionStatus done={null} error={action.error} />
    </div>
  );
}
