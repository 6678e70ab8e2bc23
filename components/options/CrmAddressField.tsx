import { useId, useState, type FormEvent } from 'react';
import { request } from '@/lib/messages/client';
import { CRM_ADDRESS_EXAMPLES } from '@/lib/crm/escalation/address';
import type { CrmSystem } from '@/lib/db/constants';
import { SwitchMessage, type SwitchOutcome } from './SwitchMessage';

/**
 * Where Casebook opens this CRM's new-record form when a case is escalated (issue 12).
 * It learns the address from the last page of the CRM the agent opened; a team that
 * escalates before that pastes a link to any page of their CRM here.
 */
export function CrmAddressField({
  system,
  name,
  known,
  onSaved,
}: {
  system: CrmSystem;
  name: string;
  /** The address Casebook knows now, if any. */
  known: string | undefined;
  /** Tells the section, which keeps the field's address when the CRM is turned off and on. */
  onSaved: (address: string) => void;
}) {
  const id = useId();
  const [draft, setDraft] = useState(known ?? '');
  const [message, setMessage] = useState<SwitchOutcome | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const { address } = await request('crm.setAddress', { system, link: draft });
      setDraft(address);
      onSaved(address);
      const host = new URL(address).host;
      setMessage({
        kind: 'ok',
        text: `Saved: cases escalated to ${name} open its form on ${host}.`,
      });
    } catch (cause) {
      setMessage({ kind: 'error', text: cause instanceof Error ? cause.message : 'Not saved.' });
    }
  };

  return (
    <form onSubmit={save} className="crm-address">
      <label htmlFor={id}>{name} address for escalations</label>{' '}
      <input
        id={id}
        type="text"
        inputMode="url"
        maxLength={2048}
        required
        value={draft}
        placeholder={CRM_ADDRESS_EXAMPLES[system]}
        aria-describedby={message ? `${id}-hint ${id}-message` : `${id}-hint`}
        aria-invalid={message?.kind === 'error'}
        spellCheck={false}
        autoComplete="url"
        onChange={(event) => setDraft(event.target.value)}
      />{' '}
      <button type="submit">Save {name} address</button>
      <p id={`${id}-hint`} className="muted small">
        {known
          ? `Escalations open on ${new URL(known).host}. Casebook keeps the last ${name} page you open; paste another page's address to change it.`
          : `Not known yet: open any ${name} page, or paste its address here.`}
      </p>
      <div id={`${id}-message`}>
        <SwitchMessage message={message} />
      </div>
    </form>
  );
}
