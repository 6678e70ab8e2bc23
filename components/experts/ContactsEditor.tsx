import { useId } from 'react';

export interface ContactDraft {
  label: string;
  url: string;
}

/** The contact rows of the expert form: a label and a link (email, phone or web). */
export function ContactsEditor({
  contacts,
  onChange,
}: {
  contacts: readonly ContactDraft[];
  onChange: (next: ContactDraft[]) => void;
}) {
  const id = useId();
  const set = (index: number, patch: Partial<ContactDraft>) =>
    onChange(contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="field">
      <legend>Contact</legend>
      <span className="hint" id={`${id}-hint`}>
        An email address, a phone number or a web link (chat, profile). Other links are refused.
      </span>
      {contacts.map((contact, index) => (
        <div key={index} className="contact-row">
          <input
            aria-label={`Contact ${index + 1} label`}
            placeholder="Email, Slack…"
            value={contact.label}
            onChange={(event) => set(index, { label: event.target.value })}
          />
          <input
            aria-label={`Contact ${index + 1} link`}
            aria-describedby={`${id}-hint`}
            placeholder="dana@acme.example, +1 555 0100, https://…"
            value={contact.url}
            onChange={(event) => set(index, { url: event.target.value })}
          />
          <button
            type="button"
            aria-label={`Remove contact ${index + 1}`}
            onClick={() => onChange(contacts.filter((_, i) => i !== index))}
          >
            ✕
          </button>
        </div>
      ))}
      <div>
        <button type="button" onClick={() => onChange([...contacts, { label: '', url: '' }])}>
          Add contact
        </button>
      </div>
    </fieldset>
  );
}
