/**
 * Request pacing and retry policy for registries that publish a rate (NCBI E-utilities: 3 requests/s
 * without an API key, 10 with one). Plain functions and a small class with an injectable clock, so
 * that the unit specs run without waiting.
 */

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/**
 * Hands out start slots at least `gapMs()` apart, in the order asked, to every caller sharing the
 * instance: with a gap of ceil(1000 / rate) ms, no second holds more than `rate` starts.
 */
export class RateLimiter {
  private next = 0;

  constructor(
    private readonly gapMs: () => number,
    private readonly clock: Clock = realClock,
  ) {}

  /** Resolves when the caller may send its request (its slot is reserved at once, so callers queue fairly). */
  async take(): Promise<void> {
    const now = this.clock.now();
    const slot = Math.max(now, this.next);
    this.next = slot + this.gapMs();
    if (slot > now) await this.clock.sleep(slot - now);
  }
}

/** The gap between NCBI requests: 3 per second without an API key, 10 with one (rounded up, never faster). */
export const ncbiGapMs = (hasApiKey: boolean): number => Math.ceil(1000 / (hasApiKey ? 10 : 3));

export interface RetryPolicy {
  retries: number;
  baseMs: number;
  maxMs: number;
}

/** What a failed attempt ended with: an HTTP status (and its Retry-After), or no answer at all. */
export type AttemptOutcome = { status: number; retryAfter?: string | null } | { networkError: true };

export const isRetryable = (status: number): boolean => status === 429 || status >= 500;

/**
 * How long to wait before retrying attempt `attempt` (0 = the first request), or null when the
 * outcome is final (not retryable, or retries used up). Retry-After (seconds or an HTTP date) wins
 * over the exponential backoff (base·2^attempt); both are capped at maxMs.
 */
export function retryDelayMs(attempt: number, outcome: AttemptOutcome, policy: RetryPolicy, now = Date.now()): number | null {
  if (attempt >= policy.retries) return null;
  if ('status' in outcome && !isRetryable(outcome.status)) return null;
  const backoff = policy.baseMs * 2 ** attempt;
  const after = 'status' in outcome ? retryAfterMs(outcome.retryAfter, now) : null;
  return Math.min(policy.maxMs, after ?? backoff);
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | null {
  if (!header) return null;
  const v = header.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
