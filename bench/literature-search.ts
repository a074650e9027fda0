/**
 * `npm run bench:literature-search`: the literature search on local servers, in one process.
 *
 *   relevance  the seed (vocabulary, materials, ~300 publications), then every query of
 *              bench/relevance/literature-queries.json through GET /api/v1/literature/search:
 *              success@5, MRR@10 and nDCG@10 (ideal = 2, acceptable = 1), by group
 *   latency    BENCH_LIT_DOCS generated publications inserted into MongoDB and reindexed, then
 *              BENCH_QUERIES searches through the API against the same multi-searches sent
 *              straight to Meilisearch (keep-alive, uncompressed), one after the other
 *
 * Options (environment): BENCH_LIT_DOCS (100000; 0 skips the latency part), BENCH_QUERIES (1000),
 * BENCH_SEED (42), BENCH_KEEP_DATA=1 to keep the temp folder.
 */
import { getModelToken } from '@nestjs/mongoose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model } from 'mongoose';
import { LiteratureSearchService } from '../src/literature/search/literature-search.service';
import { PublicationsIndex } from '../src/literature/search/publications-index';
import { PUBLICATION_MODEL } from '../src/literature/publication.schema';
import type { PublicationRecord } from '../src/literature/publication.types';
import { SearchIndexAdmin } from '../src/search/index-admin';
import { MaterialsIndex } from '../src/search/materials-index';
import { SeedService, seedDir } from '../src/seed/seed.service';
import { Cleanup, envInt, runBench } from './lib/cli';
import { KeepAliveClient } from './lib/http-client';
import { log, Ticker } from './lib/log';
import { intBetween, mulberry32, pick, pickDistinct, Rng } from './lib/random';
import { latencyLine, ms, renderTable, summarize } from './lib/stats';
import { bootApp, startServices, waitFor } from './phases/setup';

interface Judged {
  q: string;
  group: string;
  acceptable: string[];
  ideal?: string[];
  filters?: { range?: Record<string, string> };
}

interface Scores {
  n: number;
  success5: number;
  mrr10: number;
  ndcg10: number;
}

/** success@5, reciprocal rank within 10 and nDCG@10 of one ranking (gain 2 for an ideal id, 1 for an acceptable one). */
export function score(ranked: string[], judged: Judged): Scores {
  const gain = (id: string): number => (judged.ideal?.includes(id) ? 2 : judged.acceptable.includes(id) ? 1 : 0);
  const top = ranked.slice(0, 10);
  const first = top.findIndex((id) => gain(id) > 0);
  const dcg = top.reduce((s, id, i) => s + (2 ** gain(id) - 1) / Math.log2(i + 2), 0);
  const ideal = [...judged.acceptable.map(gain)].sort((a, b) => b - a).slice(0, 10);
  const idcg = ideal.reduce((s, g, i) => s + (2 ** g - 1) / Math.log2(i + 2), 0);
  return { n: 1, success5: first >= 0 && first < 5 ? 1 : 0, mrr10: first >= 0 ? 1 / (first + 1) : 0, ndcg10: idcg ? dcg / idcg : 0 };
}

const mean = (xs: Scores[]): Scores => ({
  n: xs.length,
  success5: xs.reduce((s, x) => s + x.success5, 0) / xs.length,
  mrr10: xs.reduce((s, x) => s + x.mrr10, 0) / xs.length,
  ndcg10: xs.reduce((s, x) => s + x.ndcg10, 0) / xs.length,
});

const qs = (params: Record<string, string>) => new URLSearchParams(params).toString();

