import { rmSync } from 'node:fs';
import { SeedService } from '../src/seed/seed.service';
import { eventually } from './helpers/catalogue';
import { seedSubset } from './helpers/seed-subset';
import { startTestApp, TestApp } from './helpers/test-app';

/**
 * Plain-words intent, range modes and the median sort, on shipped seed records whose values are known
 * (seed/materials, canonical units; envelope = lowest to highest value, median of the values' midpoints):
 *   Young's modulus  bioactive-glass-13-93 11 | porous-tantalum 10-30 (median 20) | bioglass-45s5 13.2, 35
 *   (median 24.1) | ti-15mo-w 17.86-45.35 (31.605) | nitinol-shape-memory-martensitic 28-41 (34.5) |
 *   ti-6al-4v 105-120 | peek 3.6, 3.7-4.0 | pdlla 1.9 | gelma-hydrogel 4.85-33 kPa
 *   density          magnesium-az31 1.78 | peek 1.32 | ti-6al-4v 4.42 | nitinol 6.45
 *   degradation      pdlla 12-16 months | pcl 2-3 years;  fracture toughness: ZTA (BIOLOX delta) 6.5
 */
const SLUGS = [
  'bioactive-glass-13-93',
  'porous-tantalum',
  'bioglass-45s5',
  'ti-15mo-w',
  'nitinol-shape-memory-martensitic',
  'ti-6al-4v',
  'peek',
  'pdlla',
  'pcl',
  'gelma-hydrogel',
  'magnesium-az31',
  'zirconia-toughened-alumina-biolox-delta',
];

