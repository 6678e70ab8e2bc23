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
}: {
  system: CrmSystem;
  name: string;
  /** The address Casebook knows now, if any. */
  known: string | undefined;
}) {
  const id = useId();
  const [draft, setDraft] = useState(known ?? '');
  const [current, setCurrent] = useState(known);
  const [message, setMessage] = useState<SwitchOutcome | null>(null);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    try {
      const { address } = await request('crm.setAddress', { system, link: draft });
      setDraft(address);
      setCurrent(address);
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
        aria-describedby={`${id}-hint`}
        onChange={(event) => setDraft(event.target.value)}
      />{' '}
      <button type="submit">Save {name} address</button>
      <p id={`${id}-hint`} className="muted small">
        {current
          ? `Escalations open on ${new URL(current).host}, learned from the last ${name} page you opened or pasted here; paste another page's address to change it.`
          : `Not known yet: open any ${name} page, or paste its address here.`}
      </p>
      <SwitchMessage message={message} />
    </form>
  );
}
