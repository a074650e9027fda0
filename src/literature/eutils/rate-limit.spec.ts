import { Clock, ncbiGapMs, RateLimiter, retryAfterMs, retryDelayMs } from './rate-limit';

/** A clock that only moves when someone sleeps on it. */
function fakeClock(advance = true): Clock & { slept: number[] } {
  let t = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => t,
    sleep: async (ms) => {
      slept.push(ms);
      if (advance) t += ms;
    },
  };
}

describe('RateLimiter', () => {
  it('lets the first request go at once and spaces the rest by the gap, 3 per second without a key', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(() => ncbiGapMs(false), clock);
    const starts: number[] = [];
    for (let i = 0; i < 7; i++) {
      await limiter.take();
      starts.push(clock.now());
    }
    expect(starts[0]).toBe(1_000_000);
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBe(334);
    // No one-second window holds more than three starts.
    for (const s of starts) expect(starts.filter((x) => x >= s && x < s + 1000).length).toBeLessThanOrEqual(3);
  });

  it('queues concurrent callers in order, each a gap after the previous one', async () => {
    // All three ask at the same instant (the clock stands still while they wait).
    const clock = fakeClock(false);
    const limiter = new RateLimiter(() => ncbiGapMs(true), clock);
    await Promise.all([limiter.take(), limiter.take(), limiter.take()]);
    expect(clock.slept).toEqual([100, 200]);
  });

  it('does not wait after a pause longer than the gap', async () => {
    const clock = fakeClock();
    const limiter = new RateLimiter(() => 334, clock);
    await limiter.take();
    await clock.sleep(5000);
    await limiter.take();
    expect(clock.slept).toEqual([5000]);
  });

  it('allows 10 requests per second with an API key', () => {
    expect(ncbiGapMs(true)).toBe(100);
    expect(ncbiGapMs(false)).toBe(334);
  });
});

describe('retryDelayMs', () => {
  const policy = { retries: 3, baseMs: 500, maxMs: 30_000 };

  it('backs off exponentially on 5xx, 429 and lost connections', () => {
    expect(retryDelayMs(0, { status: 503 }, policy)).toBe(500);
    expect(retryDelayMs(1, { status: 500 }, policy)).toBe(1000);
    expect(retryDelayMs(2, { networkError: true }, policy)).toBe(2000);
    expect(retryDelayMs(0, { status: 429 }, policy)).toBe(500);
  });

  it('honours Retry-After in seconds or as an HTTP date, capped', () => {
    const now = Date.parse('2026-12-04T02:00:00Z');
    expect(retryDelayMs(0, { status: 429, retryAfter: '2' }, policy, now)).toBe(2000);
    expect(retryDelayMs(0, { status: 503, retryAfter: 'Fri, 04 Dec 2026 02:00:05 GMT' }, policy, now)).toBe(5000);
    expect(retryDelayMs(0, { status: 429, retryAfter: '3600' }, policy, now)).toBe(30_000);
    expect(retryDelayMs(1, { status: 429, retryAfter: 'soon' }, policy, now)).toBe(1000);
  });

  it('gives up after the retries, and never retries a 4xx other than 429', () => {
    expect(retryDelayMs(3, { status: 503 }, policy)).toBeNull();
    expect(retryDelayMs(0, { status: 400 }, policy)).toBeNull();
    expect(retryDelayMs(0, { status: 404 }, policy)).toBeNull();
  });

  it('reads Retry-After dates in the past as no wait', () => {
    expect(retryAfterMs('Thu, 01 Jan 2026 00:00:00 GMT', Date.parse('2026-12-04T00:00:00Z'))).toBe(0);
    expect(retryAfterMs(null)).toBeNull();
  });
});
