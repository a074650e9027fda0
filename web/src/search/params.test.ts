import { describe, expect, it } from 'vitest';
import { activeChips, clearAll, decimal, escapeValue, interpretationChips, toApiQuery, toggleFacet, validateSearch, withQuery, withRange } from './params';

describe('search URL state', () => {
  it('keeps only valid parts of the URL', () => {
    expect(
      validateSearch({ q: ' ti ', f: { class: ['Metal', 5, 'Metal'], 'bad key': ['x'] }, r: { youngsModulusGPa: [300, '10'], densityGcm3: ['x', null] }, page: '3', sort: 'drop table', chart: 'true' }),
    ).toEqual({ q: ' ti ', f: { class: ['Metal'] }, r: { youngsModulusGPa: [10, 300] }, page: 3, chart: true });
    expect(validateSearch({ f: 'nope', r: [1, 2], page: -1 })).toEqual({});
  });

  it('writes the API query: escaped OR lists, open ranges, stats for shown ranges', () => {
    const q = toApiQuery({ q: 'peek', f: { forms: ['Rod', 'a,b\\c'] }, r: { youngsModulusGPa: [null, 30] }, page: 2 }, { statsFor: ['densityGcm3'] });
    expect(q).toEqual({
      q: 'peek',
      filter: { forms: 'Rod,a\\,b\\\\c' },
      range: { youngsModulusGPa: '..30' },
      facets: 'class,applications,forms,biocompatibility,regulatory,inStock,certifications,densityGcm3,youngsModulusGPa',
      page: 2,
      perPage: 20,
    });
    expect(escapeValue('x,y')).toBe('x\\,y');
    const withMissing = { r: { youngsModulusGPa: [1, 2] as [number, number] }, m: ['youngsModulusGPa', 'densityGcm3'] };
    expect(toApiQuery(withMissing).missing).toBeUndefined();
    expect(toApiQuery(withMissing, { missingSupported: true }).missing).toBe('youngsModulusGPa');
    expect(decimal(0.0000025)).toBe('0.0000025');
    expect(decimal(1e-7)).toMatch(/^0\.0000001/);
  });

  it('goes back to page 1 on every filter change and clears all but the view', () => {
    const s = { q: 'x', f: { forms: ['Rod'] }, page: 4, chart: true, sort: 'name:asc' };
    expect(toggleFacet(s, 'forms', 'Powder')).toEqual({ q: 'x', f: { forms: ['Rod', 'Powder'] }, page: undefined, chart: true, sort: 'name:asc' });
    expect(toggleFacet(s, 'forms', 'Rod').f).toBeUndefined();
    expect(withRange(s, 'densityGcm3', [1, null]).r).toEqual({ densityGcm3: [1, null] });
    expect(clearAll(s)).toEqual({ chart: true, sort: 'name:asc', x: undefined, y: undefined });
  });

  it('lists active filters as chips that remove themselves', () => {
    const s = { q: 'bone', f: { class: ['Metal > Titanium alloy'] }, r: { youngsModulusGPa: [10, 120] as [number, number] } };
    const chips = activeChips(s, () => ({ label: "Young's modulus", unit: 'GPa' }));
    expect(chips.map((c) => c.label)).toEqual(['Text: “bone”', 'Class: Metal > Titanium alloy', "Young's modulus: 10–120 GPa"]);
    expect(chips[1].remove(s).f).toBeUndefined();
  });
});

describe('interpretation chips', () => {
  const part = { words: 'modulus 10-30 GPa', field: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa', range: '10..30', applied: true };

  it('labels ranges and sorts, and removing one keeps that field as text', () => {
    const { chips, notes } = interpretationChips([
      part,
      { words: 'light', field: 'densityGcm3', label: 'Density', unit: 'g/cm^3', range: '..2', sort: 'densityGcm3:asc', applied: true },
      { words: 'low modulus', field: 'shearModulusGPa', label: 'Shear modulus', unit: 'GPa', sort: 'shearModulusGPa:desc', applied: true },
    ], (f) => (f === 'densityGcm3' ? 'g/cm³' : ''));
    expect(chips.map((c) => c.label)).toEqual(["Young's modulus 10–30 GPa", 'Density ≤ 2 g/cm³, lowest first', 'Shear modulus: highest first']);
    expect(notes).toEqual([]);
    const next = chips[0].remove({ q: 'modulus 10-30 GPa', page: 2, lit: ['densityGcm3'] });
    expect(next).toEqual({ q: 'modulus 10-30 GPa', lit: ['densityGcm3', 'youngsModulusGPa'], page: undefined });
    expect(toApiQuery(next).literal).toBe('densityGcm3,youngsModulusGPa');
  });

  it('turns parts the request overrode into notes, and drops those kept as text', () => {
    const { chips, notes } = interpretationChips([
      { ...part, applied: false, note: "the request's range[youngsModulusGPa] applies instead" },
      { ...part, field: 'x', applied: false, note: 'kept as text, as asked (literal)' },
    ]);
    expect(chips).toEqual([]);
    expect(notes).toEqual(["“modulus 10-30 GPa” was read as Young's modulus, but your own filter or sort for it applies."]);
  });

  it('keeps the range mode and literal fields in the URL; a new query forgets the literal fields', () => {
    expect(validateSearch({ q: 'x', lit: ['densityGcm3', 'bad key'], rm: 'overlaps' })).toEqual({ q: 'x', lit: ['densityGcm3'], rm: 'overlaps' });
    expect(validateSearch({ rm: 'inside' })).toEqual({});
    expect(toApiQuery({ rm: 'overlaps' }).rangeMode).toBe('overlaps');
    expect(withQuery({ q: 'a', lit: ['densityGcm3'], rm: 'overlaps' }, ' b ')).toEqual({ q: 'b', rm: 'overlaps', lit: undefined, page: undefined });
    expect(clearAll({ q: 'a', lit: ['x'], rm: 'overlaps' })).toEqual({ rm: 'overlaps' });
  });
});
