import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { intentLexicon, IntentProperty, readIntent, withoutReadings } from './intent';

/** The shipped property types (seed/vocabulary/property-type.json): labels in five languages. */
const concepts = JSON.parse(readFileSync(join(__dirname, '../../seed/vocabulary/property-type.json'), 'utf8')).concepts as {
  id: string;
  prefLabel: Record<string, string>;
  altLabels?: Record<string, string[]>;
  hiddenLabels?: Record<string, string[]>;
  quantity?: { canonicalUnit: string; searchField?: string };
}[];
const properties: IntentProperty[] = concepts
  .filter((c) => c.quantity?.searchField)
  .map((c) => ({
    id: c.id,
    field: c.quantity!.searchField!,
    unit: c.quantity!.canonicalUnit,
    label: c.prefLabel.en,
    labels: [...Object.values(c.prefLabel), ...Object.values(c.altLabels ?? {}).flat(), ...Object.values(c.hiddenLabels ?? {}).flat()],
  }));
const lexicon = intentLexicon(properties);
const read = (q: string) => readIntent(q, lexicon);
/** One reading's filter in the API's syntax, the sort, and the text left. */
const brief = (q: string) => {
  const { readings, text } = read(q);
  return {
    read: readings.map((r) => `${r.field}${r.range ? `=${r.range.min ?? ''}..${r.range.max ?? ''}` : ''}${r.sort ? `:${r.sort}` : ''}`),
    text,
  };
};

