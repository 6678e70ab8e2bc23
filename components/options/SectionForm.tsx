import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import type { FieldIssue } from '@/lib/settings-form/issues';
import { FieldErrors, fieldId } from './fields';
import type { SectionKey, SettingsSection } from './useSettingsSection';

interface SectionFormProps<K extends SectionKey> {
  id: string;
  title: string;
  intro: ReactNode;
  section: SettingsSection<K>;
  /** "Save SLA policies". */
  saveLabel: string;
  /** What saving does besides storing, said while it runs. */
  savingNote?: string;
  onRestoreDefaults: () => void;
  children: ReactNode;
}

/** A settings section: its fields, the list of problems, Save and Restore defaults. */
export function SectionForm<K extends SectionKey>(props: SectionFormProps<K>) {
  const { section } = props;
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void section.save();
  };
  return (
    <section id={props.id} aria-labelledby={titleId} className="settings-section">
      <form onSubmit={submit} noValidate className="stack">
        <h2 id={titleId}>{props.title}</h2>
        <p className="muted intro">{props.intro}</p>
        {section.status.kind === 'invalid' && section.issues.length > 0 && (
          <ProblemList key={section.attempt} issues={section.issues} />
        )}
        <FieldErrors.Provider value={section.errors}>{props.children}</FieldErrors.Provider>
        <div className="section-actions">
          <button type="submit" className="primary" disabled={section.status.kind === 'saving'}>
            {props.saveLabel}
          </button>
          <button type="button" onClick={props.onRestoreDefaults}>
            Restore defaults
          </button>
          <SaveStatusText section={section} savingNote={props.savingNote} />
        </div>
      </form>
    </section>
  );
}

function SaveStatusText<K extends SectionKey>({
  section,
  savingNote,
}: {
  section: SettingsSection<K>;
  savingNote?: string;
}) {
  const { status } = section;
  if (status.kind === 'failed') {
    return (
      <span role="alert" className="error">
        Not saved: {status.message}
      </span>
    );
  }
  const text =
    status.kind === 'saving'
      ? `Saving…${savingNote ? ` ${savingNote}` : ''}`
      : status.kind === 'saved'
        ? 'Saved.'
        : status.kind === 'invalid' && section.issues.length
          ? 'Not saved: fix the fields marked above.'
          : section.dirty
            ? 'Unsaved changes.'
            : '';
  // Rendered only with something to say: one live region per section with text in it.
  if (!text) return null;
  return (
    <span role="status" className={status.kind === 'invalid' ? 'error' : 'muted'}>
      {text}
    </span>
  );
}

/**
 * The field a problem belongs to, or the nearest enclosing one that is on the page (a
 * day's "closes before opens" belongs to the day's row, not to either time).
 */
function focusField(path: string) {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const element = document.getElementById(fieldId(parts.slice(0, n).join('.')));
    if (element) return element.focus();
  }
}

/** Every problem of the section, each a link to its field; takes the focus when shown. */
function ProblemList({ issues }: { issues: FieldIssue[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="problems" role="group" aria-labelledby={titleId}>
      <p id={titleId}>
        <strong>
          {issues.length === 1 ? 'One field needs' : `${issues.length} fields need`} attention
        </strong>
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={issue.path}>
            <a
              href={`#${fieldId(issue.path)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(issue.path);
              }}
            >
              {issue.place}
            </a>
            : {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
