/** Progress output: every line carries the time since the bench started. */

const startedAt = performance.now();
/** With --json the report alone is on stdout (a bench that offers it prints JSON there). */
const out = process.argv.includes('--json') ? process.stderr : process.stdout;

export function log(message: string): void {
  const t = ((performance.now() - startedAt) / 1000).toFixed(1).padStart(6);
  out.write(`[bench ${t}s] ${message}\n`);
}

/**
 * Prints "label: done/total (rate/s)" at most every `everyMs` (and always for the last step), so
 * that a long phase shows it is alive without flooding the terminal.
 */
export class Ticker {
  private readonly started = performance.now();
  private last = 0;

  constructor(
    private readonly label: string,
    private readonly total: number | null,
    private readonly unit = 'docs',
    private readonly everyMs = 2000,
  ) {}

  tick(done: number, extra = ''): void {
    const now = performance.now();
    const finished = this.total !== null && done >= this.total;
    if (!finished && now - this.last < this.everyMs) return;
    this.last = now;
    const elapsed = (now - this.started) / 1000;
    const perSecond = elapsed > 0 ? Math.round(done / elapsed).toLocaleString('en-US') : '-';
    const of = this.total === null ? '' : `/${this.total.toLocaleString('en-US')}`;
    log(`${this.label}: ${done.toLocaleString('en-US')}${of} ${this.unit} (${perSecond} ${this.unit}/s)${extra ? `, ${extra}` : ''}`);
  }
}

/** A `log` that drops lines written less than `everyMs` after the previous one it printed. */
export function throttledLog(everyMs = 3000): (message: string) => void {
  let last = -Infinity;
  return (message) => {
    const now = performance.now();
    if (now - last < everyMs) return;
    last = now;
    log(message);
  };
}

/**
 * Awaits `work`, printing a heartbeat every `everyMs` until it settles (for steps that report little
 * themselves). `label` may be a function, read at each beat (e.g. to name the current sub-step).
 */
export async function withHeartbeat<T>(label: string | (() => string), work: Promise<T>, everyMs = 3000): Promise<T> {
  const started = performance.now();
  const name = typeof label === 'function' ? label : () => label;
  const timer = setInterval(() => log(`${name()}: still running (${((performance.now() - started) / 1000).toFixed(0)} s)`), everyMs);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}
