import { useId, useState } from 'react';
import type { ConsentEvidence, ConsentState, Testimonial } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { SafeLink } from '../SafeLink';
import { useAction } from '../useAction';
import { CONSENT_CHANNELS, CONSENT_LABELS, dayOf } from './labels';

/** "Consent granted 22 Nov 2026 · evidence: the author's reply". */
function ConsentLine({ consent }: { consent: Testimonial['consent'] }) {
  const evidence = consent.evidence;
  return (
    <p className="small">
      <span className={`badge consent-${consent.state}`}>{CONSENT_LABELS[consent.state]}</span>
      {consent.requestedAt !== null && (
        <span className="muted">
          {' '}
          asked {dayOf(consent.requestedAt)}
          {consent.via ? ` by ${consent.via}` : ''}
        </span>
      )}
      {consent.answeredAt !== null && (
        <span className="muted"> · answered {dayOf(consent.answeredAt)}</span>
      )}
      {evidence?.kind === 'link' && (
        <>
          {' '}
          · <SafeLink href={evidence.url}>Evidence</SafeLink>
        </>
      )}
      {evidence?.kind === 'note' && <span className="muted"> · “{evidence.text}”</span>}
    </p>
  );
}

/**
 * Track the author's consent: mark it asked (how), granted (with evidence: a link to
 * their reply or a note), declined, or reset a mistake. The form keeps what was typed
 * when the background refuses it.
 */
export function ConsentControls({ testimonial }: { testimonial: Testimonial }) {
  const [open, setOpen] = useState<ConsentState | null>(null);
  const [via, setVia] = useState<string>(CONSENT_CHANNELS[0]);
  const [kind, setKind] = useState<ConsentEvidence['kind']>('link');
  const [evidence, setEvidence] = useState('');
  const action = useAction();
  const id = useId();
  const state = testimonial.consent.state;
  const send = (next: ConsentState) => {
    const proof: ConsentEvidence | null = evidence.trim()
      ? kind === 'link'
        ? { kind: 'link', url: evidence.trim() }
        : { kind: 'note', text: evidence.trim() }
      : null;
    void action
      .run(next, () =>
        request('testimonial.consent', {
          testimonialId: testimonial.id,
          state: next,
          ...(next === 'requested' ? { via } : {}),
          ...(next === 'granted' || next === 'declined' ? { evidence: proof } : {}),
        }),
      )
      .then((ok) => {
        if (ok) {
          setOpen(null);
          setEvidence('');
        }
      });
  };
  const choices: [ConsentState, string][] = [
    ['requested', state === 'requested' ? 'Asked again…' : 'Mark asked…'],
    ['granted', 'Granted…'],
    ['declined', 'Declined…'],
  ];
  return (
    <div className="consent stack">
      <ConsentLine consent={testimonial.consent} />
      <div role="group" aria-label="Consent" className="t-buttons">
        {choices.map(([next, label]) => (
          <button
            key={next}
            type="button"
            aria-expanded={open === next}
            disabled={(next === 'requested' && state === 'granted') || action.busy !== null}
            onClick={() => setOpen(open === next ? null : next)}
          >
            {label}
          </button>
        ))}
        {state !== 'not-asked' && (
          <button
            type="button"
            className="link-button"
            disabled={action.busy !== null}
            onClick={() => send('not-asked')}
          >
            Reset to not asked
          </button>
        )}
      </div>
      {open && (
        <form
          className="consent-form"
          aria-label={`Consent ${open}`}
          onSubmit={(event) => {
            event.preventDefault();
            send(open);
          }}
        >
          {open === 'requested' ? (
            <span>
              <label htmlFor={`${id}-via`}>Asked by </label>
              <input
                id={`${id}-via`}
                list={`${id}-channels`}
                value={via}
                maxLength={200}
                onChange={(event) => setVia(event.target.value)}
              />
              <datalist id={`${id}-channels`}>
                {CONSENT_CHANNELS.map((channel) => (
                  <option key={channel} value={channel} />
                ))}
              </datalist>{' '}
              <span className="muted small">(recorded as asked now)</span>
            </span>
          ) : (
            <span>
              <label htmlFor={`${id}-kind`}>Evidence </label>
              <select
                id={`${id}-kind`}
                value={kind}
                onChange={(event) => setKind(event.target.value as ConsentEvidence['kind'])}
              >
                <option value="link">Link to their reply</option>
                <option value="note">Note</option>
              </select>{' '}
              <label htmlFor={`${id}-evidence`} className="visually-hidden">
                {kind === 'link' ? 'Link to the reply' : 'How they answered'}
              </label>
              <input
                id={`${id}-evidence`}
                type={kind === 'link' ? 'url' : 'text'}
                placeholder={kind === 'link' ? 'https://x.com/…/status/…' : 'Said yes by email'}
                required={open === 'granted'}
                value={evidence}
                onChange={(event) => setEvidence(event.target.value)}
              />
            </span>
          )}{' '}
          <button type="submit" className="primary" disabled={action.busy !== null}>
            {open === 'requested'
              ? 'Mark asked'
              : open === 'granted'
                ? 'Mark granted'
                : 'Mark declined'}
          </button>{' '}
          <button type="button" onClick={() => setOpen(null)}>
            Cancel
          </button>
        </form>
      )}
      <ActionStatus done={action.done ? 'Consent recorded.' : null} error={action.error} />
    </div>
  );
}
