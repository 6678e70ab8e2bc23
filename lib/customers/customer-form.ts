import type { Customer } from '../db/schema';
import { CustomerPatchSchema, type CustomerPatch } from './customer-store';
import { parseAmount } from './csv-rows';

/** The edit form's fields, as typed (text), so nothing the agent typed is lost on an error. */
export interface CustomerForm {
  name: string;
  phone: string;
  company: string;
  owner: string;
  amount: string;
  currency: string;
  vip: boolean;
  products: string;
  segment: string;
}

export type CustomerFormField = keyof CustomerForm;

export const EMPTY_FORM: CustomerForm = {
  name: '',
  phone: '',
  company: '',
  owner: '',
  amount: '',
  currency: '',
  vip: false,
  products: '',
  segment: '',
};

/** The form filled from a stored customer. */
export function formOf(customer: Customer): CustomerForm {
  return {
    name: customer.name,
    phone: customer.phone,
    company: customer.company,
    owner: customer.owner,
    amount: customer.lifetimeValue ? String(customer.lifetimeValue.amount) : '',
    currency: customer.lifetimeValue?.currency ?? '',
    vip: customer.vip,
    products: customer.products.join(', '),
    segment: customer.segment,
  };
}

export type FormCheck =
  | { ok: true; patch: CustomerPatch }
  | { ok: false; errors: Partial<Record<CustomerFormField, string>> };

const products = (text: string) => [
  ...new Map(
    text
      .split(/[,;\n]/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => [p.toLowerCase(), p] as const),
  ).values(),
];

/** The form's message for a schema path: the value's two inputs are told apart. */
function fieldOfPath(path: readonly PropertyKey[]): CustomerFormField {
  const [first, second] = path;
  if (first === 'lifetimeValue') return second === 'currency' ? 'currency' : 'amount';
  return (first as CustomerFormField) ?? 'name';
}

/**
 * The patch a filled form asks for, checked with the same schema the background uses:
 * only the fields that differ from `before` (a field changed elsewhere meanwhile is not
 * overwritten with what the form was opened with), or an error per field in words the
 * agent reads next to it. A new customer (`before` null) needs a name.
 */
export function checkCustomerForm(form: CustomerForm, before: Customer | null): FormCheck {
  const errors: Partial<Record<CustomerFormField, string>> = {};
  let lifetimeValue: CustomerPatch['lifetimeValue'] = null;
  if (form.amount.trim()) {
    const parsed = parseAmount(form.amount);
    const currency = form.currency.trim() || parsed?.currency || '';
    if (!parsed) errors.amount = 'Not an amount: write it like 1200 or 1,200.50';
    else if (!currency) errors.currency = 'Give the currency of the value, such as EUR or USD';
    else lifetimeValue = { amount: parsed.amount, currency };
  } else if (form.currency.trim()) {
    errors.amount = 'Give the amount, or clear the currency';
  }
  if (!before && !form.name.trim()) errors.name = 'A customer needs a name';
  const full: CustomerPatch = {
    name: form.name,
    phone: form.phone,
    company: form.company,
    owner: form.owner,
    lifetimeValue,
    vip: form.vip,
    products: products(form.products),
    segment: form.segment,
  };
  const parsed = CustomerPatchSchema.safeParse(full);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      errors[fieldOfPath(issue.path)] ??= issue.message;
    }
  }
  if (Object.keys(errors).length || !parsed.success) return { ok: false, errors };
  if (!before) return { ok: true, patch: parsed.data };
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(parsed.data)) {
    if (JSON.stringify(value) !== JSON.stringify(before[field as keyof Customer])) {
      patch[field] = value;
    }
  }
  return { ok: true, patch: patch as CustomerPatch };
}
