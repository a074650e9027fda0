import type { SearchHit } from '../api/types';

/**
 * Nearest materials by normalised properties: each shared property is compared on a log scale
 * (values span decades) and scaled by the spread of that property among the candidates; distance
 * is the root mean square over shared properties (at least one needed).
 */
export function nearest(self: SearchHit, candidates: SearchHit[], k: number): SearchHit[] {
  const props = Object.keys(self.properties ?? {});
  const logv = (h: SearchHit, p: string) => {
    const v = h.properties?.[p]?.value;
    return v != null && v > 0 ? Math.log10(v) : null;
  };
  const spread = new Map<string, number>();
  for (const p of props) {
    const vals = candidates.map((c) => logv(c, p)).filter((v): v is number => v !== null);
    spread.set(p, vals.length > 1 ? Math.max(...vals) - Math.min(...vals) || 1 : 1);
  }
  return candidates
    .filter((c) => c.slug !== self.slug)
    .map((c) => {
      let sum = 0;
      let n = 0;
      for (const p of props) {
        const a = logv(self, p);
        const b = logv(c, p);
        if (a === null || b === null) continue;
        sum += ((a - b) / spread.get(p)!) ** 2;
        n++;
      }
      return { c, d: n ? Math.sqrt(sum / n) + 1 / (n + 1) : Infinity };
    })
    .filter((x) => Number.isFinite(x.d))
    .sort((a, b) => a.d - b.d)
    .slice(0, k)
    .map((x) => x.c);
}
