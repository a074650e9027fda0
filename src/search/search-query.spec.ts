import { ProblemException } from '../common/problem/problem';
import { applyIntent, buildFilter, decimal, parseSearchRequest, quote, RawSearchQuery, splitValues } from './search-query';
import type { IntentReading } from './intent';
import { SearchSchema } from './search-schema';

const schema = new SearchSchema([
  { name: 'youngsModulusGPa', unit: 'GPa', label: "Young's modulus", value: 'properties.youngsModulusGPa.value', min: 'properties.youngsModulusGPa.min', max: 'properties.youngsModulusGPa.max' },
]);
const parse = (raw: Partial<RawSearchQuery>) => parseSearchRequest({ page: 1, perPage: 20, ...raw }, schema, 1000);
const problemOf = (raw: Partial<RawSearchQuery>) => {
  try {
    parse(raw);
  } catch (err) {
    return (err as ProblemException).problem;
  }
  throw new Error('expected a validation problem');
};

describe('splitValues', () => {
  it.each([
    ['a,b', ['a', 'b']],
    [' a , b ,', ['a', 'b']],
    ['Bone\\, cortical,Rod', ['Bone, cortical', 'Rod']],
    ['back\\\\slash', ['back\\slash']],
    ['trailing\\', ['trailing\\']],
    ['', []],
  ])('%j -> %j', (raw, expected) => expect(splitValues(raw)).toEqual(expected));
});

describe('quote', () => {
  it('escapes backslashes before quotes, so a value cannot close its string', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('a\\')).toBe('"a\\\\"');
    expect(quote('a\\" OR x = "y')).toBe('"a\\\\\\" OR x = \\"y"');
  });
});

describe('parseSearchRequest', () => {
  it('reads facets, ranges, sort and defaults', () => {
    const req = parse({ q: ' peek ', filter: { class: 'Metal,Ceramic > Calcium phosphate', forms: ['Rod', 'Powder'] }, range: { youngsModulusGPa: '10..' }, sort: 'youngsModulusGPa:desc' });
    expect(req.q).toBe('peek');
    expect(req.filters).toEqual(new Map([['class', ['Metal', 'Ceramic > Calcium phosphate']], ['forms', ['Rod', 'Powder']]]));
    expect(req.ranges).toEqual(new Map([['youngsModulusGPa', { min: '10' }]]));
    expect(req.sort).toEqual({ field: 'youngsModulusGPa', direction: 'desc' });
    expect(req.facets).toEqual(['class', 'applications', 'forms', 'biocompatibility', 'regulatory', 'inStock']);
    expect(parse({ facets: '' }).facets).toEqual([]);
    expect(parse({ sort: 'relevance' }).sort).toBeUndefined();
  });

  it.each([
    [{ filter: { colour: 'red' } }, 'filter[colour]'],
    [{ filter: { forms: { $ne: null } } }, 'filter[forms]'],
    [{ filter: 'forms' }, 'filter'],
    [{ filter: { class: 'a > b > c > d' } }, 'filter[class]'],
    [{ filter: { forms: 'x'.repeat(201) } }, 'filter[forms]'],
    [{ filter: { forms: Array.from({ length: 51 }, (_, i) => `v${i}`).join(',') } }, 'filter[forms]'],
    [{ range: { youngsModulusGPa: '10' } }, 'range[youngsModulusGPa]'],
    [{ range: { youngsModulusGPa: '1..2..3' } }, 'range[youngsModulusGPa]'],
    [{ range: { youngsModulusGPa: 'NaN..1' } }, 'range[youngsModulusGPa]'],
    [{ range: { youngsModulusGPa: '0x10..' } }, 'range[youngsModulusGPa]'],
    [{ range: { youngsModulusGPa: ['1..2', '3..4'] } }, 'range[youngsModulusGPa]'],
    [{ range: { price: '1 OR 1=1..2' } }, 'range[price]'],
    [{ sort: 'youngsModulusGPa:' }, 'sort'],
    [{ sort: 'properties.youngsModulusGPa.value:asc' }, 'sort'],
    [{ page: 51, perPage: 20 }, 'page'],
    [{ rangeMode: 'inside' }, 'rangeMode'],
    [{ interpret: 'no' }, 'interpret'],
    [{ literal: 'colour' }, 'literal'],
  ])('rejects %j at %s', (raw, path) => {
    const problem = problemOf(raw as Partial<RawSearchQuery>);
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.path)).toContain(path);
  });

  it('reports every problem at once', () => {
    expect(problemOf({ filter: { colour: 'x' }, sort: 'x:asc', facets: 'nope' }).errors).toHaveLength(3);
  });
});

