import { dictionary } from '@zxcvbn-ts/language-common';
import argon2 from 'argon2';
import { ProblemFieldError } from '../../common/problem/problem';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/**
 * Passwords seen in breaches and common-password lists, shipped offline: the ~49,000 entries of
 * `@zxcvbn-ts/language-common` (compiled from leaked-password corpora), lowercased.
 */
const COMMON = new Set<string>((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** Why a new password is refused, or null. NIST 800-63B: length and a blocklist, no composition rules. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): ProblemFieldError | null {
  const path = 'password';
  if ([...password].length < MIN_PASSWORD_LENGTH) return { path, message: `must be at least ${MIN_PASSWORD_LENGTH} characters` };
  if ([...password].length > MAX_PASSWORD_LENGTH) return { path, message: `must be at most ${MAX_PASSWORD_LENGTH} characters` };
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) return { path, message: 'is a common or breached password; choose another' };
  const local = context.email?.split('@')[0]?.toLowerCase();
  if ((local && local.length >= 4 && lower.includes(local)) || (context.name && context.name.length >= 4 && lower.includes(context.name.toLowerCase()))) {
    return { path, message: 'must not contain your email or name' };
  }
  return null;
}

export interface Argon2Cost {
  memoryKiB: number;
  timeCost: number;
  parallelism: number;
}

export function hashPassword(password: string, cost: Argon2Cost): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, memoryCost: cost.memoryKiB, timeCost: cost.timeCost, parallelism: cost.parallelism });
}

/** False for a wrong password or a malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a password nobody has, checked when the account does not exist so that timing does not tell. */
let decoy: Promise<string> | undefined;
export function decoyHash(cost: Argon2Cost): Promise<string> {
  decoy ??= hashPassword(`decoy-${Math.random()}`, cost);
  return decoy;
}

export function needsRehash(hash: string, cost: Argon2Cost): boolean {
  return argon2.needsRehash(hash, { memoryCost: cost.memoryKiB, timeCost: cost.timeCost, parallelism: cost.parallelism });
}
