import { converterTo, tidy } from './unit-normalizer';

const convert = (canonical: string, unit: string, n: number): number => {
  const c = converterTo(canonical, unit);
  if (!c.ok) throw new Error(c.message);
  return tidy(c.factor(n));
};

describe('unit normalisation', () => {
  it('brings MPa, GPa, psi and kPa for the same stress to the same canonical number', () => {
    const gpa = 0.2068427187829377; // 30,000 psi
    expect(convert('GPa', 'GPa', gpa)).toBeCloseTo(gpa, 12);
    expect(convert('GPa', 'MPa', gpa * 1000)).toBeCloseTo(gpa, 12);
    expect(convert('GPa', 'kPa', gpa * 1e6)).toBeCloseTo(gpa, 12);
    expect(convert('GPa', 'psi', 30000)).toBeCloseTo(gpa, 12);
    expect(convert('MPa', 'ksi', 1)).toBeCloseTo(6.894757, 5);
    expect(convert('MPa', 'N/mm^2', 550)).toBe(550);
  });

  it('normalises density in kg/m3 to g/cm3', () => {
    expect(convert('g/cm^3', 'kg/m^3', 4430)).toBe(4.43);
    expect(convert('g/cm^3', 'kg/m3', 1140)).toBe(1.14);
    expect(convert('g/cm^3', 'g/cc', 1.32)).toBe(1.32);
  });

  it('handles times, percentages, temperatures, micrometres and fracture toughness', () => {
    expect(convert('day', 'week', 2)).toBe(14);
    expect(convert('day', 'months', 1)).toBe(30.4375); // mathjs: a month is 1/12 of 365.25 days
    expect(convert('percent', '%', 60)).toBe(60);
    expect(convert('degC', 'K', 310.15)).toBe(37);
    expect(convert('um', 'µm', 300)).toBe(300);
    expect(convert('um', 'mm', 0.3)).toBe(300);
    expect(convert('MPa m^0.5', 'MPa·m^0.5', 4)).toBe(4);
    expect(convert('MPa m^0.5', 'MPa √m', 4)).toBe(4);
  });

  it('rejects units of the wrong dimension or unknown units', () => {
    expect(converterTo('GPa', 'g/cm^3')).toEqual({ ok: false, message: '"g/cm^3" does not measure the same quantity as GPa' });
    expect(converterTo('GPa', '%').ok).toBe(false);
    expect(converterTo('g/cm^3', 'furlongs')).toEqual({ ok: false, message: '"furlongs" is not a unit we understand' });
    expect(converterTo('1', 'MPa').ok).toBe(false);
    expect(converterTo('HV', 'MPa').ok).toBe(false);
    expect(convert('HV', 'HV', 349)).toBe(349);
  });
});
