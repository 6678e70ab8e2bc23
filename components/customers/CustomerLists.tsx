import { handleLabel } from '@/lib/customers/handle-label';
import { useId, useState, type FormEvent } from 'react';
import { CRM_SYSTEMS, PLATFORMS, type CrmSystem, type Platform } from '@/lib/db/constants';
import type { Customer } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';
import { ActionStatus } from '../ActionStatus';
import { fullTime, PLATFORM_LABELS, timeAgo } from '../format';
import { SafeLink } from '../SafeLink';
import { useAction } from '../useAction';
import { CRM_LABELS } from './format';

/** A small add form: one or more inputs and a button; keeps the input when refused. */
function AddForm({
  label,
  onAdd,
  children,
  disabled,
}: {
  label: string;
  onAdd: () => Promise<boolean>;
  children: React.ReactNode;
  disabled: boolean;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onAdd();
  };
  return (
    <form className="add-row" onSubmit={submit} aria-label={label} noValidate>
      {children}
      <button type="submit" disabled={disabled}>
        {label}
      </button>
    </form>
  );
}

export function IdentitiesSection({ customer }: { customer: Customer }) {
  const id = useId();
  const action = useAction();
  const [platform, setPlatform] = useState<Platform>('x');
  const [handle, setHandle] = useState('');
  const [profileUrl, setProfileUrl] = useState('');
  const add = async () => {
    const ok = await action.run('Identity added.', () =>
      request('customer.addIdentity', {
        customerId: customer.id,
        identity: { platform, handle, profileUrl: profileUrl.trim() || null },
      }),
    );
    if (ok) {
      setHandle('');
      setProfileUrl('');
    }
    return ok;
  };
  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Social identities</h3>
      {customer.identities.length ? (
        <ul className="item-list" aria-label="Identities">
          {customer.identities.map((identity) => {
            const name = `${handleLabel(identity.handle)} on ${PLATFORM_LABELS[identity.platform]}`;
            return (
              <li key={`${identity.platform}:${identity.handle}`}>
                <span>
                  <SafeLink href={identity.profileUrl}>{name}</SafeLink>
                  {identity.followers && (
                    <span className="muted small">
                      {' '}
                      · {identity.followers.count.toLocaleString()} followers (seen{' '}
                      <time title={fullTime(identity.followers.seenAt)}>
                        {timeAgo(identity.followers.seenAt)}
                      </time>
                      )
                    </span>
                  )}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${name}`}
                  disabled={action.busy !== null}
                  onClick={() =>
                    void action.run('Identity removed.', () =>
                      request('customer.removeIdentity', {
                        customerId: customer.id,
                        identity: { platform: identity.platform, handle: identity.handle },
                      }),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">No social identity yet.</p>
      )}
      <AddForm label="Add identity" onAdd={add} disabled={action.busy !== null || !handle.trim()}>
        <select
          aria-label="Site"
          value={platform}
          onChange={(event) => setPlatform(event.target.value as Platform)}
        >
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_LABELS[p]}
            </option>
          ))}
        </select>
        <input
          aria-label="Handle"
          placeholder="@handle"
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
        />
        <input
          aria-label="Profile link"
          placeholder="https://… (optional)"
          value={profileUrl}
          onChange={(e) => setProfileUrl(e.target.value)}
        />
      </AddForm>
      <ActionStatus done={action.done} error={action.error} />
    </section>
  );
}

export function EmailsSection({ customer }: { customer: Customer }) {
  const id = useId();
  const action = useAction();
  const [email, setEmail] = useState('');
  const add = async () => {
    const ok = await action.run('Email added.', () =>
      request('customer.addEmail', { customerId: customer.id, email }),
    );
    if (ok) setEmail('');
    return ok;
  };
  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Emails</h3>
      {customer.emails.length ? (
        <ul className="item-list" aria-label="Emails">
          {customer.emails.map((address) => (
            <li key={address}>
              <a href={`mailto:${address}`}>{address}</a>
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${address}`}
                disabled={action.busy !== null}
                onClick={() =>
                  void action.run('Email removed.', () =>
                    request('customer.removeEmail', { customerId: customer.id, email: address }),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No email yet.</p>
      )}
      <AddForm label="Add email" onAdd={add} disabled={action.busy !== null || !email.trim()}>
        <input
          type="email"
          aria-label="Email address"
          placeholder="name@example.com"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </AddForm>
      <ActionStatus done={action.done} error={action.error} />
    </section>
  );
}

export function CrmLinksSection({ customer }: { customer: Customer }) {
  const id = useId();
  const action = useAction();
  const [system, setSystem] = useState<CrmSystem>('salesforce');
  const [recordId, setRecordId] = useState('');
  const [url, setUrl] = useState('');
  const add = async () => {
    const ok = await action.run('CRM record linked.', () =>
      request('customer.addCrmLink', {
        customerId: customer.id,
        link: { system, recordId, url: url.trim() || null },
      }),
    );
    if (ok) {
      setRecordId('');
      setUrl('');
    }
    return ok;
  };
  return (
    <section className="stack" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>CRM records</h3>
      {customer.crmLinks.length ? (
        <ul className="item-list" aria-label="CRM records">
          {customer.crmLinks.map((link) => {
            const name = `${CRM_LABELS[link.system]} ${link.objectType ? `${link.objectType} ` : ''}${link.recordId}`;
            return (
              <li key={`${link.system}:${link.recordId}`}>
                <span>
                  <SafeLink href={link.url}>{name}</SafeLink>
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Unlink ${name}`}
                  disabled={action.busy !== null}
                  onClick={() =>
                    void action.run('CRM record unlinked.', () =>
                      request('customer.removeCrmLink', {
                        customerId: customer.id,
                        link: { system: link.system, recordId: link.recordId },
                      }),
                    )
                  }
                >
                  Unlink
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted">Not linked to a CRM record.</p>
      )}
      <AddForm
        label="Link CRM record"
        onAdd={add}
        disabled={action.busy !== null || !recordId.trim()}
      >
        <select
          aria-label="CRM"
          value={system}
          onChange={(event) => setSystem(event.target.value as CrmSystem)}
        >
          {CRM_SYSTEMS.map((s) => (
            <option key={s} value={s}>
              {CRM_LABELS[s]}
            </option>
          ))}
        </select>
        <input
          aria-label="Record id"
          value={recordId}
          onChange={(e) => setRecordId(e.target.value)}
        />
        <input
          aria-label="Record link"
          placeholder="https://… (optional)"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      </AddForm>
      <ActionStatus done={action.done} error={action.error} />
    </section>
  );
}