describe('readIntent', () => {
  describe('a property label with a number becomes a range', () => {
    it.each([
      ['elastic modulus below 5 GPa', 'youngsModulusGPa=..5'],
      ['modulus 10-30 GPa', 'youngsModulusGPa=10..30'],
      ['modulus 10–30 GPa', 'youngsModulusGPa=10..30'],
      ['modulus 10 to 30 GPa', 'youngsModulusGPa=10..30'],
      ['modulus 10 GPa - 30 GPa', 'youngsModulusGPa=10..30'],
      ["Young's modulus between 100 and 120 GPa", 'youngsModulusGPa=100..120'],
      ['density < 2 g/cm3', 'densityGcm3=..2'],
      ['density <= 2 g/cm^3', 'densityGcm3=..2'],
      ['density ≤2g/cm3', 'densityGcm3=..2'],
      ['tensile strength above 800 MPa', 'tensileStrengthMPa=800..'],
      ['tensile strength > 0.8 GPa', 'tensileStrengthMPa=800..'],
      ['porosity over 70 %', 'porosityPct=70..'],
      ['porosity over 70%', 'porosityPct=70..'],
      ['compressive strength above 1000 MPa', 'compressiveStrengthMPa=1000..'],
      ['fracture toughness > 6 MPa m^0.5', 'fractureToughnessMPaSqrtM=6..'],
      ['yield strength over 900 MPa', 'yieldStrengthMPa=900..'],
      ['elongation at break above 300 %', 'elongationAtBreakPct=300..'],
      ['pore size 100-500 µm', 'poreSizeUm=100..500'],
      ['pore size 0.1-0.5 mm', 'poreSizeUm=100..500'],
      ['modulus of at least 3 GPa', 'youngsModulusGPa=3..'],
      ['stiffness more than 3 GPa', 'youngsModulusGPa=3..'],
      ['modulus less than 500 MPa', 'youngsModulusGPa=..0.5'],
      ['density under 2000 kg/m3', 'densityGcm3=..2'],
      ['density 1.2', 'densityGcm3=1.08..1.32'],
    ])('%s -> %s', (q, filter) => expect(brief(q)).toEqual({ read: [filter], text: '' }));
  });

  describe('times convert through mathjs (a month is 365.25/12 days)', () => {
    it.each([
      ['degradation time under 6 months', 'degradationDays=..182.625'],
      ['degradation time below 12 weeks', 'degradationDays=..84'],
      ['resorption time more than 2 years', 'degradationDays=730.5..'],
      ['degradation time 30-90 days', 'degradationDays=30..90'],
      ['tempo di degradazione inferiore a 6 mesi', 'degradationDays=..182.625'],
      ['Abbauzeit unter 6 Monaten', 'degradationDays=..182.625'],
    ])('%s -> %s', (q, filter) => expect(brief(q).read).toEqual([filter]));
  });

  describe('Italian, Spanish, German and French', () => {
    it.each([
      ['modulo elastico inferiore a 5 GPa', 'youngsModulusGPa=..5'],
      ['resistenza a trazione superiore a 1000 MPa', 'tensileStrengthMPa=1000..'],
      ['densità sotto 2 g/cm3', 'densityGcm3=..2'],
      ['modulo di Young tra 10 e 30 GPa', 'youngsModulusGPa=10..30'],
      ['densidad menor de 2 g/cm3', 'densityGcm3=..2'],
      ['porosidad mayor del 70 %', 'porosityPct=70..'],
      ['módulo de Young entre 10 y 30 GPa', 'youngsModulusGPa=10..30'],
      ['densidad más de 4 g/cm3', 'densityGcm3=4..'],
      ['Zugfestigkeit über 800 MPa', 'tensileStrengthMPa=800..'],
      ['E-Modul zwischen 100 und 120 GPa', 'youngsModulusGPa=100..120'],
      ['Dichte unter 2 g/cm3', 'densityGcm3=..2'],
      ['porosité supérieure à 70 %', 'porosityPct=70..'],
      ["module d'Young inférieur à 5 GPa", 'youngsModulusGPa=..5'],
      ['masse volumique moins de 2 g/cm3', 'densityGcm3=..2'],
      ["module d’Young entre 10 et 30 GPa", 'youngsModulusGPa=10..30'],
    ])('%s -> %s', (q, filter) => expect(brief(q)).toEqual({ read: [filter], text: '' }));

    it('reads a decimal comma', () => expect(brief('densità inferiore a 1,5 g/cm3').read).toEqual(['densityGcm3=..1.5']));
  });

  describe('adjectives become a range and/or a sort, and the rest stays text', () => {
    it.each([
      ['light alloy', ['densityGcm3=..2:asc'], 'alloy'],
      ['stiff polymer', ['youngsModulusGPa=3..:desc'], 'polymer'],
      ['soft hydrogel', ['youngsModulusGPa=..0.1:asc'], 'hydrogel'],
      ['tough ceramic', ['fractureToughnessMPaSqrtM=5..:desc'], 'ceramic'],
      ['porous scaffold', ['porosityPct:desc'], 'scaffold'],
      ['quickly resorbed polymer', ['degradationDays=..182.625:asc'], 'polymer'],
      ['slowly degrading polymer', ['degradationDays=365.25..:desc'], 'polymer'],
      ['flexible polymer for catheters', ['youngsModulusGPa:asc'], 'polymer for catheters'],
      ['strong biodegradable metal', ['tensileStrengthMPa:desc'], 'biodegradable metal'],
      ['elastic polymer', ['elongationAtBreakPct:desc'], 'polymer'],
      ['lega leggera', ['densityGcm3=..2:asc'], 'lega'],
      ['polímero rígido', ['youngsModulusGPa=3..:desc'], 'polímero'],
      ['weiches Hydrogel', ['youngsModulusGPa=..0.1:asc'], 'Hydrogel'],
      ['weiche Hydrogele', ['youngsModulusGPa=..0.1:asc'], 'Hydrogele'],
      ['céramique tenace', ['fractureToughnessMPaSqrtM=5..:desc'], 'céramique'],
    ])('%s', (q, read, text) => expect(brief(q)).toEqual({ read, text }));
  });

  describe('"low"/"high" before a property become a sort', () => {
    it.each([
      ['low modulus titanium alloy', ['youngsModulusGPa:asc'], 'titanium alloy'],
      ['high-strength ceramic', ['tensileStrengthMPa:desc'], 'ceramic'],
      ['high density polyethylene', ['densityGcm3:desc'], 'polyethylene'],
      ['alta porosità', ['porosityPct:desc'], ''],
    ])('%s', (q, read, text) => expect(brief(q)).toEqual({ read, text }));
  });

  describe('keeps text that is not a constraint', () => {
    it.each([
      'Ti-6Al-4V',
      'ASTM F136',
      'PLGA 50:50',
      'CAS 9003-07-0',
      'Bioactive glass 13-93',
      'elastic modulus',
      'modulus',
      'density of titanium',
      'grade 5 titanium',
      '316L stainless steel',
      'vitamin E 5 %',
    ])('%s', (q) => expect(read(q)).toEqual({ readings: [], text: q }));
  });

  it('reads several constraints and keeps the words between them as text', () => {
    const { readings, text } = read('titanium alloy, modulus below 80 GPa and density < 5 g/cm3');
    expect(readings.map((r) => [r.field, r.range, r.words])).toEqual([
      ['youngsModulusGPa', { max: 80 }, 'modulus below 80 GPa'],
      ['densityGcm3', { max: 5 }, 'density < 5 g/cm3'],
    ]);
    expect(text).toBe('titanium alloy, and');
  });

  it('names the words read, their place, the property and its canonical unit', () => {
    const [r] = read('PEEK with modulus 3-4 GPa').readings;
    expect(r).toEqual({ words: 'modulus 3-4 GPa', start: 10, end: 25, field: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa', source: 'number', range: { min: 3, max: 4 } });
    expect(read('PEEK with modulus 3-4 GPa').text).toBe('PEEK with');
  });

  it('does not read a number whose unit measures another quantity', () => {
    expect(read('density below 5 GPa')).toEqual({ readings: [], text: 'density below 5 GPa' });
  });

  it('orders reversed bounds', () => expect(brief('modulus 30-10 GPa').read).toEqual(['youngsModulusGPa=10..30']));

  it('withoutReadings takes out only the given spans', () => {
    expect(withoutReadings('light stiff alloy', [{ start: 0, end: 5 }])).toBe('stiff alloy');
    expect(withoutReadings('a b c', [])).toBe('a b c');
  });
});

describe('the relevance suite (bench/relevance/queries.json)', () => {
  const suite = JSON.parse(readFileSync(join(__dirname, '../../bench/relevance/queries.json'), 'utf8')) as { q: string; group: string; filters?: { range?: Record<string, string> } }[];

  it.each(suite.filter((s) => s.group === 'property').map((s) => [s.q, s.filters!.range!] as const))('"%s" becomes its judged filter %j', (q, range) => {
    const { readings, text } = read(q);
    expect(Object.fromEntries(readings.map((r) => [r.field, `${r.range?.min ?? ''}..${r.range?.max ?? ''}`]))).toEqual(range);
    expect(text).toBe('');
  });

  it('reads something in every intent query but the ones without a property (transparent, "for catheters" stays text)', () => {
    const unread = suite.filter((s) => s.group === 'intent' && !read(s.q).readings.length).map((s) => s.q);
    expect(unread).toEqual(['transparent polymer']);
  });
});
