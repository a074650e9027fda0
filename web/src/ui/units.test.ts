import { describe, expect, it } from 'vitest';
import { unitSymbol, unitsInText } from './units';
import { groupProperties, normalizedText, valueText } from '../material/MaterialPage';
import type { PropertyValue } from '../api/types';

describe('unit symbols', () => {
  it('maps the API unit codes to the symbols readers expect', () => {
    expect(['um', 'degC', 'g/cm^3', 'kg/m^3', 'MPa m^0.5', 'W/(m K)', '1', '%', 'GPa', 'N/mm^2', 'day'].map(unitSymbol)).toEqual(['µm', '°C', 'g/cm³', 'kg/m³', 'MPa·m½', 'W/(m·K)', '', '%', 'GPa', 'N/mm²', 'days']);
    expect(unitSymbol(null)).toBe('');
  });
  it('rewrites unit codes inside the API sentences, not other words', () => {
    expect(unitsInText('4.43 g/cm^3; source: ref-v1')).toBe('4.43 g/cm³; source: ref-v1');
    expect(unitsInText('200 um at 37 degC; source: album')).toBe('200 µm at 37 °C; source: album');
  });
});

const pv = (type: string, typeLabel: string, v: Partial<PropertyValue> = {}) =>
  ({ type, typeLabel, unit: 'MPa', value: 1, reference: { key: 'r' }, ...v }) as unknown as PropertyValue & { typeLabel: string };

describe('datasheet properties', () => {
  it('groups values by section in a fixed order, one type together, unknown types last', () => {
    const groups = groupProperties(
      [pv('pt/density', 'Density'), pv('pt/ts', 'Tensile strength'), pv('pt/x', 'Odd thing'), pv('pt/e', "Young's modulus"), pv('pt/density', 'Density', { value: 2 }), pv('pt/deg', 'Degradation time')],
      (t) => ({ 'pt/density': 'physical', 'pt/ts': 'mechanical', 'pt/e': 'mechanical', 'pt/deg': 'degradation' })[t],
    );
    expect(groups.map((g) => [g.title, g.types.map((t) => `${t.label} ×${t.values.length}`)])).toEqual([
      ['Mechanical', ['Tensile strength ×1', "Young's modulus ×1"]],
      ['Physical', ['Density ×2']],
      ['Degradation', ['Degradation time ×1']],
      ['Other properties', ['Odd thing ×1']],
    ]);
  });
  it('prints values and ranges without null, and the canonical value when the unit differs', () => {
    expect(valueText({ value: null, min: 100, max: null, unit: 'GPa' })).toBe('100–… GPa');
    expect(valueText({ value: 200, min: null, max: null, unit: 'um' })).toBe('200 µm');
    expect(normalizedText(pv('pt/ts', 'Tensile strength', { value: 130, unit: 'ksi', normalized: { value: 896.318, unit: 'MPa' } }))).toBe('896.3 MPa');
    expect(normalizedText(pv('pt/ts', 'Tensile strength', { value: 130, unit: 'MPa', normalized: { value: 130, unit: 'MPa' } }))).toBe('');
  });
});
