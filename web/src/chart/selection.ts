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

/** Points of the hits that have both properties (positive, for log axes), with their min/max boxes. */
export function toPoints(
  hits: { slug: string; name: string; class?: { path: string[] }; properties?: Record<string, { value: number | null; min: number | null; max: number | null }> }[],
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
      group: h.class?.path[0] ?? 'Other',
      x: vx,
      y: vy,
      x1: px!.min && px!.min > 0 ? px!.min : vx,
      x2: px!.max ?? vx,
      y1: py!.min && py!.min > 0 ? py!.min : vy,
      y2: py!.max ?? vy,
    });
  }
  return out;
}
