import { SeedService } from '../src/seed/seed.service';
import { startTestApp, TestApp } from './helpers/test-app';

/** The shipped seed/ folder: real materials with sourced values, and the vocabulary. */
describe('Seed data (seed/)', () => {
  let t: TestApp;
  let first: Awaited<ReturnType<SeedService['run']>>;

  beforeAll(async () => {
    t = await startTestApp();
    first = await t.app.get(SeedService).run(() => undefined);
  }, 120_000);
  afterAll(() => t.close());

  it('loads every vocabulary concept and material row without errors', () => {
    expect(first.concepts.errors).toEqual([]);
    expect(first.materials.rows.filter((r) => r.errors.length)).toEqual([]);
  });

  it('has 400+ concepts and 150+ published materials across the classes', async () => {
    expect(first.concepts.total).toBeGreaterThanOrEqual(400);
    const concepts = await t.http.get('/api/v1/vocabulary/concepts?perPage=1').expect(200);
    expect(concepts.body.total).toBeGreaterThanOrEqual(400);
    const list = await t.http.get('/api/v1/materials?perPage=100').expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(150);
    const lvl0 = new Set<string>();
    for (let page = 1; page <= Math.ceil(list.body.total / 100); page++) {
      const res = await t.http.get(`/api/v1/materials?perPage=100&page=${page}`).expect(200);
      for (const item of res.body.items) lvl0.add(item.class.path[0]);
    }
    expect([...lvl0].sort()).toEqual(expect.arrayContaining(['Ceramic', 'Composite', 'Glass', 'Hydrogel', 'Metal', 'Natural polymer', 'Synthetic polymer']));
  });

  it('gives every property value a unit, a normalised value and a citable reference (DOI, PMID, ISBN, standard number or its owner\'s link)', async () => {
    // Every material, every page. A material may have no values: values whose only source was a
    // copy of a work were removed with it (the reference rule); data:check lists those materials.
    const items: { slug: string }[] = [];
    for (let page = 1; ; page++) {
      const res = await t.http.get(`/api/v1/materials?perPage=100&page=${page}`).expect(200);
      items.push(...res.body.items);
      if (page * 100 >= res.body.total) break;
    }
    let values = 0;
    let withValues = 0;
    for (const item of items) {
      const detail = await t.http.get(`/api/v1/materials/${item.slug}`).expect(200);
      if (detail.body.properties.length) withValues++;
      for (const p of detail.body.properties) {
        values++;
        expect(p.unit).toEqual(expect.any(String));
        expect(p.normalized.unit).toEqual(expect.any(String));
        expect(p.reference.doi || p.reference.pmid || p.reference.isbn || p.reference.standard || p.reference.url).toBeTruthy();
      }
    }
    expect(values).toBeGreaterThan(300); // 335 on 2026-12-03, after values resting only on copies were removed
    expect(withValues).toBeGreaterThanOrEqual(90);
  });

  it('loads 300+ publications from seed/literature and the article references, linked to their materials', async () => {
    const p = first.publications;
    expect(p.records.filter((r) => r.status === 'invalid' || r.status === 'conflict')).toEqual([]);
    expect(p.created).toBeGreaterThanOrEqual(300);
    const marin = await t.http.get('/api/v1/literature/publications/pub-marin-2024-biomedical-applications-titanium').expect(200);
    expect(marin.body).toMatchObject({ doi: '10.3390/ma17010114', year: 2024, provenance: [expect.objectContaining({ format: 'seed', by: 'seed' })] });
    expect(marin.body.materials).toEqual(expect.arrayContaining(['ti-6al-4v']));
    const literature = await t.http.get('/api/v1/materials/ti-6al-4v/publications?perPage=100').expect(200);
    expect(literature.body.items.map((i: { id: string }) => i.id)).toContain('pub-marin-2024-biomedical-applications-titanium');
    // A shared reference cited by a material's values becomes a publication of that material.
    const biber = await t.http.get('/api/v1/literature/publications/pub-mcg-biber2016-magnezix').expect(200);
    expect(biber.body).toMatchObject({ doi: '10.1155/2016/9673174', pmid: '27833771' });
    expect(biber.body.materials.length).toBeGreaterThan(0);
  });

  it('changes nothing when seeded twice', async () => {
    const second = await t.app.get(SeedService).run(() => undefined);
    expect(second.concepts).toMatchObject({ created: 0, updated: 0 });
    expect(second.publications).toMatchObject({ created: 0, merged: 0, invalid: 0, conflicts: 0 });
    expect(second.materials).toMatchObject({ created: 0, updated: 0, invalid: 0, failed: 0 });
    expect(second.materials.unchanged).toBe(first.materials.created);
  }, 120_000);
});
