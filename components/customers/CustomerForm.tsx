import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  checkCustomerForm,
  EMPTY_FORM,
  formOf,
  type CustomerForm as Form,
  type CustomerFormField,
} from '@/lib/customers/customer-form';
import type { Customer } from '@/lib/db/schema';
import { request } from '@/lib/messages/client';

type Errors = Partial<Record<CustomerFormField, string>>;

/**
 * Adds a customer or edits one's details. Each problem is shown next to its field, and
 * the form keeps what was typed when the check or the background refuses it.
 */
export function CustomerForm({
  customer,
  onSaved,
  onCancel,
}: {
  customer: Customer | null;
  onSaved: (customer: Customer) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [form, setForm] = useState<Form>(() => (customer ? formOf(customer) : EMPTY_FORM));
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends CustomerFormField>(field: K, value: Form[K]) =>
    setForm((now) => ({ ...now, [field]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const checked = checkCustomerForm(form, customer);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (customer && !Object.keys(checked.patch).length) {
      onCancel();
      return;
    }
    setSaving(true);
    try {
      const saved = customer
        ? await request('customer.update', { customerId: customer.id, patch: checked.patch })
        : await request('customer.create', {
            customer: { ...checked.patch, name: form.name.trim() },
          });
      onSaved(saved);
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : 'The customer could not be saved.');
    } finally {
      setSaving(false);
    }
  };

  const text = (field: CustomerFormField, label: string, hint?: string, extra?: ReactNode) => (
    <Field id={`${id}-${field}`} label={label} error={errors[field]} hint={hint}>
      <input
        id={`${id}-${field}`}
        value={form[field] as string}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={errors[field] ? `${id}-${field}-error` : undefined}
        onChange={(event) => set(field, event.target.value)}
      />
      {extra}
    </Field>
  );

  return (
    <form className="record-form" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>
        {customer ? `Edit ${customer.name || 'customer'}` : 'New customer'}
      </h2>
      {text('name', 'Name')}
      <div className="form-grid">
        {text('company', 'Company')}
        {text('phone', 'Phone')}
        {text('owner', 'Owner', 'The account owner in the CRM')}
        {text('segment', 'Segment')}
      </div>
      <fieldset>
        <legend>Lifetime value</legend>
        <div className="form-grid">
          {text('amount', 'Amount')}
          {text('currency', 'Currency', 'Three letters, such as EUR or USD')}
        </div>
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={form.vip}
          onChange={(event) => set('vip', event.target.checked)}
        />{' '}
        VIP customer
      </label>
      {text('products', 'Products', 'Separated by commas')}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : customer ? 'Save' : 'Add customer'}
        </button>
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <span className="hint">{hint}</span>}
      {error && (
        <span id={`${id}-error`} className="error small" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
