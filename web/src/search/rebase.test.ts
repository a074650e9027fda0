import { describe, expect, it } from 'vitest';
import { rebase } from './rebase';
import { withFacet, withRange } from './params';

describe('rebase (no lost filter change)', () => {
  it('keeps a range committed on blur when the facet click that caused the blur was computed before it', () => {
    const seen = { q: 'ti' };
    const afterRange = withRange(seen, 'youngsModulusGPa', [100, 250]);
    const click = withFacet(seen, 'forms', ['Rod']);
    expect(rebase(seen, click, afterRange)).toEqual({ q: 'ti', f: { forms: ['Rod'] }, r: { youngsModulusGPa: [100, 250] } });
  });

  it('applies removals and leaves untouched keys as the newest state has them', () => {
    const seen = { f: { forms: ['Rod'], class: ['Metal'] }, sort: 'name:asc' };
    const latest = { ...seen, chart: true as const };
    const next = withFacet(seen, 'forms', []);
    expect(rebase(seen, next, latest)).toEqual({ f: { class: ['Metal'] }, sort: 'name:asc', chart: true });
  });

  it('is the change itself when nothing happened in between', () => {
    const seen = { q: 'a' };
    const next = { q: 'b' };
    expect(rebase(seen, next, seen)).toBe(next);
  });
});
