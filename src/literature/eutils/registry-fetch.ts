import { AttemptOutcome, RetryPolicy, retryDelayMs } from './rate-limit';

export interface RegistryRequest {
  headers: Record<string, string>;
  timeoutMs: number;
  /** Aborts the request and any wait between attempts (a runner that stops). */
  signal?: AbortSignal;
  /** Awaited before every attempt: the rate limiter's turn. */
  beforeAttempt?: () => Promise<void>;
}

/** Thrown when a registry gave no answer at all, retries included. */
export class RegistryUnreachableError extends Error {}

/**
 * GET with retries: a 429, a 5xx or a lost connection is retried by the policy (Retry-After honoured);
 * the last answer is returned as it is, whatever its status.
 */
export async function fetchWithRetry(url: string, req: RegistryRequest, policy: RetryPolicy): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    await req.beforeAttempt?.();
    req.signal?.throwIfAborted();
    let outcome: AttemptOutcome;
    let res: Response | null = null;
    try {
      const timeout = AbortSignal.timeout(req.timeoutMs);
      res = await fetch(url, { headers: req.headers, signal: req.signal ? AbortSignal.any([req.signal, timeout]) : timeout });
      outcome = { status: res.status, retryAfter: res.headers.get('retry-after') };
    } catch (err) {
      if (req.signal?.aborted) throw err;
      outcome = { networkError: true };
      if (attempt >= policy.retries) throw new RegistryUnreachableError((err as Error).message);
    }
    const wait = retryDelayMs(attempt, outcome, policy);
    if (wait === null) {
      if (res) return res;
      throw new RegistryUnreachableError('no answer');
    }
    await res?.body?.cancel().catch(() => undefined);
    await abortableSleep(wait, req.signal);
  }
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
