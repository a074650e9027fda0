import { IndexChanges } from '../src/search/index-changes';
import { SEARCH_CONCEPTS, SEARCH_MATERIALS } from './fixtures/search-catalogue';
import { curate, eventually, publishMaterial } from './helpers/catalogue';
import { bearer, startTestApp, TestApp } from './helpers/test-app';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';

/**
 * The answer caches in front of search and material detail (SearchService.searchJson,
 * MaterialsService.getPublishedAnswer): they must never keep an answer past a change, on the
 * instance that made it (at once) or on another one (IndexChanges polls Meilisearch's tasks).
 */
describe('Search and detail answer caches', () => {
  let a: TestApp; // runs the sync worker
  let b: TestApp; // another instance on the same database and index, no worker
  const hits = async (t: TestApp, q: string) =>
    ((await t.http.get('/api/v1/search/materials').query({ q, facets: 'class', perPage: '100' }).expect(200)).body.hits as { slug: string; name: string }[]).map((h) => h.name);

  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ SEARCH_WORKER: 'false', MONGODB_URI: a.config.mongodb.uri, MEILI_INDEX_PREFIX: a.config.meilisearch.indexPrefix });
    expect((await a.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
    for (const slug of ['peek', 'pla']) await publishMaterial(a, slug, SEARCH_MATERIALS[slug]);
    await eventually('the fixture is searchable', async () => (await hits(a, '')).length === 2);
  });
  afterAll(async () => {
    await b.app.close(); // same database as a: a drops it
    await a.close();
  });

  it('answers a repeated search from the cache with the same body and JSON content type', async () => {
    // The sync worker of `a` may still finish a task of the fixture's publication, which rightly
    // empties b's cache once: wait until the index is quiet, then the repeat comes from the cache.
    let first = await b.http.get('/api/v1/search/materials').query({ q: 'peek', facets: 'class,forms' }).expect(200);
    let again = await b.http.get('/api/v1/search/materials').query({ facets: 'class,forms', q: 'peek' }).expect(200);
    for (let i = 0; i < 20 && again.text !== first.text; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      first = again;
      again = await b.http.get('/api/v1/search/materials').query({ facets: 'class,forms', q: 'peek' }).expect(200);
    }
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.text).toBe(first.text);
    expect(first.body.hits.map((h: { slug: string }) => h.slug)).toEqual(['peek']);
  });

  it('shows a publish through the other instance: its cached answer goes within the change poll', async () => {
    expect(await hits(b, 'cachebuster')).toEqual([]); // cached on b: nothing found
    await publishMaterial(a, 'cache-pla', { ...SEARCH_MATERIALS['pla'], name: 'Cachebuster lactide' });
    await eventually('a finds it', async () => (await hits(a, 'cachebuster')).length === 1, 10_000);
    const seenOnA = Date.now();
    await eventually('b finds it', async () => (await hits(b, 'cachebuster')).length === 1, 5_000);
    // b learns of the change by polling Meilisearch every search.changePollMs (250 ms by default).
    expect(Date.now() - seenOnA).toBeLessThan(2_000);
  });

  it('drops a retired material from both instances', async () => {
    expect(await hits(b, 'cachebuster')).toEqual(['Cachebuster lactide']);
    expect(await hits(a, 'cachebuster')).toEqual(['Cachebuster lactide']);
    await curate(a, 'cache-pla', 'retire');
    await eventually('gone on a', async () => (await hits(a, 'cachebuster')).length === 0, 10_000);
    await eventually('gone on b', async () => (await hits(b, 'cachebuster')).length === 0, 3_000);
  });

  it('serves material detail with an ETag, 304 for a current copy, and a new ETag after a change on either instance', async () => {
    const first = await b.http.get('/api/v1/materials/peek').expect(200);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(first.headers['cache-control']).toBe('no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.body).toMatchObject({ slug: 'peek', name: 'PEEK' });

    const notModified = await b.http.get('/api/v1/materials/peek').set('if-none-match', `"other", W/${etag}`).expect(304);
    expect(notModified.text ?? '').toBe('');
    expect(notModified.headers.etag).toBe(etag);
    await b.http.get('/api/v1/materials/peek').set('if-none-match', '"stale"').expect(200);

    // A new published version through a (draft, submit, publish), then read on b.
    const record = (await a.http.get('/api/v1/curation/materials/peek').set(bearer('curator')).expect(200)).body;
    await a.http
      .put('/api/v1/curation/materials/peek/draft')
      .set(bearer('curator'))
      .send({ revision: record.revision, content: { ...SEARCH_MATERIALS['peek'], summary: 'Revised summary for the cache test.' } })
      .expect(200);
    await curate(a, 'peek', 'submit');
    await curate(a, 'peek', 'publish');
    expect((await a.http.get('/api/v1/materials/peek').expect(200)).body.summary).toBe('Revised summary for the cache test.');
    await eventually('b shows the new version', async () => (await b.http.get('/api/v1/materials/peek').expect(200)).body.summary === 'Revised summary for the cache test.', 5_000);
    const after = await b.http.get('/api/v1/materials/peek').set('if-none-match', etag).expect(200);
    expect(after.headers.etag).not.toBe(etag);
  });

  it('keeps the vocabulary map (and so the caches keyed by it) across a reload that finds no change', async () => {
    const vocabulary = b.app.get(VocabularyService);
    const before = await vocabulary.index({ fresh: true });
    expect(await vocabulary.index({ fresh: true })).toBe(before);
    const ceramic = { id: 'material-class/ceramic', prefLabel: { en: 'Ceramic' }, altLabels: { en: ['Cache test label'] } };
    expect((await a.app.get(VocabularyService).importConcepts([ceramic])).errors).toEqual([]);
    const after = await vocabulary.index({ fresh: true });
    expect(after).not.toBe(before);
    expect(JSON.stringify(after.get('material-class/ceramic'))).toContain('Cache test label');
  });

  it('keeps nothing while the index cannot be watched (the baseline is unknown)', async () => {
    const changes = b.app.get(IndexChanges);
    expect(changes.current(changes.read())).toBe(true);
    expect(changes.current(null)).toBe(false);
    const before = changes.read();
    changes.changed();
    expect(changes.current(before)).toBe(false);
  });
});
