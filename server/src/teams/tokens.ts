// API tokens: `cbk_` and 32 random bytes in base64url. The prefix lets secret scanners and
// people recognise a leaked Casebook token; the server keeps only its SHA-256, so a copy of
// the database gives no one a working token. A plain hash (no salt, no slow KDF) is enough
// for 256 random bits, and lets the lookup be one indexed equality.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'cbk_';

/** 32 bytes in base64url are 43 characters (no padding). */
const TOKEN_SHAPE = /^cbk_[A-Za-z0-9_-]{43}$/;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A string that cannot be a token is refused before any database work. */
export function looksLikeToken(value: string): boolean {
  return TOKEN_SHAPE.test(value);
}
