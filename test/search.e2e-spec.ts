import { SearchAdminService } from '../src/search/search-admin.service';
import { SearchIndexService } from '../src/search/search-index.service';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { HOSTILE_FORM, SEARCH_CONCEPTS, SEARCH_MATERIALS } from './fixtures/search-catalogue';
import { curate, eventually, publishMaterial } from './helpers/catalogue';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

describe('Search API', () => {
  let t: TestApp;

  const search = (query: Record<string, string>) => t.http.get('/api/v1/search/materials').query(query);
  const slugs = async (query: Record<string, string>) => ((await search(query).expect(200)).body.hits as { slug: string }[]).map((h) => h.slug).sort();

  beforeAll(async () => {
    t = await startTestApp();
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
    for (const [slug, content] of Object.entries(SEARCH_MATERIALS)) await publishMaterial(t, slug, content);
    await eventually('the fixture is searchable', async () => (await search({ perPage: '50' })).body.total === 7);
  });
  afterAll(() => t.close());

  it('returns list-item-shaped hits with highlights and normalised numbers', async () => {
    const res = await search({ q: 'titanium', facets: '' }).expect(200);
    expect(Object.keys(res.body).sort()).toEqual(['facetDistribution', 'facetStats', 'hits', 'interpretation', 'page', 'perPage', 'processingTimeMs', 'total']);
    const hit = res.body.hits.find((h: { slug: string }) => h.slug === 'cp-titanium');
    const item = (await t.http.get('/api/v1/materials').query({ perPage: '50' }).expect(200)).body.items.find((i: { slug: string }) => i.slug === 'cp-titanium');
    const { properties, market, _formatted, ...head } = hit;
    expect(head).toEqual(item);
    expect(_formatted.name).toBe('Commercially pure <mark>titanium</mark>');
    expect(properties).toEqual({ youngsModulusGPa: { value: 105, min: 105, max: 105 }, densityGcm3: { value: 4.51, min: 4.51, max: 4.51 } });
    expect(market).toMatchObject({ offerCount: 0, inStock: false });
  });

  it('escapes HTML in highlights', async () => {
    const res = await search({ q: 'tricalcium', facets: '' }).expect(200);
    expect(res.body.hits[0]._formatted.name).toBe('Beta-<mark>tricalcium</mark> phosphate');
    const hostile = await search({ q: 'special', facets: '' }).expect(200);
    expect(JSON.stringify(hostile.body.hits.map((h: { _formatted: unknown }) => h._formatted))).not.toContain('<script');
  });

  describe('finds the right material', () => {
    it.each([
      ['a typo', 'hydroxiapatite', 'hydroxyapatite'],
      ['a vocabulary synonym (alt label)', 'polyether ether ketone', 'peek'],
      ['a label in another language', 'Polyetheretherketon', 'peek'],
      ['another language, multi-word, on the class', 'lega di titanio', 'cp-titanium|ti-6al-4v'],
      ['a hidden label', 'durapatite', 'hydroxyapatite'],
      ['a material synonym', 'grade 5 titanium', 'ti-6al-4v'],
    ])('by %s: "%s"', async (_what, q, slug) => {
      const res = await search({ q, facets: '' }).expect(200);
      const expected = slug.split('|');
      expect(res.body.hits.slice(0, expected.length).map((h: { slug: string }) => h.slug).sort()).toEqual(expected);
    });

    it('matches codes exactly (no typo tolerance on standards)', async () => {
      expect(await slugs({ q: 'F136', facets: '' })).toEqual(['ti-6al-4v']);
      expect(await slugs({ q: 'F75', facets: '' })).toEqual(['cocrmo']);
    });
  });

  describe('facets', () => {
    it('counts every facet with nothing selected', async () => {
      const res = await search({ facets: 'class,forms' }).expect(200);
      expect(res.body.total).toBe(7);
      expect(res.body.facetDistribution.class).toEqual({
        Metal: 3,
        Ceramic: 2,
        'Synthetic polymer': 2,
        'Metal > Titanium alloy': 2,
        'Metal > Cobalt-chromium alloy': 1,
        'Ceramic > Calcium phosphate': 2,
        'Synthetic polymer > Polyether': 1,
      });
      expect(res.body.facetDistribution.forms).toEqual({ Rod: 4, Powder: 4, [HOSTILE_FORM]: 1 });
    });

    it('ORs values within a facet and ANDs facets, with disjunctive counts', async () => {
      const one = await search({ 'filter[forms]': 'Powder', facets: 'class,forms' }).expect(200);
      expect(one.body.hits.map((h: { slug: string }) => h.slug).sort()).toEqual(['beta-tcp', 'cocrmo', 'cp-titanium', 'hydroxyapatite']);
      // forms counts as if the forms selection were off; class counts within it.
      expect(one.body.facetDistribution.forms).toEqual({ Rod: 4, Powder: 4, [HOSTILE_FORM]: 1 });
      expect(one.body.facetDistribution.class).toMatchObject({ Metal: 2, Ceramic: 2 });
      expect(one.body.facetDistribution.class['Synthetic polymer']).toBeUndefined();

      const two = await search({ 'filter[forms]': 'Powder', 'filter[class]': 'Metal', facets: 'class,forms' }).expect(200);
      expect(two.body.hits.map((h: { slug: string }) => h.slug).sort()).toEqual(['cocrmo', 'cp-titanium']);
      expect(two.body.facetDistribution.forms).toEqual({ Rod: 2, Powder: 2 });
      expect(two.body.facetDistribution.class).toEqual({
        Metal: 2,
        Ceramic: 2,
        'Metal > Titanium alloy': 1,
        'Metal > Cobalt-chromium alloy': 1,
        'Ceramic > Calcium phosphate': 2,
      });

      const or = await slugs({ 'filter[class]': 'Ceramic,Synthetic polymer > Polyether', facets: '' });
      expect(or).toEqual(['beta-tcp', 'hydroxyapatite', 'peek']);
    });

    it('filters on a hierarchy level by its path', async () => {
      expect(await slugs({ 'filter[class]': 'Metal > Titanium alloy', facets: '' })).toEqual(['cp-titanium', 'ti-6al-4v']);
    });

    it('searches facet values', async () => {
      const res = await t.http.get('/api/v1/search/facets/class').query({ q: 'tita' }).expect(200);
      expect(res.body).toEqual({ facet: 'class', values: [{ value: 'Metal > Titanium alloy', count: 2 }] });
      const within = await t.http.get('/api/v1/search/facets/forms').query({ q: 'po', 'filter[class]': 'Ceramic' }).expect(200);
      expect(within.body.values).toEqual([{ value: 'Powder', count: 2 }]);
    });

    it('suggests names and concept labels as you type', async () => {
      const res = await t.http.get('/api/v1/search/suggest').query({ q: 'hydrox' }).expect(200);
      expect(res.body.materials[0]).toMatchObject({ slug: 'hydroxyapatite', name: 'Hydroxyapatite', _formatted: { name: '<mark>Hydrox</mark>yapatite' } });
      const concepts = await t.http.get('/api/v1/search/suggest').query({ q: 'calcium ph' }).expect(200);
      expect(concepts.body.concepts).toContainEqual({ facet: 'class', value: 'Ceramic > Calcium phosphate', count: 2 });
    });
  });

  describe('numeric ranges', () => {
    it.each([
      ['100..', ['cocrmo', 'cp-titanium', 'hydroxyapatite', 'ti-6al-4v']],
      ['..100', ['hydroxyapatite', 'peek', 'pla', 'ti-6al-4v']],
      ['3..4', ['peek', 'pla']],
      ['10..30', []],
      ['3.55..3.65', ['peek']],
    ])('range[youngsModulusGPa]=%s&rangeMode=overlaps matches overlapping records', async (range, expected) => {
      expect(await slugs({ 'range[youngsModulusGPa]': range, rangeMode: 'overlaps', facets: '' })).toEqual(expected);
    });

    it('keeps materials without a value when asked (missing=), only for that field', async () => {
      // beta-tcp has a density but no modulus.
      expect(await slugs({ 'range[youngsModulusGPa]': '3..4', missing: 'youngsModulusGPa', facets: '' })).toEqual(['beta-tcp', 'peek', 'pla']);
      expect(await slugs({ 'range[densityGcm3]': '1..2', missing: 'youngsModulusGPa', facets: '' })).toEqual(['peek', 'pla']);
      const res = await search({ missing: 'colour' }).expect(400);
      expect(res.body.errors[0]).toMatchObject({ path: 'missing', message: expect.stringMatching(/unknown range field "colour"/) });
    });

    it('reports min/max of the results, as if its own range were off', async () => {
      const all = await search({ facets: 'youngsModulusGPa' }).expect(200);
      expect(all.body.facetStats).toEqual({ youngsModulusGPa: { min: 3.5, max: 240, unit: 'GPa' } });
      const ranged = await search({ 'range[youngsModulusGPa]': '3..4', 'filter[class]': 'Metal', facets: 'youngsModulusGPa' }).expect(200);
      expect(ranged.body.total).toBe(0);
      expect(ranged.body.facetStats.youngsModulusGPa).toEqual({ min: 100, max: 240, unit: 'GPa' });
    });

    it('sorts by a numeric property, records without it last', async () => {
      const res = await search({ sort: 'youngsModulusGPa:desc', facets: '' }).expect(200);
      expect(res.body.hits.map((h: { slug: string }) => h.slug)).toEqual(['cocrmo', 'ti-6al-4v', 'cp-titanium', 'hydroxyapatite', 'peek', 'pla', 'beta-tcp']);
      const byName = await search({ sort: 'name:asc', facets: '', perPage: '2', page: '2' }).expect(200);
      // beta-tricalcium phosphate, cocrmo | commercially pure titanium, hydroxyapatite | ...
      expect(byName.body.hits.map((h: { slug: string }) => h.slug)).toEqual(['cp-titanium', 'hydroxyapatite']);
      expect(byName.body).toMatchObject({ total: 7, page: 2, perPage: 2 });
    });
  });

  describe('hostile and invalid input', () => {
    it('treats quotes, OR, parentheses and backslashes in values as literals', async () => {
      expect(await slugs({ 'filter[forms]': HOSTILE_FORM, facets: '' })).toEqual(['beta-tcp']);
      for (const value of [
        'Rod" OR facets.forms = "Powder',
        'Powder") OR (facets.class.lvl0 = "Metal',
        'Rod\\',
        'Rod\\" OR slug EXISTS OR "',
        '"',
        ') OR (',
        'Rod OR Powder',
      ]) {
        const res = await search({ 'filter[forms]': value, facets: '' });
        expect({ value, status: res.status, total: res.body.total }).toEqual({ value, status: 200, total: 0 });
      }
      // A comma separates values unless escaped.
      expect(await slugs({ 'filter[forms]': 'Rod\\,Powder', facets: '' })).toEqual([]);
    });

    it.each([
      [{ 'filter[colour]': 'red' }, 'filter[colour]', /unknown facet "colour"; allowed: class, applications/],
      [{ 'range[hardness]': '1..2' }, 'range[hardness]', /unknown range field "hardness"; allowed: .*youngsModulusGPa/],
      [{ 'range[youngsModulusGPa]': '1e3..2' }, 'range[youngsModulusGPa]', /decimal numbers/],
      [{ 'range[youngsModulusGPa]': '5..2' }, 'range[youngsModulusGPa]', /min must not exceed max/],
      [{ 'range[youngsModulusGPa]': '..' }, 'range[youngsModulusGPa]', /decimal numbers/],
      [{ sort: 'colour:asc' }, 'sort', /field one of name, publishedAt/],
      [{ sort: 'name:sideways' }, 'sort', /asc\|desc/],
      [{ facets: 'class,colour' }, 'facets', /unknown facet "colour"/],
      [{ 'filter[inStock]': 'maybe' }, 'filter[inStock]', /true or false/],
      [{ 'filter[forms][$ne]': 'x' }, 'filter[forms]', /comma-separated list/],
      [{ filter: 'x' }, 'filter', /filter\[<facet>\]/],
      [{ page: '60', perPage: '20' }, 'page', /first 1000 results/],
    ])('rejects %j with 400 naming %s', async (query, path, message) => {
      const res = await search(query as Record<string, string>).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const error = res.body.errors.find((e: { path: string }) => e.path === path);
      expect(error?.message).toMatch(message);
    });

    it('bounds page size', async () => {
      await search({ perPage: '101' }).expect(400);
      await t.http.get('/api/v1/search/facets/colour').query({ q: 'x' }).expect(400);
    });
  });

  it('drops retired materials and brings restored ones back', async () => {
    await curate(t, 'pla', 'retire');
    await eventually('pla leaves the index', async () => !(await slugs({ q: 'polylactide', facets: '' })).includes('pla'));
    await curate(t, 'pla', 'restore');
    await eventually('pla is back', async () => (await slugs({ q: 'polylactide', facets: '' })).includes('pla'));
  });

  it('reindexes a renamed concept into every material that shows it', async () => {
    const vocabulary = t.app.get(VocabularyService);
    const record = async () => (await t.http.get('/api/v1/curation/materials/ti-6al-4v').set(bearer('curator')).expect(200)).body;
    const before = await record();
    const metal = SEARCH_CONCEPTS.find((c) => c.id === 'material-class/metal')!;
    await vocabulary.update({ ...metal, prefLabel: { ...metal.prefLabel, en: 'Metallic' } });
    // The parent's new label reaches its children's paths too.
    await eventually('the new label is a facet value', async () => (await search({ facets: 'class' })).body.facetDistribution.class['Metallic > Titanium alloy'] === 2);
    expect(await slugs({ 'filter[class]': 'Metallic', facets: '' })).toEqual(['cocrmo', 'cp-titanium', 'ti-6al-4v']);
    await vocabulary.update(metal);
    await eventually('the old label is back', async () => (await search({ facets: 'class' })).body.facetDistribution.class.Metal === 3);
    // The worker re-pushed the materials without writing to them (a write could undo a curator's).
    expect(await record()).toEqual(before);
  });

  it('finds materials by a new alternative label of their class once the worker has re-pushed them', async () => {
    expect(await slugs({ q: 'zetalloy', facets: '' })).toEqual([]);
    await t.app.get(VocabularyService).addLabel('material-class/titanium-alloy', 'en', 'zetalloy', 'alt');
    // The labels live in the documents (no query-time synonyms): both titanium alloys, nothing else.
    await eventually('the label finds the class', async () => (await slugs({ q: 'zetalloy', facets: '' })).length === 2);
    expect(await slugs({ q: 'zetalloy', facets: '' })).toEqual(['cp-titanium', 'ti-6al-4v']);
  });

  it('reports no drift once the worker has caught up', async () => {
    await eventually('search:check is clean', async () => (await t.app.get(SearchAdminService).check()).clean);
    const res = await t.http.get('/api/v1/search/status').set(bearer('curator')).expect(200);
    expect(res.body).toMatchObject({ listed: 7, indexed: 7, clean: true, counts: { missing: 0, extra: 0, stale: 0 } });
    await t.http.get('/api/v1/search/status').expect(401);
    await t.http.get('/api/v1/search/status').set(bearer('researcher')).expect(403);
  });
});
