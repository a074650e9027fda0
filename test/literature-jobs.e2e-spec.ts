import { getModelToken } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { ImportJobRunner } from '../src/literature/jobs/import-job.runner';
import { PUBLICATION_MODEL } from '../src/literature/publication.schema';
import { PublicationRecord } from '../src/literature/publication.types';
import { inventedPubmedArticle, PUBMED_XML_HEAD, PUBMED_XML_TAIL } from './fixtures/literature/invented-pubmed';
import { EutilsStub } from './helpers/eutils-stub';
import { bearer, startTestApp, TestApp } from './helpers/test-app';

/**
 * PubMed query import jobs (issue #17) against a local E-utilities stub (esearch JSON on the
 * history server, efetch PubmedArticleSet pages; invented records): paging by WebEnv/query_key,
 * the 3 requests/s limit, a 429 retried after its Retry-After, a runner that dies mid-job and a new
 * one that resumes without duplicates, cancel and validation. And the bounded file-import report.
 */
const PAGED = 'titanium[mh] AND scaffold[tiab]';
const CRASH = 'hydroxyapatite[mh] AND coating[tiab]';
const CANCEL = 'alginate[mh]';
const DOWN = 'zirconia[mh]';

describe('PubMed query import jobs against an E-utilities stub', () => {
  let t: TestApp;
  let stub: EutilsStub;
  let runner: ImportJobRunner;
  let publications: Model<PublicationRecord>;
  let curator: { authorization: string };

  const job = (id: string) => t.http.get(`/api/v1/literature/import-jobs/${id}`).set(curator).expect(200);
  async function until(id: string, done: (j: { state: string; fetched: number }) => boolean, timeoutMs = 30_000): Promise<Record<string, unknown>> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const body = (await job(id)).body;
      if (done(body)) return body;
      if (Date.now() > end) throw new Error(`job ${id} is still ${JSON.stringify(body)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  async function stubSaw(pred: () => boolean, timeoutMs = 20_000): Promise<void> {
    const end = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > end) throw new Error('the stub never saw the request');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const pmidsStored = async (base: number, n: number) => {
    const pmids = Array.from({ length: n }, (_, i) => String(base + i + 1));
    const rows = await publications.find({ pmid: { $in: pmids } }, { pmid: 1 }).lean<{ pmid: string }[]>();
    return rows.map((r) => r.pmid).sort();
  };

  beforeAll(async () => {
    stub = await new EutilsStub().start();
    stub.results(PAGED, 10, 910_000_000);
    stub.results(CRASH, 9, 920_000_000);
    stub.results(CANCEL, 4, 940_000_000);
    t = await startTestApp({ EUTILS_URL: stub.url, LITERATURE_JOB_PAGE_SIZE: '3', LITERATURE_REPORT_RECORDS: '5' });
    curator = bearer('curator');
    runner = t.app.get(ImportJobRunner);
    publications = t.app.get(getModelToken(PUBLICATION_MODEL));
  });

  afterAll(async () => {
    await runner?.stop();
    await t?.close();
    await stub?.close();
  });

  it('searches on the history server, pages through it by WebEnv/query_key, retries a 429 after its Retry-After, and keeps 3 requests/s', async () => {
    stub.failNext('efetch', 1, 429, '1');
    const created = await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: PAGED, maxRecords: 8 }).expect(202);
    expect(created.body).toMatchObject({ query: PAGED, maxRecords: 8, state: 'queued', total: null, fetched: 0 });
    runner.start();
    const done = await until(created.body.id, (j) => j.state !== 'queued' && j.state !== 'running');
    expect(done).toMatchObject({ state: 'done', total: 8, fetched: 8, created: 8, merged: 0, invalid: 0, conflicts: 0, problems: [], error: null });

    const search = stub.requests.find((r) => r.tool === 'esearch' && r.params.get('term') === PAGED)!.params;
    expect(Object.fromEntries(search)).toMatchObject({ db: 'pubmed', usehistory: 'y', retmode: 'json', tool: 'biomat-hub' });
    expect(search.has('api_key')).toBe(false);
    const pages = stub.efetches(stub.webEnvOf(PAGED));
    // The first page answered 429 and was asked again; then retstart moves by the page size up to maxRecords.
    expect(pages.map((p) => [p.get('retstart'), p.get('retmax'), p.get('query_key')])).toEqual([
      ['0', '3', '1'],
      ['0', '3', '1'],
      ['3', '3', '1'],
      ['6', '2', '1'],
    ]);
    const times = stub.requests.filter((r) => r.tool !== 'other').map((r) => r.at);
    const [first429, retried] = stub.requests.filter((r) => r.tool === 'efetch').map((r) => r.at);
    expect(retried - first429).toBeGreaterThanOrEqual(990);
    // N requests take at least (N-1)/3 s, and no second holds more than 3 (a few ms of arrival jitter allowed).
    expect(times[times.length - 1] - times[0]).toBeGreaterThanOrEqual(((times.length - 1) * 1000) / 3 - 20);
    for (let i = 3; i < times.length; i++) expect(times[i] - times[i - 3]).toBeGreaterThanOrEqual(1000 - 20);

    expect(await pmidsStored(910_000_000, 10)).toEqual(Array.from({ length: 8 }, (_, i) => String(910_000_001 + i)));
    const one = await publications.findOne({ pmid: '910000001' }).lean<PublicationRecord>();
    expect(one!.provenance[0]).toMatchObject({ format: 'pubmed-xml', query: PAGED });
  });

  it('resumes from the last committed page when its runner dies mid-job, with no duplicates', async () => {
    stub.holdEfetch(6);
    const created = await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: CRASH }).expect(202);
    runner.nudge();
    const webEnv = stub.webEnvOf(CRASH);
    await stubSaw(() => stub.efetches(webEnv).some((p) => p.get('retstart') === '6'));
    await runner.kill(); // a crash: the page in flight is dropped, the lease is left to expire
    const stopped = (await job(created.body.id)).body;
    expect(stopped).toMatchObject({ state: 'running', total: 9, fetched: 6, created: 6 });

    stub.release();
    runner.start(); // a new runner (another holder): it waits out the dead one's lease
    const done = await until(created.body.id, (j) => j.state === 'done');
    expect(done).toMatchObject({ total: 9, fetched: 9, created: 9, merged: 0, unchanged: 0 });
    expect(stub.efetches(webEnv).map((p) => p.get('retstart'))).toEqual(['0', '3', '6', '6']);
    expect(stub.requests.filter((r) => r.tool === 'esearch' && r.params.get('term') === CRASH)).toHaveLength(1);
    expect(await pmidsStored(920_000_000, 9)).toEqual(Array.from({ length: 9 }, (_, i) => String(920_000_001 + i)));
  });

  it('cancels a running job (its page in flight is not committed) and a queued one; a finished job answers 409', async () => {
    stub.holdEfetch(0);
    const running = await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: CANCEL }).expect(202);
    runner.nudge();
    await stubSaw(() => stub.efetches(stub.webEnvOf(CANCEL)).length > 0);
    const cancelled = await t.http.post(`/api/v1/literature/import-jobs/${running.body.id}/cancel`).set(curator).expect(200);
    expect(cancelled.body).toMatchObject({ state: 'cancelled', fetched: 0 });
    stub.release();
    await runner.stop();
    expect((await job(running.body.id)).body).toMatchObject({ state: 'cancelled', fetched: 0, created: 0 });

    const queued = await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: CANCEL }).expect(202);
    await t.http.post(`/api/v1/literature/import-jobs/${queued.body.id}/cancel`).set(curator).expect(200);
    const again = await t.http.post(`/api/v1/literature/import-jobs/${queued.body.id}/cancel`).set(curator).expect(409);
    expect(again.body.detail).toMatch(/cancelled/);
    const list = await t.http.get('/api/v1/literature/import-jobs?perPage=100').set(curator).expect(200);
    expect(list.body.items.map((j: { id: string }) => j.id)).toContain(queued.body.id);
    expect(list.body.total).toBeGreaterThanOrEqual(4);
  });

  it('fails a job in plain words when PubMed keeps answering 5xx', async () => {
    stub.failNext('esearch', 4, 503);
    const created = await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: DOWN }).expect(202);
    runner.start();
    const failed = await until(created.body.id, (j) => j.state === 'failed', 20_000);
    expect(failed.error).toMatch(/PubMed answered 503/);
    await runner.stop();
  });

  it('validates job requests and keeps them to curators', async () => {
    await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: PAGED, sort: 'date' }).expect(400);
    await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: '   ' }).expect(400);
    await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: PAGED, maxRecords: 0 }).expect(400);
    // null is not "absent" (found by the fuzzer: it reached the runner as a cap of null and answered 500).
    const nulled = await t.http.post('/api/v1/literature/import-jobs').set(curator).send({ query: PAGED, maxRecords: null }).expect(400);
    expect(nulled.body.errors.map((e: { path: string }) => e.path)).toContain('maxRecords');
    await t.http.post('/api/v1/literature/import-jobs').set(bearer('researcher')).send({ query: PAGED }).expect(403);
    await t.http.get('/api/v1/literature/import-jobs/ljob-unknown').set(curator).expect(404);
  });

  it("keeps a file import's report to its first entries and pages the full list", async () => {
    let xml = PUBMED_XML_HEAD;
    for (let i = 1; i <= 12; i++) xml += inventedPubmedArticle(i, 930_000_000, 'report');
    const res = await t.http.post('/api/v1/literature/import?format=pubmed-xml').set(curator).set('content-type', 'application/xml').send(xml + PUBMED_XML_TAIL).expect(200);
    expect(res.body).toMatchObject({ created: 12, recordsOmitted: 7 });
    expect(res.body.records.map((r: { position: number }) => r.position)).toEqual([1, 2, 3, 4, 5]);
    const full = await t.http.get(`${res.body.recordsUrl}?perPage=100`).set(curator).expect(200);
    expect(full.body.total).toBe(12);
    expect(full.body.items.map((r: { position: number; status: string }) => `${r.position}:${r.status}`)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}:created`));
    expect(full.body.items.slice(0, 5)).toEqual(res.body.records);
    const small = await t.http.post('/api/v1/literature/import?format=pubmed-xml').set(curator).set('content-type', 'application/xml').send(PUBMED_XML_HEAD + inventedPubmedArticle(1, 930_000_000, 'report') + PUBMED_XML_TAIL).expect(200);
    expect(small.body).toMatchObject({ unchanged: 1, recordsOmitted: 0, recordsUrl: null });
    await t.http.get(`/api/v1/literature/imports/${small.body.importId}/records`).set(curator).expect(404);
  });
});