async function relevance(api: KeepAliveClient, queries: Judged[]): Promise<string> {
  const byGroup = new Map<string, Scores[]>();
  const noAnswer: string[] = [];
  const misses: string[] = [];
  for (const judged of queries) {
    const params: Record<string, string> = { q: judged.q, perPage: '10', facets: '' };
    for (const [field, range] of Object.entries(judged.filters?.range ?? {})) params[`range[${field}]`] = range;
    const res = await api.json<{ hits: { id: string }[]; total: number }>('GET', `/api/v1/literature/search?${qs(params)}`);
    const ranked = res.hits.map((h) => h.id);
    if (judged.group === 'no-answer') {
      noAnswer.push(`${judged.q}: ${res.total} hit(s)`);
      continue;
    }
    const s = score(ranked, judged);
    if (!s.success5) misses.push(`${judged.q} -> ${ranked.slice(0, 3).join(', ') || '(nothing)'}`);
    byGroup.set(judged.group, [...(byGroup.get(judged.group) ?? []), s]);
  }
  const rows: string[][] = [['group', 'queries', 'success@5', 'MRR@10', 'nDCG@10']];
  const f = (x: number) => x.toFixed(3);
  for (const [group, list] of byGroup) {
    const m = mean(list);
    rows.push([group, String(m.n), f(m.success5), f(m.mrr10), f(m.ndcg10)]);
  }
  const all = mean([...byGroup.values()].flat());
  rows.push(['all (answerable)', String(all.n), f(all.success5), f(all.mrr10), f(all.ndcg10)]);
  return [
    '## Literature relevance (seed publications)',
    renderTable(rows),
    `no-answer queries (should find nothing): ${noAnswer.join('; ')}`,
    misses.length ? `not in the top 5:\n${misses.map((m) => `  - ${m}`).join('\n')}` : 'every answerable query has an acceptable hit in the top 5',
  ].join('\n');
}

const WORDS = 'porous titanium scaffold bone ingrowth hydroxyapatite coating magnesium corrosion degradation polymer hydrogel cartilage collagen chitosan zirconia alumina wear fatigue stent nitinol fracture implant dental crown cement osteomyelitis antibiotic release cytotoxicity fibroblast osteoblast rabbit sheep rat clinical trial review mechanical modulus strength surface roughness sintering printing electrospinning fibre membrane'.split(' ');
const FAMILIES = 'Rossi Müller Tanaka Smith Dubois Kowalski Lee Chen Wang Garcia Silva Novak Jensen Ivanova Okafor Haddad Kim Singh Costa Becker'.split(' ');
const GIVEN = 'Anna Luca Yui Jane Claire Piotr Min Wei Maria Jonas Sara Tom Elena Omar Ines Kai'.split(' ');
const JOURNALS = Array.from({ length: 60 }, (_, i) => `Invented Journal of ${['Biomaterials', 'Implants', 'Tissue Engineering', 'Dental Materials', 'Orthopaedics', 'Surfaces'][i % 6]} ${String.fromCharCode(65 + Math.floor(i / 6))}`);
const TYPES = [['Journal Article'], ['Journal Article', 'Review'], ['Journal Article', 'Randomized Controlled Trial'], ['Journal Article', 'Meta-Analysis', 'Review'], ['Book Chapter']];

function generatePublication(rng: Rng, i: number, mesh: [string, string][], slugs: string[]): PublicationRecord {
  const words = (n: number) => Array.from({ length: n }, () => pick(rng, WORDS)).join(' ');
  const now = new Date();
  return {
    _id: `pub-bench-${i}`,
    doi: `10.5555/bench.${i}`,
    pmid: null,
    pmcid: null,
    title: `${words(intBetween(rng, 5, 12))} (${i})`,
    abstract: { sections: [{ label: null, text: `${words(intBetween(rng, 60, 160))}.` }] },
    authors: Array.from({ length: intBetween(rng, 1, 8) }, () => ({ family: pick(rng, FAMILIES), given: pick(rng, GIVEN), affiliations: [] })),
    journal: { title: pick(rng, JOURNALS) },
    year: intBetween(rng, 1970, 2025),
    volume: String(intBetween(rng, 1, 60)),
    issue: null,
    pages: null,
    language: rng() < 0.9 ? 'eng' : pick(rng, ['ger', 'fre', 'ita', 'spa']),
    publicationTypes: pick(rng, TYPES),
    keywords: pickDistinct(rng, WORDS, intBetween(rng, 0, 5)),
    mesh: pickDistinct(rng, mesh, intBetween(rng, 0, 10)).map(([descriptorId, name]) => ({ descriptorId, name, major: rng() < 0.3, qualifiers: [] })),
    licence: null,
    materials: pickDistinct(rng, slugs, intBetween(rng, 0, 3)),
    labels: [],
    review: { state: 'unreviewed', by: null, at: null },
    summary: null,
    provenance: [],
    retired: false,
    revision: 1,
    search: { dirty: true, revision: 1 },
    createdAt: now,
    updatedAt: now,
  } as PublicationRecord;
}

