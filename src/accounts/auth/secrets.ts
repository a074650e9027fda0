import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random, URL-safe secret of `bytes` bytes of entropy. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/**
 * How high-entropy secrets (refresh, email and invitation tokens, API keys) are stored: SHA-256.
 * They carry 256 bits of randomness, so a fast hash is enough; a leaked table reveals none of them.
 */
export const sha256 = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
