import { useId, useState, type FormEvent } from 'react';
import type { Expert } from '@/lib/db/schema';
import { contactLabelFor, contactUrlFrom } from '@/lib/knowledge/contacts';
import { ExpertInputSchema, type ExpertInput } from '@/lib/knowledge/inputs';
import { request } from '@/lib/messages/client';
import { ConfirmDelete } from '../knowledge/ConfirmDelete';
import { issueMessages } from '../knowledge/issues';
import { useAction } from '../knowledge/useAction';
import { ContactsEditor, type ContactDraft } from './ContactsEditor';
import { FormProblems } from '../knowledge/FormProblems';

const FIELD_NAMES = {
  name: 'Name',
  role: 'Role',
  topics: 'Topic',
  contacts: 'Contact',
  notes: 'Notes',
};

/** The form's fields as the input the background validates (contacts made into links). */
export function expertInputFrom(fields: {
  id?: string;
  name: string;
  role: string;
  topics: string;
  contacts: readonly ContactDraft[];
  notes: string;
}): ExpertInput {
  return {
    ...(fields.id ? { id: fields.id } : {}),
    name: fields.name,
    role: fields.role.trim(),
    topics: fields.topics
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    contacts: fields.contacts
      .filter((c) => c.url.trim())
      .map((c) => {
        const url = contactUrlFrom(c.url);
        return { label: c.label.trim() || contactLabelFor(url), url };
      }),
    notes: fields.notes.trim(),
  };
}

/** Creates or edits one expert; nothing typed is lost when saving fails. */
export function ExpertForm({
  expert,
  onSaved,
  onDeleted,
}: {
  expert: Expert | null;
  onSaved: (expert: Expert) => void;
  onDeleted: () => void;
}) {
  const id = useId();
  const [name, setName] = useState(expert?.name ?? '');
  const [role, setRole] = useState(expert?.role ?? '');
  const [topics, setTopics] = useState(expert?.topics.join(', ') ?? '');
  const [contacts, setContacts] = useState<ContactDraft[]>(
    expert?.contacts.map((c) => ({ ...c })) ?? [{ label: '', url: '' }],
  );
  const [notes, setNotes] = useState(expert?.notes ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const action = useAction();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = expertInputFrom({ id: expert?.id, name, role, topics, contacts, notes });
    const checked = ExpertInputSchema.safeParse(input);
    setProblems(checked.success ? [] : issueMessages(checked.error, FIELD_NAMES));
    if (!checked.success) return;
    await action.run('save', async () => {
      onSaved(await request('expert.save', { expert: input }));
    });
  };

  return (
    <form className="record-form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{expert ? `Edit ${expert.name}` : 'New expert'}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <input
          id={`${id}-role`}
          value={role}
          placeholder="Identity team, billing lead…"
          onChange={(e) => setRole(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-topics`}>Topics</label>
        <input
          id={`${id}-topics`}
          value={topics}
          placeholder="login, password reset, 2fa"
          aria-describedby={`${id}-topics-hint`}
          onChange={(e) => setTopics(e.target.value)}
        />
        <span className="hint" id={`${id}-topics-hint`}>
          Separated by commas. Cases about these topics suggest this expert.
        </span>
      </div>
      <ContactsEditor contacts={contacts} onChange={setContacts} />
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea id={`${id}-notes`} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </div>
      <FormProblems problems={problems} error={action.error} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={action.busy !== null}>
          {action.busy === 'save' ? 'Saving…' : expert ? 'Save changes' : 'Add expert'}
        </button>
        {expert && (
          <ConfirmDelete
            what={expert.name}
            consequence="Cases keep a note that this expert was on them."
            disabled={action.busy !== null}
            onDelete={() =>
              void action.run('delete', async () => {
                await request('expert.delete', { expertId: expert.id });
                onDeleted();
              })
            }
          />
        )}
      </div>
    </form>
  );
}