/** A mix of the searches the literature page makes: text, facets, year ranges, filters, sorts. */
function queryMix(rng: Rng, n: number, mesh: [string, string][]): Record<string, string>[] {
  return Array.from({ length: n }, () => {
    const q: Record<string, string> = { perPage: '20' };
    const kind = rng();
    if (kind < 0.6) q.q = Array.from({ length: intBetween(rng, 1, 3) }, () => pick(rng, WORDS)).join(' ');
    else if (kind < 0.7) q.q = pick(rng, FAMILIES);
    if (rng() < 0.3) q['range[year]'] = `${intBetween(rng, 1970, 2010)}..${intBetween(rng, 2011, 2025)}`;
    if (rng() < 0.25) q['filter[journal]'] = pick(rng, JOURNALS);
    if (rng() < 0.25) q['filter[meshHeadings]'] = pick(rng, mesh)[1];
    if (rng() < 0.2) q['filter[publicationType]'] = 'Review';
    if (rng() < 0.15) q.sort = pick(rng, ['year:asc', 'year:desc']);
    if (rng() < 0.3) q.facets = '';
    return q;
  });
}

async function latency(app: Awaited<ReturnType<typeof bootApp>>['app'], api: KeepAliveClient, meili: KeepAliveClient, docs: number, queries: number, rng: Rng): Promise<string> {
  const model = app.get<Model<PublicationRecord>>(getModelToken(PUBLICATION_MODEL));
  const mesh = readFileSync(join(seedDir(), 'mesh', 'descriptors.tsv'), 'utf8')
    .split('\n')
    .filter((l) => /^D\d+\t/.test(l))
    .slice(0, 3000)
    .map((l) => l.split('\t') as [string, string]);
  const slugs: string[] = [];
  await app.get(MaterialsIndex).forEach({ listedOnly: true, content: false, batchSize: 5000 }, async (rows) => void slugs.push(...rows.map((r) => r.slug)));
  log(`inserting ${docs} generated publications into MongoDB`);
  const ticker = new Ticker('insert', docs);
  const insertStarted = performance.now();
  for (let i = 0; i < docs; i += 2000) {
    const batch = Array.from({ length: Math.min(2000, docs - i) }, (_, k) => generatePublication(rng, i + k, mesh, slugs));
    await model.insertMany(batch, { ordered: true, lean: true });
    ticker.tick(i + batch.length);
  }
  const insertMs = performance.now() - insertStarted;
  log('reindexing the publications index');
  const reindex = await app.get(SearchIndexAdmin).reindex(app.get(PublicationsIndex));
  const search = app.get(LiteratureSearchService);
  const mix = queryMix(rng, queries, mesh);
  // Warm-up: both paths, so that neither pays for cold caches in the measured pass.
  for (const q of mix.slice(0, 50)) {
    await api.get(`/api/v1/literature/search?${qs(q)}`);
    await meili.post('/multi-search', { queries: search.queries(toDto(q)).queries });
  }
  const viaApi: number[] = [];
  const direct: number[] = [];
  for (const q of mix) {
    const a = await api.get(`/api/v1/literature/search?${qs(q)}`);
    if (a.status !== 200) throw new Error(`search ${qs(q)}: HTTP ${a.status} ${a.body.slice(0, 300)}`);
    viaApi.push(a.ms);
    const d = await meili.post('/multi-search', { queries: search.queries(toDto(q)).queries });
    if (d.status !== 200) throw new Error(`multi-search: HTTP ${d.status}`);
    direct.push(d.ms);
  }
  const s = { api: summarize(viaApi), meili: summarize(direct) };
  const budget = s.meili.p95 * 1.3 + 2;
  return [
    `## Literature search latency (${docs.toLocaleString('en-US')} generated publications, ${queries} sequential searches)`,
    `insert into MongoDB: ${ms(insertMs)}; reindex: ${reindex.documents} documents in ${ms(reindex.ms)} (${reindex.docsPerSecond} docs/s)`,
    `through the API:        ${latencyLine(s.api)}`,
    `straight to Meilisearch: ${latencyLine(s.meili)}`,
    `p95 ratio ${(s.api.p95 / s.meili.p95).toFixed(2)}x; budget 1.3 x ${ms(s.meili.p95)} + 2 ms = ${ms(budget)}: ${s.api.p95 <= budget ? 'PASS' : 'FAIL'}`,
  ].join('\n');
}

