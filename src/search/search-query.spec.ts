import { ProblemException } from '../common/problem/problem';
import { buildFilter, parseSearchRequest, quote, RawSearchQuery, splitValues } from './search-query';
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

  it('ORs within a facet, ANDs across, picks the hierarchy level from the path, and overlaps ranges', () => {
    expect(buildFilter(req, schema)).toEqual([
      '(facets.class.lvl0 = "Metal" OR facets.class.lvl1 = "Metal > Titanium alloy")',
      'facets.forms = "Rod"',
      'market.inStock = "true"',
      'properties.youngsModulusGPa.max >= 10.5',
      'properties.youngsModulusGPa.min <= 30',
      'market.lowestPriceEurMinor <= 5000',
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
