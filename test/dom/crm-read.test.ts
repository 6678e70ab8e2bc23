/**
 * The shared readers of lib/crm/read.ts where a case is not one CRM's: finding an address
 * inside a longer text.
 */
import { describe, expect, it } from 'vitest';
import { emailIn } from '../../lib/crm/read';

describe('emailIn', () => {
  it.each([
    ['Dana Reyes <dana.reyes@example.com>', 'dana.reyes@example.com'],
    ['mail: A.B@Example.CO.uk, call', 'a.b@example.co.uk'],
    ['x@y@z.com', 'y@z.com'],
    ['no address here', null],
    ['a@b', null],
    [`${'a'.repeat(300)}@example.com`, null], // longer than any address kept
  ])('%s -> %s', (text, email) => {
    expect(emailIn(text)).toBe(email);
  });

  // Found by the fuzz test (test/dom/fuzz): the regex was quadratic, 18 s on this text.
  // The test's own timeout is the hang detector; the answers are what is checked.
  it('reads a very long text in one pass, with or without an address at its end', () => {
    const long = 'x'.repeat(120_000);
    expect(emailIn(long)).toBeNull();
    expect(emailIn(`${long}@example`)).toBeNull();
    expect(emailIn(`${long} dana@example.com`)).toBe('dana@example.com');
  });
});
