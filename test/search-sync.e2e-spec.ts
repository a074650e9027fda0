import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SearchAdminService } from '../src/search/search-admin.service';
import { SearchIndexService } from '../src/search/search-index.service';
import { SearchSchema } from '../src/search/search-schema';
import { desiredSettings } from '../src/search/search-settings';
import { SearchSyncWorker } from '../src/search/search-sync.worker';
import { VocabularyService } from '../src/vocabulary/vocabulary.service';
import { LocalMeilisearch } from '../tools/services';
import { SEARCH_CONCEPTS, SEARCH_MATERIALS } from './fixtures/search-catalogue';
import { eventually, publishMaterial } from './helpers/catalogue';
import { startTestApp, TestApp } from './helpers/test-app';

const run = promisify(execFile);

/** Sync guarantees, with a Meilisearch of this file's own so that it can be stopped. */
describe('Search sync, reindex and drift check', () => {
  let meili: LocalMeilisearch;
  let t: TestApp;
  let env: Record<string, string>;

  const searchTotal = async (q = '') => (await t.http.get('/api/v1/search/materials').query({ q, facets: '', perPage: '100' }).expect(200)).body.total as number;
  const check = () => t.app.get(SearchAdminService).check();
  const variant = (i: number) => ({ ...SEARCH_MATERIALS['peek'], name: `Outage polymer ${i}`, summary: `Published while the search engine was down (${i}).` });

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(process.env.E2E_DATA_DIR!, 'sync-meili-'));
    meili = new LocalMeilisearch({ dataDir, logDir: dataDir, masterKey: 'sync-test-master-key-0123' });
    await meili.start();
    t = await startTestApp({ MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey });
    env = { MONGODB_URI: t.config.mongodb.uri, MEILI_INDEX_PREFIX: t.config.meilisearch.indexPrefix, MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey };
    expect((await t.app.get(VocabularyService).importConcepts(SEARCH_CONCEPTS)).errors).toEqual([]);
    for (const [slug, content] of Object.entries(SEARCH_MATERIALS)) await publishMaterial(t, slug, content);
    await eventually('the fixture is searchable', async () => (await searchTotal()) === 7);
  });
  afterAll(async () => {
    await t.close();
    await meili.stop();
  });

  it('applies the declared settings once (a second check finds nothing to change)', async () => {
    const vocabulary = t.app.get(VocabularyService);
    const index = await vocabulary.index();
    const indexes = t.app.get(SearchIndexService);
    const settings = desiredSettings(SearchSchema.fromVocabulary(index), t.config.search);
    expect(await indexes.ensure(indexes.liveUid, settings)).toBe(false);
    const applied = await indexes.client.index(indexes.liveUid).getSettings();
    // Vocabulary labels are searched in the documents, not expanded at query time.
    expect(applied.synonyms).toEqual({});
    expect(applied.searchableAttributes).toContain('conceptLabels');
    expect(applied.typoTolerance?.disableOnAttributes).toEqual(['casNumber', 'standards']);
  });

  it('keeps writes working while Meilisearch is down, answers searches with 503, and catches up when it is back', async () => {
    await meili.stop();
    const down = await t.http.get('/api/v1/search/materials').query({ q: 'peek' }).expect(503);
    expect(down.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(down.headers['retry-after']).toBe('5');
    expect(down.body).toMatchObject({ type: '/problems/search-unavailable', status: 503 });
    await t.http.get('/api/v1/search/suggest').query({ q: 'pe' }).expect(503);

    for (let i = 0; i < 20; i++) await publishMaterial(t, `outage-${i}`, variant(i));
    expect((await check().catch(() => null)) ?? 'unreachable').toBe('unreachable');

    await meili.start(); // same port and data
    await eventually('all 20 are searchable', async () => (await searchTotal('outage polymer')) === 20, 30_000);
    await eventually('search:check is clean', async () => (await check()).clean);
    expect(await check()).toMatchObject({ clean: true, listed: 27, indexed: 27 });
  });

  it('reindexes with zero downtime: a client searching in a loop never fails, changes made during the build are kept', async () => {
    let searches = 0;
    const failures: string[] = [];
    let stop = false;
    const client = (async () => {
      while (!stop) {
        const res = await t.http.get('/api/v1/search/materials').query({ q: searches % 2 ? 'titanium' : '', facets: 'class' });
        searches++;
        if (res.status !== 200 || res.body.total === 0) failures.push(`${res.status} total=${res.body.total}`);
      }
    })();
    let changedDuringBuild = false;
    const report = await t.app.get(SearchAdminService).reindex(async (p) => {
      if (p.phase === 'fill' && !changedDuringBuild) {
        changedDuringBuild = true;
        // After the fill read MongoDB: a publish the swapped-in index must still contain.
        await publishMaterial(t, 'built-during-reindex', { ...SEARCH_MATERIALS['pla'], name: 'Reindexed lactide' });
      }
    });
    stop = true;
    await client;
    expect(failures).toEqual([]);
    expect(searches).toBeGreaterThan(5);
    expect(report).toMatchObject({ documents: 27, caughtUp: 1 });
    await eventually('the change is searchable', async () => (await searchTotal('reindexed lactide')) === 1);
    expect(await check()).toMatchObject({ clean: true, listed: 28, indexed: 28 });
    const indexes = t.app.get(SearchIndexService);
    expect(await indexes.buildIndexes()).toEqual([]);
  });

  it('lets one instance at a time run the sync worker; another takes over when it stops', async () => {
    const second = await startTestApp({ MEILI_HOST: meili.host, MEILI_MASTER_KEY: meili.masterKey, MONGODB_URI: t.config.mongodb.uri, MEILI_INDEX_PREFIX: t.config.meilisearch.indexPrefix });
    try {
      const workers = [t.app.get(SearchSyncWorker), second.app.get(SearchSyncWorker)];
      await eventually('one holder', async () => workers.filter((w) => w.holdsLease).length === 1);
      expect(workers[0].holdsLease).toBe(true);
      // A change written through the instance that does not hold the lease reaches the index through a hint.
      await publishMaterial(second, 'via-second', { ...SEARCH_MATERIALS['pla'], name: 'Second instance lactide' });
      await eventually('published via the second instance', async () => (await searchTotal('second instance lactide')) === 1);
      expect(workers.filter((w) => w.holdsLease).length).toBe(1);

      await workers[0].stop(); // releases the lease
      await eventually('the second instance takes over', async () => workers[1].holdsLease, 10_000);
      await publishMaterial(t, 'after-handover', { ...SEARCH_MATERIALS['pla'], name: 'Handover lactide' });
      await eventually('searchable after the handover', async () => (await searchTotal('handover lactide')) === 1);
    } finally {
      await second.app.close(); // same database: do not drop it
      t.app.get(SearchSyncWorker).start();
    }
  });

  it('npm run search:check reports drift with exit code 1, and npm run reindex repairs it', async () => {
    const cli = (script: string) =>
      run(process.execPath, ['-r', '@swc-node/register', `tools/${script}.ts`], {
        cwd: join(__dirname, '..'),
        env: { ...process.env, ...env, NODE_ENV: 'test', LOG_LEVEL: 'warn' },
        timeout: 120_000,
      }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: `${e.stdout}${e.stderr}` }),
      );
    // Drift the sync worker would repair by itself at its next full comparison: it rests meanwhile,
    // so that the check sees the drift (the CLIs run no worker of their own).
    const worker = t.app.get(SearchSyncWorker);
    await worker.stop();
    const indexes = t.app.get(SearchIndexService);
    await indexes.wait((await indexes.client.index(indexes.liveUid).deleteDocument('peek')).taskUid);

    const drift = await cli('search-check');
    expect(drift.out).toMatch(/missing: 1 \(peek\)/);
    expect(drift.out).toMatch(/DRIFT/);
    expect(drift.code).toBe(1);

    const reindex = await cli('reindex');
    expect(reindex.out).toMatch(/\[reindex\] materials fill: \d+ of ~\d+ documents/);
    expect(reindex.out).toMatch(/\[reindex\] materials done: 30 documents/);
    expect(reindex.code).toBe(0);

    const clean = await cli('search-check');
    expect(clean.out).toMatch(/materials clean: no missing, extra or stale document/);
    expect(clean.out).toMatch(/publications clean: no missing, extra or stale document/);
    expect(clean.code).toBe(0);
    worker.start();
  });
});
