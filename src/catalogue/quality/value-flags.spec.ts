import { PropertyValue } from '../material.types';
import { classRanges, representative, valueFlags } from './value-flags';

const E = (gpa: number | [number, number], unit = 'GPa'): PropertyValue => ({
  type: 'property-type/youngs-modulus',
  unit,
  reference: 'r',
  ...(Array.isArray(gpa) ? { min: gpa[0], max: gpa[1] } : { value: gpa }),
  normalized: { unit: 'GPa', ...(Array.isArray(gpa) ? { min: gpa[0], max: gpa[1] } : { value: gpa }) },
});
const metal = (slug: string, ...values: PropertyValue[]) => ({ slug, content: { class: 'material-class/titanium-alloy', properties: values } });

describe('value flags', () => {
  const catalogue = [metal('a', E(110)), metal('b', E(105)), metal('c', E([100, 125])), metal('d', E(80)), metal('e', E(120))];

  it('takes the value, or the geometric middle of a range', () => {
    expect(representative(E(110))).toBe(110);
    expect(representative(E([100, 121]))).toBeCloseTo(110);
  });

  it('flags a value far from the material\'s other values of the same type (a unit slip)', () => {
    const flags = valueFlags({ class: 'material-class/titanium-alloy', properties: [E(110), E(114), E(0.11)] }, new Map(), () => "Young's modulus");
    expect(flags).toEqual([expect.objectContaining({ path: 'properties[2]', kind: 'far-from-siblings', message: expect.stringMatching(/Young's modulus 0.11 GPa is more than 3x away .* \(median 112 GPa\)/) })]);
  });

  it('compares a value only with values measured under the same conditions', () => {
    const porous = { ...E(0.5), conditions: '70 % porous scaffold' };
    expect(valueFlags({ class: 'material-class/titanium-alloy', properties: [E(110), E(114), porous] }, new Map())).toEqual([]);
  });

  it('flags a value far outside its class, judged without the material itself', () => {
    const ranges = classRanges([...catalogue, metal('x', E(1100))], 'x');
    expect(valueFlags({ class: 'material-class/titanium-alloy', properties: [E(1100)] }, ranges)).toEqual([expect.objectContaining({ kind: 'outside-class-range' })]);
    expect(valueFlags({ class: 'material-class/titanium-alloy', properties: [E(60)] }, ranges)).toEqual([]);
  });

  it('says nothing about a class with too few materials, or about temperatures in a ratio of Celsius values', () => {
    expect(valueFlags({ class: 'material-class/titanium-alloy', properties: [E(1100)] }, classRanges(catalogue.slice(0, 3)))).toEqual([]);
    const celsius = (v: number): PropertyValue => ({ type: 'property-type/glass-transition-temperature', unit: 'degC', reference: 'r', value: v, normalized: { unit: 'degC', value: v } });
    // In kelvin, -60 °C and 60 °C are 213 K and 333 K: well within a factor of 3.
    expect(valueFlags({ class: 'material-class/polyester', properties: [celsius(-60), celsius(60)] }, new Map())).toEqual([]);
    expect(representative(celsius(26.85))).toBeCloseTo(300);
  });
});
