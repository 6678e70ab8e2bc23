/**
 * What a case gives a CRM's form (issue 12): the subject and description as plain text,
 * and the contact of the case's customer only when the case has one in Casebook.
 */
import { describe, expect, it } from 'vitest';
import { capturePost } from '@/lib/cases/capture';
import { customerByIdentity } from '@/lib/customers/capture-store';
import { addEmail, updateCustomer } from '@/lib/customers/customer-store';
import { escalationValues } from '@/lib/crm/escalation/values';
import { actor, freshDatabase, parsedPost } from '../support/factories';

const HOSTILE = '<img src=x onerror=alert(1)> my order #4411 never arrived '.repeat(3).trim();

async function caseOf(text: string) {
  const db = freshDatabase();
  const { caseId } = await capturePost(db, parsedPost({ text }), actor());
  return { db, record: (await db.cases.get(caseId))! };
}

describe('escalation values', () => {
  it('makes the subject from the ref and the first words, the description from the post', async () => {
    const { record } = await caseOf(HOSTILE);
    const values = escalationValues(record, null);
    expect(values.subject.startsWith(`Social case ${record.ref}: `)).toBe(true);
    expect(values.subject.length).toBeLessThanOrEqual(`Social case ${record.ref}: `.length + 60);
    expect(values.description.split('\n').slice(0, 3)).toEqual([
      `Escalated from Casebook case ${record.ref} (X).`,
      'Customer: Dana R (@dana_r) on X https://x.com/dana_r',
      `Post: ${record.permalink}`,
    ]);
    // The post's text as it was: text for the form, never turned into markup here.
    expect(values.description.endsWith(record.text)).toBe(true);
    expect(values.description).toContain('<img src=x onerror=alert(1)>');
    expect(values.email).toBeNull();
    expect(values.phone).toBeNull();
    expect(values.name).toBe('Dana R');
  });

  it("adds the linked customer's email and phone", async () => {
    const { db, record } = await caseOf('my order #4411 never arrived');
    const customer = (await customerByIdentity(db, record.customerKey))!;
    await addEmail(db, customer.id, 'dana@example.com', actor());
    await updateCustomer(
      db,
      customer.id,
      { phone: '+1 415 555 0134', name: 'Dana Reyes' },
      actor(),
    );
    const values = escalationValues(record, (await customerByIdentity(db, record.customerKey))!);
    expect(values).toMatchObject({
      name: 'Dana Reyes',
      email: 'dana@example.com',
      phone: '+1 415 555 0134',
    });
    expect(values.description).toContain('Email: dana@example.com\nPhone: +1 415 555 0134\n');
  });
});
