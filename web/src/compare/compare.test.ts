import { describe, expect, it } from 'vitest';
import type { MaterialDetail } from '../api/types';
import { compareRows, difference, toCsv } from './compare';
import { MAX_COMPARE, tray } from './tray';

const m = (slug: string, name: string, props: MaterialDetail['properties']): MaterialDetail => ({
  slug, name, class: { id: 'c', label: 'Ti', path: ['Metal', 'Ti'] }, properties: props,
  synonyms: [], tradeNames: [], summary: '', applications: [], forms: [], standards: [], version: 1, publishedAt: null,
  casNumber: null, composition: [], biocompatibility: [], regulatory: [], sustainability: null, keywords: {}, references: [],
});
const E = (v: number, ref = 'ref-a') => ({ type: 'property-type/youngs-modulus', typeLabel: "Young's modulus", value: v, unit: 'GPa', normalized: { unit: 'GPa', value: v }, reference: { key: ref, doi: '10.1/x' } });
const rho = (min: number, max: number) => ({ type: 'property-type/density', typeLabel: 'Density', min, max, unit: 'kg/m^3', normalized: { unit: 'g/cm^3', min: min / 1000, max: max / 1000 }, reference: { key: 'ref-b' } });

describe('compare', () => {
  const ref = m('ti64', 'Ti-6Al-4V', [E(110), rho(4400, 4500)]);
  const peek = m('peek', 'PEEK, "natural"', [E(3.6)]);
  const cp = m('cp-ti', 'CP titanium', [E(105), rho(4500, 4520)]);

  it('lines up properties in canonical units with their sources, missing values empty', () => {
    const rows = compareRows([ref, peek, cp]);
    expect(rows.map((r) => r.label)).toEqual(['Density', "Young's modulus"]);
    expect(rows[0].unit).toBe('g/cm^3');
    expect(rows[0].cells.map((c) => c?.text ?? null)).toEqual(['4.4–4.5', null, '4.5–4.52']);
    expect(rows[1].cells[0]).toMatchObject({ text: '110', unit: 'GPa', source: 'doi:10.1/x' });
  });

  it('highlights differences of 10 % or more from the reference column', () => {
    const [, modulus] = compareRows([ref, peek, cp]);
    expect(difference(modulus.cells[1], modulus.cells[0])).toMatchObject({ significant: true });
    expect(difference(modulus.cells[1], modulus.cells[0])!.pct).toBeCloseTo(-0.967, 3);
    expect(difference(modulus.cells[2], modulus.cells[0])).toMatchObject({ significant: false });
    expect(difference(null, modulus.cells[0])).toBeNull();
  });

  it('exports CSV as the search export does: BOM, one row per material, min/max columns with unit symbols, sources', () => {
    const csv = toCsv([ref, peek]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe("Name,Slug,Class,Density min (g/cm³),Density max (g/cm³),Density source,Young's modulus min (GPa),Young's modulus max (GPa),Young's modulus source");
    expect(lines[1]).toBe('Ti-6Al-4V,ti64,Metal > Ti,4.4,4.5,ref-b,110,110,doi:10.1/x');
    expect(lines[2]).toBe('"PEEK, ""natural""",peek,Metal > Ti,,,,3.6,3.6,doi:10.1/x');
  });

  it('keeps at most 20 materials in the tray', () => {
    tray.set([]);
    for (let i = 0; i < MAX_COMPARE; i++) expect(tray.toggle(`m${i}`)).toBe(true);
    expect(tray.toggle('one-too-many')).toBe(false);
    expect(tray.list()).toHaveLength(20);
    expect(tray.toggle('m0')).toBe(true);
    expect(tray.list()).toHaveLength(19);
  });
});
