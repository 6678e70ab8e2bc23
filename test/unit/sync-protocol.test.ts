import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../lib/sync/hlc';
import { canRead, canWrite, ownOnly } from '../../lib/sync/policy';
import {
  ChangeSchema,
  MAX_CHANGES_PER_PUSH,
  PullQuerySchema,
  PushRequestSchema,
} from '../../lib/sync/protocol';

const stamp = formatHlc({ wall: 1_795_000_000_000, counter: 0, node: 'agent1' });
const change = (fields: Record<string, unknown>, table = 'cases') => ({
  table,
  id: 'case-1',
  fields,
  clocks: Object.fromEntries(Object.keys(fields).map((field) => [field, stamp])),
});
const firstMessage = (value: unknown) =>
  ChangeSchema.safeParse(value)
    .error?.issues.map((issue) => issue.message)
    .join('; ');

describe('sync protocol', () => {
  it('accepts a change of some fields of a record, each value checked by its schema', () => {
    expect(ChangeSchema.safeParse(change({ status: 'waiting', updatedAt: 5 })).success).toBe(true);
    expect(firstMessage(change({ status: 'burnt' }))).toMatch(/cases\.status/);
    expect(firstMessage(change({ ref: '<script>alert(1)</script>' }))).toMatch(/cases\.ref/);
  });

  it('refuses fields a record does not have, local fields, and unknown tables', () => {
    expect(firstMessage(change({ isAdmin: true }))).toMatch(/no synced field isAdmin/);
    expect(firstMessage(change({ version: 3 }))).toMatch(/no synced field version/);
    expect(firstMessage(change({ __proto__x: 1 }))).toBeTruthy();
    expect(ChangeSchema.safeParse(change({ status: 'open' }, 'teams')).success).toBe(false);
  });

  it('refuses values without clocks, clocks without values, and forged stamps', () => {
    const noClock = { ...change({ status: 'open' }), clocks: {} };
    expect(firstMessage(noClock)).toMatch(/no field|same fields/);
    const extraValue = { ...change({ status: 'open' }), fields: { status: 'open', text: 'x' } };
    expect(firstMessage(extraValue)).toMatch(/same fields/);
    const forged = { ...change({ status: 'open' }), clocks: { status: '9999999999999999999' } };
    expect(firstMessage(forged)).toMatch(/clock stamp/);
  });

  it('takes an erasure only as a bare tombstone', () => {
    const erase = { ...change({ deleted: true }, 'testimonials'), erase: true };
    expect(ChangeSchema.safeParse(erase).success).toBe(true);
    const withContent = { ...change({ deleted: true, quote: 'x' }, 'testimonials'), erase: true };
    expect(firstMessage(withContent)).toMatch(/only deleted: true/);
    expect(firstMessage({ ...change({ deleted: false }, 'testimonials'), erase: true })).toMatch(
      /only deleted: true/,
    );
    expect(ChangeSchema.safeParse({ ...erase, erase: 'yes' }).success).toBe(false);
  });

  it('limits a push to whole batches of valid changes with a pushId', () => {
    const good = { pushId: crypto.randomUUID(), changes: [change({ status: 'open' })] };
    expect(PushRequestSchema.safeParse(good).success).toBe(true);
    expect(PushRequestSchema.safeParse({ ...good, pushId: 'again' }).success).toBe(false);
    const tooMany = Array.from({ length: MAX_CHANGES_PER_PUSH + 1 }, () => good.changes[0]);
    expect(PushRequestSchema.safeParse({ ...good, changes: tooMany }).success).toBe(false);
    expect(PushRequestSchema.safeParse({ ...good, changes: [] }).success).toBe(false);
  });

  it('reads a pull query with defaults and refuses a forged cursor', () => {
    expect(PullQuerySchema.parse({})).toEqual({ cursor: '0', limit: 1000 });
    expect(PullQuerySchema.safeParse({ cursor: "1' or 1=1" }).success).toBe(false);
    expect(PullQuerySchema.safeParse({ cursor: '5', limit: '5000' }).success).toBe(false);
  });

  it('gives each role its tables: leads everything, marketers testimonials, agents their own follow-ups', () => {
    expect(canRead('lead', 'followUps') && !ownOnly('lead', 'followUps')).toBe(true);
    expect(canRead('agent', 'followUps') && ownOnly('agent', 'followUps')).toBe(true);
    expect(canRead('marketer', 'testimonials') && canWrite('marketer', 'testimonials')).toBe(true);
    expect(canRead('marketer', 'followUps') || canRead('marketer', 'cases')).toBe(false);
    expect(canWrite('agent', 'experts')).toBe(false);
  });
});
