import type { Bound } from '../search/params';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Rounds to 3 significant digits, outward, so that a boxed point stays inside the filter. */
export function roundOut(v: number, dir: 'down' | 'up'): number {
  if (v === 0 || !Number.isFinite(v)) return v;
  const p = 10 ** (Math.floor(Math.log10(Math.abs(v))) - 2);
  return Number(((dir === 'down' ? Math.floor(v / p) : Math.ceil(v / p)) * p).toPrecision(3));
}

/**
 * A box drawn on the chart (pixels) -> the two range filters (data units), through the scales'
 * inverse functions. Returns null for a box too small to be meant (a click).
 */
export function boxToRanges(box: Box, invertX: (px: number) => number, invertY: (px: number) => number, minPx = 4): { x: [Bound, Bound]; y: [Bound, Bound] } | null {
  if (Math.abs(box.x1 - box.x0) < minPx || Math.abs(box.y1 - box.y0) < minPx) return null;
  const xs = [invertX(box.x0), invertX(box.x1)].sort((a, b) => a - b);
  const ys = [invertY(box.y0), invertY(box.y1)].sort((a, b) => a - b);
  return { x: [roundOut(xs[0], 'down'), roundOut(xs[1], 'up')], y: [roundOut(ys[0], 'down'), roundOut(ys[1], 'up')] };
}

/**
 * A box selection within the current range filter: the intersection, so that a box can only narrow
 * what is shown. Null when the two do not meet (the box lies outside the filter).
 */
export function intersectRange(current: [Bound, Bound] | undefined, box: [Bound, Bound]): [Bound, Bound] | null {
  const lo = max(current?.[0] ?? null, box[0]);
  const hi = min(current?.[1] ?? null, box[1]);
  return lo !== null && hi !== null && lo > hi ? null : [lo, hi];
}
const max = (a: Bound, b: Bound): Bound => (a === null ? b : b === null ? a : Math.max(a, b));
const min = (a: Bound, b: Bound): Bound => (a === null ? b : b === null ? a : Math.min(a, b));

/**
 * Ticks of a log axis: the powers of ten in the domain, with 2 and 5 between them when the domain
 * spans under three decades, so that an axis never has fewer than a few labelled ticks.
 */
export function logTicks([lo, hi]: [number, number]): number[] {
  const out: number[] = [];
  const steps = Math.log10(hi / lo) < 3 ? [1, 2, 5] : [1];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of steps) {
      const v = Number((m * 10 ** e).toPrecision(1));
      if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9)) out.push(v);
    }
  }
  return out;
}

/** A tick label in the axis' own unit, in plain decimals: 0.01, 0.1, 1, 10, 1,000 (never SI prefixes like "200m"). */
export const tickText = (v: number): string => (v >= 1e6 || v < 1e-4 ? v.toExponential(0).replace('e+', 'e') : v.toLocaleString('en', { maximumSignificantDigits: 3 }));

/**
 * Guide lines of a performance index on log-log axes: along y = C·x^slope the index y^(1/slope)/x
 * is constant (slope 1: E/ρ, tie; slope 2: E^½/ρ, beam; slope 3: E^⅓/ρ, plate). One line per decade
 * of C across the domain, each as its two ends clipped to the domain.
 */
export function guideLines(slope: number, [x0, x1]: [number, number], [y0, y1]: [number, number]): { line: number; x: number; y: number }[][] {
  const logC = (x: number, y: number) => Math.log10(y) - slope * Math.log10(x);
  const from = Math.ceil(logC(x1, y0));
  const to = Math.floor(logC(x0, y1));
  const lines: { line: number; x: number; y: number }[][] = [];
  for (let c = from, i = 0; c <= to; c++, i++) {
    const at = (x: number) => 10 ** (c + slope * Math.log10(x));
    const xAt = (y: number) => 10 ** ((Math.log10(y) - c) / slope);
    const a = Math.max(x0, xAt(y0));
    const b = Math.min(x1, xAt(y1));
    if (a < b) lines.push([{ line: i, x: a, y: at(a) }, { line: i, x: b, y: at(b) }]);
  }
  return lines;
}

export interface ChartPoint {
  slug: string;
  name: string;
  group: string;
  x: number;
  y: number;
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Points of the hits that have both properties (positive, for log axes), with their min/max boxes, in order of x. */
export function toPoints(
  hits: { slug: string; name: string; classPath?: string[]; properties?: Record<string, { value: number | null; min: number | null; max: number | null }> }[],
  x: string,
  y: string,
): ChartPoint[] {
  const out: ChartPoint[] = [];
  for (const h of hits) {
    const px = h.properties?.[x];
    const py = h.properties?.[y];
    const vx = px?.value ?? px?.min;
    const vy = py?.value ?? py?.min;
    if (vx == null || vy == null || vx <= 0 || vy <= 0) continue;
    out.push({
      slug: h.slug,
      name: h.name,
      group: h.classPath?.[0] ?? 'Other',
      x: vx,
      y: vy,
      x1: px!.min && px!.min > 0 ? px!.min : vx,
      x2: px!.max ?? vx,
      y1: py!.min && py!.min > 0 ? py!.min : vy,
      y2: py!.max ?? vy,
    });
  }
  return out.sort((a, b) => a.x - b.x || a.y - b.y);
}
