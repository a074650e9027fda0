import type { SearchState } from './params';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
type Keyed = 'f' | 'r';

/**
 * A change computed from the state a handler saw (`base`), applied to the newest state (`latest`):
 * what the handler changed wins, everything else stays as the newest state has it. Two changes made
 * before the page re-rendered (a typed range committed on blur, then the facet click that caused
 * the blur) both count, instead of the second one undoing the first.
 */
export function rebase(base: SearchState, next: SearchState, latest: SearchState): SearchState {
  if (base === latest) return next;
  const out: Record<string, unknown> = { ...latest };
  const keys = new Set([...Object.keys(base), ...Object.keys(next), ...Object.keys(latest)]) as Set<keyof SearchState>;
  for (const k of keys) {
    if (k === 'f' || k === 'r') continue;
    if (!same(base[k], next[k])) out[k] = next[k];
  }
  for (const k of ['f', 'r'] as Keyed[]) {
    const merged: Record<string, unknown> = { ...(latest[k] ?? {}) };
    const names = new Set([...Object.keys(base[k] ?? {}), ...Object.keys(next[k] ?? {})]);
    for (const n of names) {
      const b = (base[k] as Record<string, unknown> | undefined)?.[n];
      const v = (next[k] as Record<string, unknown> | undefined)?.[n];
      if (same(b, v)) continue;
      if (v === undefined) delete merged[n];
      else merged[n] = v;
    }
    out[k] = Object.keys(merged).length ? merged : undefined;
  }
  // Any filter change goes back to page 1, whichever of the two made it.
  if (!same(base.f, next.f) || !same(base.r, next.r) || !same(base.q, next.q)) out.page = undefined;
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out as SearchState;
}