/** Query-string params as the DTO the controller would have validated. */
function toDto(q: Record<string, string>) {
  const filter: Record<string, string> = {};
  const range: Record<string, string> = {};
  for (const [k, v] of Object.entries(q)) {
    const f = /^filter\[(.+)\]$/.exec(k);
    const r = /^range\[(.+)\]$/.exec(k);
    if (f) filter[f[1]] = v;
    if (r) range[r[1]] = v;
  }
  return { q: q.q, facets: q.facets, sort: q.sort as 'relevance' | undefined, page: 1, perPage: Number(q.perPage ?? 20), ...(Object.keys(filter).length && { filter }), ...(Object.keys(range).length && { range }) };
}

const options = { docs: envInt('BENCH_LIT_DOCS', 100_000, 0), queries: envInt('BENCH_QUERIES', 1000, 1), seed: envInt('BENCH_SEED', 42, 0) };

void runBench('bench:literature-search', options, async (cleanup: Cleanup) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'biomat-litbench-'));
  if (process.env.BENCH_KEEP_DATA !== '1') cleanup.add('remove the data folder', () => rmSync(dataDir, { recursive: true, force: true }));
  const services = await startServices(dataDir);
  cleanup.add('stop the local servers', () => services.stop());
  const { app, config, url } = await bootApp(services);
  cleanup.add('close the app', () => app.close());
  const api = new KeepAliveClient(url);
  const meili = new KeepAliveClient(config.meilisearch.host, { authorization: `Bearer ${config.meilisearch.masterKey}` });
  cleanup.add('close the clients', () => {
    api.close();
    meili.close();
  });

  log('seeding (vocabulary, materials, publications)');
  await app.get(SeedService).run(() => undefined);
  const admin = app.get(SearchIndexAdmin);
  const def = app.get(PublicationsIndex);
  await waitFor('the seed publications to be searchable', async () => {
    const r = await admin.check(def, 0);
    return r.clean && r.listed > 0;
  }, 300_000, 500);
  const queries = JSON.parse(readFileSync(join(__dirname, 'relevance', 'literature-queries.json'), 'utf8')) as Judged[];
  const known = new Set<string>();
  await def.forEach({ listedOnly: true, content: false, batchSize: 5000 }, async (rows) => rows.forEach((r) => known.add(r._id)));
  const unknown = [...new Set(queries.flatMap((q) => q.acceptable))].filter((id) => !known.has(id));
  if (unknown.length) throw new Error(`judged publications missing from the seed: ${unknown.join(', ')}`);
  const parts = [await relevance(api, queries)];
  // Shown at once: the latency part can take many minutes on FerretDB.
  log(`\n${parts[0]}`);
  if (options.docs > 0) parts.push(await latency(app, api, meili, options.docs, options.queries, mulberry32(options.seed)));
  return parts.join('\n\n');
});