describe('buildFilter', () => {
  const req = parse({
    filter: { class: 'Metal,Metal > Titanium alloy', forms: 'Rod', inStock: 'true' },
    range: { youngsModulusGPa: '10.5..30', price: '..5000' },
  });

  it('ORs within a facet, ANDs across, picks the hierarchy level from the path, and keeps envelopes within ranges', () => {
    expect(buildFilter(req, schema)).toEqual([
      '(facets.class.lvl0 = "Metal" OR facets.class.lvl1 = "Metal > Titanium alloy")',
      'facets.forms = "Rod"',
      'market.inStock = "true"',
      'properties.youngsModulusGPa.min >= 10.5',
      'properties.youngsModulusGPa.max <= 30',
      'market.lowestPriceEurMinor <= 5000',
    ]);
  });

  it('rangeMode=overlaps matches envelopes that meet the range', () => {
    expect(buildFilter(parse({ range: { youngsModulusGPa: '10.5..30' }, rangeMode: 'overlaps' }), schema)).toEqual([
      'properties.youngsModulusGPa.max >= 10.5',
      'properties.youngsModulusGPa.min <= 30',
    ]);
  });

  it('leaves one facet or range out for its disjunctive counts', () => {
    expect(buildFilter(req, schema, 'class')).not.toContainEqual(expect.stringContaining('facets.class'));
    expect(buildFilter(req, schema, 'youngsModulusGPa')).not.toContainEqual(expect.stringContaining('youngsModulusGPa'));
  });

  it('keeps hostile values inside one quoted string', () => {
    const hostile = parse({ filter: { forms: 'Rod" OR facets.class.lvl0 = "Metal' } });
    expect(buildFilter(hostile, schema)).toEqual(['facets.forms = "Rod\\" OR facets.class.lvl0 = \\"Metal"']);
  });
});

describe('applyIntent', () => {
  const read = (q: string, readings: IntentReading[]) => ({ readings, text: q });
  const modulus = (words: string, start: number, extra: Partial<IntentReading>): IntentReading => ({
    words, start, end: start + words.length, field: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa', source: 'number', ...extra,
  });
  const q = 'titanium modulus below 80 GPa';
  const below80 = modulus('modulus below 80 GPa', 9, { range: { max: 80 } });

  it('applies a reading as a range and takes its words out of the text', () => {
    const { req, interpretation } = applyIntent(parse({ q }), read(q, [below80]), schema);
    expect(req.q).toBe('titanium');
    expect(req.ranges.get('youngsModulusGPa')).toEqual({ max: '80' });
    expect(interpretation).toEqual({
      enabled: true, text: 'titanium', rangeMode: 'within',
      parts: [{ words: 'modulus below 80 GPa', field: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa', source: 'number', range: '..80', applied: true }],
    });
  });

  it('lets the request\'s own range and sort win, and says so', () => {
    const stiff = modulus('stiff', 0, { source: 'adjective', range: { min: 3 }, sort: 'desc' });
    const { req, interpretation } = applyIntent(parse({ q: 'stiff polymer', range: { youngsModulusGPa: '1..2' }, sort: 'name:asc' }), read('stiff polymer', [stiff]), schema);
    expect(req.ranges.get('youngsModulusGPa')).toEqual({ min: '1', max: '2' });
    expect(req.intentSorts).toBeUndefined();
    expect(req.q).toBe('polymer');
    expect(interpretation.parts[0]).toMatchObject({ applied: false, note: "the request's range[youngsModulusGPa] applies instead; the request's sort applies instead" });
  });

  it('applies an adjective\'s sort when the request has none', () => {
    const light = modulus('soft', 0, { source: 'adjective', sort: 'asc' });
    expect(applyIntent(parse({ q: 'soft gel' }), read('soft gel', [light]), schema).req.intentSorts).toEqual([{ field: 'youngsModulusGPa', direction: 'asc' }]);
  });

  it('keeps literal fields as text, and interpret=false reads nothing', () => {
    const kept = applyIntent(parse({ q, literal: 'youngsModulusGPa' }), read(q, [below80]), schema);
    expect(kept.req.q).toBe(q);
    expect(kept.req.ranges.size).toBe(0);
    expect(kept.interpretation.parts[0]).toMatchObject({ applied: false, note: 'kept as text, as asked (literal)' });
    const off = applyIntent(parse({ q, interpret: 'false' }), read(q, [below80]), schema);
    expect(off).toEqual({ req: expect.objectContaining({ q, ranges: new Map() }), interpretation: { enabled: false, text: q, rangeMode: 'within', parts: [] } });
  });

  it('writes tiny numbers without an exponent', () => {
    expect(decimal(5e-7)).toBe('0.0000005');
    expect(decimal(182.625)).toBe('182.625');
  });
});
