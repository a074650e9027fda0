/** Percentiles and number formatting for the report. */

export interface LatencySummary {
  n: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of already sorted samples (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((s, x) => s + x, 0);
  return {
    n: sorted.length,
    mean: sorted.length ? sum / sorted.length : NaN,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
  };
}

/** Milliseconds with a precision that suits their size: 0.84 ms, 12.3 ms, 1,234 ms. */
export function ms(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  if (x < 10) return `${x.toFixed(2)} ms`;
  if (x < 100) return `${x.toFixed(1)} ms`;
  return `${Math.round(x).toLocaleString('en-US')} ms`;
}

export const seconds = (millis: number): string => `${(millis / 1000).toFixed(1)} s`;

export const int = (x: number): string => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : 'n/a');

export const rate = (count: number, millis: number): number => (millis > 0 ? count / (millis / 1000) : NaN);

export const latencyLine = (s: LatencySummary): string => `p50 ${ms(s.p50)}  p95 ${ms(s.p95)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  (n=${s.n})`;

/** A plain-text table: first row is the header; columns are padded to their widest cell. */
export function renderTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length)));
  const line = (r: readonly string[]) => r.map((cell, col) => (cell ?? '').padEnd(widths[col])).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}
