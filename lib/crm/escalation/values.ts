import { PLATFORM_LABELS } from '../../db/constants';
import type { Case, Customer } from '../../db/schema';
import type { EscalationValues, FieldStep } from './types';

/** Words of the case title kept in the subject (CRMs show about 80 characters of it). */
const SUBJECT_TITLE = 60;
/** A CRM's description holds 32,000 characters (Salesforce); the post fits well under. */
const DESCRIPTION_MAX = 30_000;

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}\u2026`;
}

/**
 * The form's values from a case and, when linked, its customer: a subject like
 * "Social case C-3F9A2B: Order arrived damaged", and a description saying where the case
 * came from (channel, author, post link) above the post's own text.
 */
export function escalationValues(record: Case, customer: Customer | null): EscalationValues {
  const channel = PLATFORM_LABELS[record.channel] ?? record.channel;
  const author = record.customer;
  const email = customer?.emails[0] ?? null;
  const phone = customer?.phone ? customer.phone : null;
  const lines = [
    `Escalated from Casebook case ${record.ref} (${channel}).`,
    `Customer: ${author.name ? `${oneLine(author.name)} ` : ''}(@${author.handle}) on ${channel}` +
      (author.profileUrl ? ` ${author.profileUrl}` : ''),
    ...(email ? [`Email: ${email}`] : []),
    ...(phone ? [`Phone: ${phone}`] : []),
    ...(record.permalink ? [`Post: ${record.permalink}`] : []),
    '',
    record.text,
  ];
  return {
    ref: record.ref,
    subject: `Social case ${record.ref}: ${clip(oneLine(record.title), SUBJECT_TITLE)}`,
    description: clip(lines.join('\n'), DESCRIPTION_MAX),
    name: customer?.name ? oneLine(customer.name) : author.name ? oneLine(author.name) : null,
    email,
    phone,
  };
}

/** The steps for the values a case has (no empty name, email or phone step). */
export function steps(
  values: EscalationValues,
  wanted: readonly Omit<FieldStep, 'value'>[],
): FieldStep[] {
  return wanted.flatMap((step) => {
    const value = values[step.field];
    return value ? [{ ...step, value }] : [];
  });
}
