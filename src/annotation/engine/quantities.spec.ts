import { CONCEPTS, MESH } from './__fixtures__/vocabulary';
import { annotate } from './annotate';
import { buildDictionary } from './dictionary';
import { QuantityMention } from './types';

const dict = buildDictionary(CONCEPTS, MESH, 'q');
const quantities = (text: string, title?: string) => annotate(dict, { text, title }).quantities;
const one = (text: string): QuantityMention => {
  const q = quantities(text);
  expect(q).toHaveLength(1);
  return q[0];
};
const brief = (q: QuantityMention) => ({
  text: q.text,
  property: q.propertyType.split('/')[1],
  ...(q.value !== undefined ? { value: q.value } : { min: q.min, max: q.max }),
  unit: q.unit,
  normalized: q.normalized,
  ...(q.bound ? { bound: q.bound } : {}),
});

describe('quantities', () => {
  it('reads plus-minus values', () => {
    expect(brief(one("The Young's modulus was 12.5 ± 1.3 GPa."))).toEqual({ text: '12.5 ± 1.3 GPa', property: 'youngs-modulus', value: 12.5, unit: 'GPa', normalized: { value: 12.5, unit: 'GPa' } });
    expect(one('Compressive strength: 12.5 +/- 1.3 MPa.')).toMatchObject({ text: '12.5 +/- 1.3 MPa', value: 12.5, uncertainty: 1.3 });
    expect(one('Compressive strength: 12.5 +- 1.3 MPa.')).toMatchObject({ text: '12.5 +- 1.3 MPa', value: 12.5 });
  });

  it('reads ranges with hyphens, en dashes, to, from..to and between..and', () => {
    expect(brief(one('A porosity of 70-90 % was reached.'))).toMatchObject({ text: '70-90 %', min: 70, max: 90, unit: '%' });
    expect(brief(one('A porosity of 70–90% was reached.'))).toMatchObject({ text: '70–90%', min: 70, max: 90 });
    expect(brief(one('The compressive strength was 2 to 5 MPa.'))).toMatchObject({ text: '2 to 5 MPa', min: 2, max: 5 });
    expect(brief(one('The compressive strength went from 2 to 5 MPa.'))).toMatchObject({ text: 'from 2 to 5 MPa', min: 2, max: 5 });
    expect(brief(one('The compressive strength was between 2 and 5 MPa.'))).toMatchObject({ text: 'between 2 and 5 MPa', min: 2, max: 5 });
    expect(brief(one('The compressive strength was between 2 MPa and 5 MPa.'))).toMatchObject({ text: 'between 2 MPa and 5 MPa', min: 2, max: 5 });
    expect(brief(one('The pore size was between 0.2 mm and 500 µm.'))).toMatchObject({ min: 0.2, max: 500, normalized: { min: 200, max: 500, unit: 'um' } });
    // a change is two values (the annotation guidelines): "fell from 48 MPa to 41 MPa"
    expect(quantities('The tensile strength fell from 48 MPa to 41 MPa.').map((q) => [q.text, q.value])).toEqual([
      ['48 MPa', 48],
      ['41 MPa', 41],
    ]);
  });

  it('reads approximate and bounded values', () => {
    const cases: [string, string, string][] = [
      ["The Young's modulus was about 5 GPa.", 'about 5 GPa', 'approx'],
      ["The Young's modulus was ~5 GPa.", '~5 GPa', 'approx'],
      ["The Young's modulus was < 5 GPa.", '< 5 GPa', 'lt'],
      ["The Young's modulus was below 5 GPa.", 'below 5 GPa', 'lt'],
      ["The Young's modulus was ≤ 5 GPa.", '≤ 5 GPa', 'le'],
      ['The porosity was up to 90 %.', 'up to 90 %', 'le'],
      ['The tensile strength was more than 100 MPa.', 'more than 100 MPa', 'gt'],
      ['The tensile strength was at least 100 MPa.', 'at least 100 MPa', 'ge'],
    ];
    for (const [text, span, bound] of cases) expect(one(text)).toMatchObject({ text: span, bound });
  });

  it('reads scientific notation', () => {
    expect(one('The tensile strength was 1.2 × 10^3 MPa.')).toMatchObject({ text: '1.2 × 10^3 MPa', value: 1200 });
    expect(one('The tensile strength was 1.2e3 MPa.')).toMatchObject({ text: '1.2e3 MPa', value: 1200 });
    expect(one('The tensile strength was 1.2 x 10⁻³ GPa.')).toMatchObject({ value: 0.0012, normalized: { value: 1.2, unit: 'MPa' } });
    expect(one('The tensile strength was 10⁻³ GPa.')).toMatchObject({ text: '10⁻³ GPa', value: 0.001 });
  });

  it('normalises units to the property type canonical unit with the catalogue converter', () => {
    expect(one('The density was 4430 kg/m³.').normalized).toEqual({ value: 4.43, unit: 'g/cm^3' });
    expect(one('The density was 1.2 g/cm³.')).toMatchObject({ unit: 'g/cm³', normalized: { value: 1.2, unit: 'g/cm^3' } });
    expect(one('The fracture toughness was 3.5 MPa·m^1/2.')).toMatchObject({ unit: 'MPa·m^1/2', normalized: { value: 3.5, unit: 'MPa m^0.5' } });
    expect(one('The fracture toughness was 3.5 MPa m1/2.')).toMatchObject({ normalized: { value: 3.5 } });
    expect(one('The degradation time was 12 weeks.').normalized).toEqual({ value: 84, unit: 'day' });
    expect(one('The degradation time was 2 months.').normalized).toEqual({ value: 60.875, unit: 'day' });
    expect(one('The pore size was 0.3 mm.').normalized).toEqual({ value: 300, unit: 'um' });
    expect(one('The pore size was 300 nm.').normalized).toEqual({ value: 0.3, unit: 'um' });
    expect(one('The pore size was 300 μm.').normalized).toEqual({ value: 300, unit: 'um' });
    expect(one('The Tg was 60 °C.').normalized).toEqual({ value: 60, unit: 'degC' });
    expect(one('The Tg was −60 °C.')).toMatchObject({ value: -60, normalized: { value: -60 } });
    expect(one('The Tg was 333.15 K.').normalized).toEqual({ value: 60, unit: 'degC' });
    expect(one('The water contact angle was 75°.')).toMatchObject({ text: '75°', normalized: { value: 75, unit: 'deg' } });
    expect(one('The mass loss was 12 wt %.')).toMatchObject({ text: '12 wt %', unit: 'wt %', normalized: { value: 12, unit: '%' } });
    expect(one('The tensile strength was 30 ksi.').normalized.value).toBeCloseTo(206.84, 2);
  });

  it('links the nearest preceding property type of the sentence, else the following one, else the only one of that dimension', () => {
    const q = quantities('The porosity was 80 % and the pore size 300 µm; 70 % porosity and a density of 1.1 g/cm3. Another sentence: 2.5 g/cm³.');
    expect(q.map((x) => [x.text, x.propertyType.split('/')[1]])).toEqual([
      ['80 %', 'porosity'],
      ['300 µm', 'pore-size'],
      ['70 %', 'porosity'],
      ['1.1 g/cm3', 'density'],
      ['2.5 g/cm³', 'density'],
    ]);
    // Poisson's ratio: a number without a unit right after a dimensionless property
    expect(one("Poisson's ratio was 0.3.")).toMatchObject({ value: 0.3, unit: '1', normalized: { value: 0.3, unit: '1' } });
  });

  it('links the material named nearest in the sentence, else the main material of the document', () => {
    const q = quantities('Titanium and PEEK were compared. PEEK had a tensile strength of 100 MPa. The density was 1.3 g/cm3.', 'PEEK implants');
    expect(q.map((x) => x.materialConceptId)).toEqual(['kw-materials-composition/peek', 'kw-materials-composition/peek']);
    const r = quantities('The tensile strength of titanium was 240 MPa.')[0];
    expect(r.materialConceptId).toBe('kw-materials-composition/titanium');
    expect(r.sentence).toEqual({ start: 0, end: 45 });
  });

  it('reads lists of numbers that share a unit, and cues for pores, degradation and mass loss', () => {
    expect(quantities('The densities were 3.98 and 6.05 g/cm³.').map((q) => [q.text, q.value, q.unit])).toEqual([
      ['3.98', 3.98, 'g/cm³'],
      ['6.05 g/cm³', 6.05, 'g/cm³'],
    ]);
    expect(quantities('It had pores of about 550 µm.').map((q) => q.propertyType)).toEqual(['property-type/pore-size']);
    expect(quantities('PLGA is expected to degrade in 1-2 months.').map((q) => q.propertyType)).toEqual(['property-type/degradation-time']);
    expect(quantities('The gels degraded; samples were taken after 7 days.')).toEqual([]);
    expect(quantities('The films lost 45 % of their initial mass.').map((q) => q.propertyType)).toEqual(['property-type/mass-loss']);
    expect(quantities('Gels of 1, 2 and 3 wt% polymer had a porosity of 90 %.').map((q) => q.text)).toEqual(['90 %']);
  });

  it('does not mark doses, culture times, sample sizes, p values or temperatures of a process', () => {
    expect(quantities('Cells were cultured for 7 days with 100 µg/mL of drug at 37 °C (n = 6, p < 0.05); 10 mg/kg was injected. Sintering at 1200 °C.')).toEqual([]);
    expect(quantities('Ti6Al4V and AZ31 and 45S5 samples; MG-63 cells; PLGA 50:50.')).toEqual([]);
  });
});