describe('Search: plain-words intent, range modes, median sort', () => {
  let t: TestApp;
  let dir: string;
  const search = async (query: Record<string, string>) => (await t.http.get('/api/v1/search/materials').query({ facets: '', perPage: '50', ...query }).expect(200)).body;
  const slugs = async (query: Record<string, string>) => ((await search(query)).hits as { slug: string }[]).map((h) => h.slug).sort();

  beforeAll(async () => {
    t = await startTestApp();
    dir = seedSubset(new Set(SLUGS));
    const report = await t.app.get(SeedService).run(() => undefined, dir);
    expect(report.materials.rows.filter((r) => r.status === 'created').map((r) => r.slug).sort()).toEqual([...SLUGS].sort());
    await eventually('the seed subset is searchable', async () => (await search({})).total === SLUGS.length, 30_000);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('each intent form becomes the stated filter', () => {
    it.each([
      ['modulus 10-30 GPa', 'youngsModulusGPa', '10..30', ['bioactive-glass-13-93', 'porous-tantalum']],
      ['modulus between 10 and 30 GPa', 'youngsModulusGPa', '10..30', ['bioactive-glass-13-93', 'porous-tantalum']],
      ['elastic modulus below 5 GPa', 'youngsModulusGPa', '..5', ['gelma-hydrogel', 'pdlla', 'peek']],
      ['modulo elastico inferiore a 5 GPa', 'youngsModulusGPa', '..5', ['gelma-hydrogel', 'pdlla', 'peek']],
      ["module d'Young inférieur à 5000 MPa", 'youngsModulusGPa', '..5', ['gelma-hydrogel', 'pdlla', 'peek']],
      ['E-Modul zwischen 100 und 120 GPa', 'youngsModulusGPa', '100..120', ['ti-6al-4v']],
      ['density < 2 g/cm3', 'densityGcm3', '..2', ['magnesium-az31', 'peek']],
      ['densidad menor de 2000 kg/m3', 'densityGcm3', '..2', ['magnesium-az31', 'peek']],
      ['degradation time over 1 year', 'degradationDays', '365.25..', ['pcl', 'pdlla']],
      ['Abbauzeit über 2 Jahre', 'degradationDays', '730.5..', ['pcl']],
    ])('"%s" -> range[%s]=%s', async (q, field, range, expected) => {
      const body = await search({ q });
      expect(body.interpretation).toEqual({
        enabled: true,
        text: '',
        rangeMode: 'within',
        parts: [expect.objectContaining({ words: q, field, range, applied: true, source: 'number' })],
      });
      expect((body.hits as { slug: string }[]).map((h) => h.slug).sort()).toEqual(expected);
      // The same as the explicit filter.
      expect(await slugs({ [`range[${field}]`]: range })).toEqual(expected);
    });

    it.each([
      ['light alloy', 'alloy', { field: 'densityGcm3', range: '..2', sort: 'densityGcm3:asc' }, ['magnesium-az31']],
      ['stiff polymer', 'polymer', { field: 'youngsModulusGPa', range: '3..', sort: 'youngsModulusGPa:desc' }, ['peek']],
      ['soft hydrogel', 'hydrogel', { field: 'youngsModulusGPa', range: '..0.1', sort: 'youngsModulusGPa:asc' }, ['gelma-hydrogel']],
      ['tough ceramic', 'ceramic', { field: 'fractureToughnessMPaSqrtM', range: '5..' }, ['zirconia-toughened-alumina-biolox-delta']],
    ])('"%s": an adjective becomes a range and a sort, "%s" stays text', async (q, text, part, expected) => {
      const body = await search({ q });
      expect(body.interpretation.text).toBe(text);
      expect(body.interpretation.parts).toEqual([expect.objectContaining({ ...part, source: 'adjective', applied: true })]);
      expect((body.hits as { slug: string }[]).map((h) => h.slug).sort()).toEqual(expected);
    });

    it('"low modulus titanium alloy" sorts by modulus, lowest first', async () => {
      const body = await search({ q: 'low modulus titanium alloy' });
      expect(body.interpretation.parts).toEqual([expect.objectContaining({ words: 'low modulus', sort: 'youngsModulusGPa:asc', applied: true, source: 'level' })]);
      expect(body.interpretation.text).toBe('titanium alloy');
      // The sort orders equally relevant hits (Meilisearch ranks sort after attribute), as an explicit sort does.
      const order = (b: { hits: { slug: string }[] }) => b.hits.map((h) => h.slug);
      expect(order(body)).toEqual(order(await search({ q: 'titanium alloy', sort: 'youngsModulusGPa:asc' })));
      // With no text left, it orders everything: lowest modulus first, records without one last.
      expect(order(await search({ q: 'low modulus' })).slice(0, 3)).toEqual(['gelma-hydrogel', 'pdlla', 'peek']);
      expect(order(await search({ q: 'high density' })).slice(0, 3)).toEqual(['nitinol-shape-memory-martensitic', 'ti-6al-4v', 'magnesium-az31']);
    });

    it('interpret=false searches the words as text', async () => {
      const body = await search({ q: 'modulus 10-30 GPa', interpret: 'false' });
      expect(body.interpretation).toEqual({ enabled: false, text: 'modulus 10-30 GPa', rangeMode: 'within', parts: [] });
      // "modulus" is in PEEK's summary; PEEK (3.6-4 GPa) is outside 10-30 GPa.
      expect((body.hits as { slug: string }[]).map((h) => h.slug)).toContain('peek');
    });

    it('a range given in the request wins over the one read, and the interpretation says so', async () => {
      const body = await search({ q: 'modulus 10-30 GPa', 'range[youngsModulusGPa]': '100..120' });
      expect((body.hits as { slug: string }[]).map((h) => h.slug)).toEqual(['ti-6al-4v']);
      expect(body.interpretation.parts).toEqual([
        expect.objectContaining({ range: '10..30', applied: false, note: "the request's range[youngsModulusGPa] applies instead" }),
      ]);
    });

    it('literal=<field> keeps that part as text', async () => {
      const body = await search({ q: 'porous tantalum modulus 10-30 GPa', literal: 'youngsModulusGPa', interpret: 'true' });
      expect(body.interpretation.text).toBe('tantalum modulus 10-30 GPa');
      expect(body.interpretation.parts).toEqual([
        expect.objectContaining({ field: 'porosityPct', sort: 'porosityPct:desc', applied: true }),
        expect.objectContaining({ field: 'youngsModulusGPa', applied: false, note: 'kept as text, as asked (literal)' }),
      ]);
    });

    it('rejects a wrong rangeMode, interpret or literal in plain words', async () => {
      const res = await t.http.get('/api/v1/search/materials').query({ rangeMode: 'inside', interpret: 'maybe' }).expect(400);
      expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['interpret', 'rangeMode']);
      const literal = await t.http.get('/api/v1/search/materials').query({ literal: 'colour' }).expect(400);
      expect(literal.body.errors).toEqual([{ path: 'literal', message: expect.stringMatching(/^unknown range field "colour"; allowed: /) }]);
    });
  });

  describe('range modes', () => {
    it('within (default): the whole envelope lies in the interval', async () => {
      expect(await slugs({ 'range[youngsModulusGPa]': '10..30' })).toEqual(['bioactive-glass-13-93', 'porous-tantalum']);
      expect(await slugs({ 'range[youngsModulusGPa]': '10..30', rangeMode: 'within' })).toEqual(['bioactive-glass-13-93', 'porous-tantalum']);
    });

    it('overlaps: any envelope that meets the interval', async () => {
      expect(await slugs({ 'range[youngsModulusGPa]': '10..30', rangeMode: 'overlaps' })).toEqual(
        ['bioactive-glass-13-93', 'bioglass-45s5', 'nitinol-shape-memory-martensitic', 'porous-tantalum', 'ti-15mo-w'],
      );
      expect(await slugs({ 'range[youngsModulusGPa]': '..5', rangeMode: 'overlaps' })).toEqual(['gelma-hydrogel', 'pdlla', 'peek']);
    });
  });

  it('sorts by the median of the values, not by an end of the envelope', async () => {
    const body = await search({ 'range[youngsModulusGPa]': '10..30', rangeMode: 'overlaps', sort: 'youngsModulusGPa:asc' });
    // By the lowest value it would be tantalum (10) first; by the highest, nitinol (41) before Ti-15Mo-W (45.35).
    expect((body.hits as { slug: string }[]).map((h) => h.slug)).toEqual(['bioactive-glass-13-93', 'porous-tantalum', 'bioglass-45s5', 'ti-15mo-w', 'nitinol-shape-memory-martensitic']);
    const glass = body.hits.find((h: { slug: string }) => h.slug === 'bioglass-45s5');
    expect(glass.properties.youngsModulusGPa).toEqual({ value: 24.1, min: 13.2, max: 35 });
  });
});
