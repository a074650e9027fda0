import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { SEARCH_CONCEPTS, SEARCH_MATERIALS } from './fixtures/search-catalogue';
import { eventually, publishMaterial } from './helpers/catalogue';
import { startTestApp, TestApp } from './helpers/test-app';

describe('Search export API', () => {
  let t: TestApp;
  const exportOf = (query: Record<string, string>) => t.http.get('/api/v1/search/export').query(query);

  beforeAll(async () => {
    t = await startTestApp();
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
    for (const [slug, content] of Object.entries(SEARCH_MATERIALS)) await publishMaterial(t, slug, content);
    await eventually('the fixture is searchable', async () => (await t.http.get('/api/v1/search/materials').query({ perPage: '50' })).body.total === 7);
  });
  afterAll(() => t.close());

  it('exports CSV with a byte order mark, units in the headers and min/max columns, under the filters', async () => {
    const res = await exportOf({ format: 'csv', fields: 'youngsModulusGPa,densityGcm3', 'filter[class]': 'Metal', sort: 'youngsModulusGPa:asc' }).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="biomat-search.csv"');
    const bytes = res.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe("Name,Slug,Class,Young's modulus min (GPa),Young's modulus max (GPa),Density min (g/cm³),Density max (g/cm³)");
    // Sorted by the representative value: cp-titanium (105), Ti-6Al-4V (112.5), CoCrMo (225).
    expect(lines.slice(1)).toEqual([
      'Commercially pure titanium,cp-titanium,Metal > Titanium alloy,105,105,4.51,4.51',
      'Ti-6Al-4V,ti-6al-4v,Metal > Titanium alloy,100,125,4.43,4.43',
      'CoCrMo,cocrmo,Metal > Cobalt-chromium alloy,210,240,8.3,8.3',
    ]);
  });

  it('exports JSON: every hit with only the asked properties, the total and the cap', async () => {
    const res = await exportOf({ format: 'json', fields: 'youngsModulusGPa', 'range[densityGcm3]': '..4' }).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body.fields).toEqual([{ field: 'youngsModulusGPa', label: "Young's modulus", unit: 'GPa' }]);
    expect(res.body.limit).toBe(1000);
    const bySlug = Object.fromEntries(res.body.items.map((i: { slug: string }) => [i.slug, i]));
    expect(Object.keys(bySlug).sort()).toEqual(['beta-tcp', 'hydroxyapatite', 'peek', 'pla']);
    expect(res.body.total).toBe(4);
    expect(bySlug.hydroxyapatite).toEqual({ slug: 'hydroxyapatite', name: 'Hydroxyapatite', classPath: ['Ceramic', 'Calcium phosphate'], properties: { youngsModulusGPa: { value: 95, min: 80, max: 110 } } });
    expect(bySlug['beta-tcp'].properties).toEqual({});
  });

  it('exports what the result list shows for a plain-words query (what q says applied the same way)', async () => {
    const q = 'density below 4 g/cm3';
    const list = await t.http.get('/api/v1/search/materials').query({ q, perPage: '50' }).expect(200);
    const res = await exportOf({ format: 'json', q }).expect(200);
    expect(res.body.items.map((i: { slug: string }) => i.slug)).toEqual(list.body.hits.map((h: { slug: string }) => h.slug));
    expect([...res.body.items.map((i: { slug: string }) => i.slug)].sort()).toEqual(['beta-tcp', 'hydroxyapatite', 'peek', 'pla']);
  });

  it('exports every hit, not one page', async () => {
    const res = await exportOf({ format: 'json' }).expect(200);
    expect(res.body.items).toHaveLength(7);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['densityGcm3', 'youngsModulusGPa']));
  });

  it('rejects unknown fields, formats and paging parameters in plain words', async () => {
    const bad = await exportOf({ format: 'xlsx', fields: 'colour' }).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.errors.map((e: { path: string }) => e.path)).toContain('format');
    const field = await exportOf({ fields: 'colour' }).expect(400);
    expect(field.body.errors).toEqual([expect.objectContaining({ path: 'fields', message: expect.stringContaining('unknown property field "colour"') })]);
    await exportOf({ perPage: '5' }).expect(400);
    await exportOf({ fields: 'price' }).expect(400);
  });
});
