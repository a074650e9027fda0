/**
 * Phase B: latency of GET /api/v1/search/materials against the very Meilisearch multi-search each
 * request turns into, sent straight to Meilisearch. Both sequential, through the same keep-alive,
 * uncompressed node:http client, so the difference is what our API adds.
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { parse as parseQuery } from 'qs';
import { MaterialContent } from '../../src/catalogue/material.types';
import { AppConfig } from '../../src/config/config.schema';
import { summarizeProperties } from '../../src/search/search-document';
import { SearchIndexService } from '../../src/search/search-index.service';
import { SearchSyncWorker } from '../../src/search/search-sync.worker';
import { parseSearchRequest, RawSearchQuery } from '../../src/search/search-query';
import { SearchSchema } from '../../src/search/search-schema';
import { multiSearchQueries, SearchResult, SearchService } from '../../src/search/search.service';
import { ConceptIndex } from '../../src/vocabulary/vocabulary.service';
import { CpuMeter } from '../lib/cpu';
import { KeepAliveClient } from '../lib/http-client';
import { log, Ticker, withHeartbeat } from '../lib/log';
import { FILTER_FACETS, generateQueries, QueryKind, QuerySpec, QueryVocabulary, RANGE_FIELDS, toQueryString } from '../lib/queries';
import { Rng } from '../lib/random';
import { LatencySummary, latencyLine, summarize } from '../lib/stats';

const WARMUP = 50;
const SEARCH_PATH = '/api/v1/search/materials';
/** The querystring options of src/app.factory.ts, so the replay sees exactly what the controller sees. */
const QS_OPTIONS = { depth: 1, parameterLimit: 200, arrayLimit: 50, allowPrototypes: false, plainObjects: true, allowDots: false } as const;
/** PageQueryDto defaults (src/common/http/pagination.ts): the mix never sets page or perPage. */
const PAGE_DEFAULTS = { page: 1, perPage: 20 };

/** One sequential pass of the mix through the API, then the same pass straight to Meilisearch. */
export interface PassFigures {
  api: LatencySummary;
  direct: LatencySummary;
  /** Meilisearch's own processingTimeMs, as the API reports it (the slowest query of its multi-search). */
  meiliProcessing: LatencySummary;
  /** Per request: API time minus direct time. */
  overhead: LatencySummary;
  byKind: { kind: QueryKind; n: number; api: LatencySummary; direct: LatencySummary }[];
  /** Requests whose hit count differed between the API and the direct replay (should be 0). */
  totalMismatches: number;
  avgApiBytes: number;
  avgDirectBytes: number;
}

export interface LatencyFigures {
  queries: number;
  /** Meilisearch queries per request, on average (1 + one per filtered facet or range shown). */
  subQueries: number;
  /** The measurement: the app as it runs, sync worker included. */
  main: PassFigures;
  /** Diagnostic: the same mix again with the sync worker stopped (BENCH_PAUSED_PASS=0 skips it). */
  workerPaused?: PassFigures;
  /** The requests of the mix both ways (phase D replays them concurrently). */
  mix: PreparedQuery[];
}

/** One request of the mix, prepared both ways before any clock starts. */
export interface PreparedQuery {
  spec: QuerySpec;
  apiPath: string;
  /** JSON body of POST /multi-search. */
  directBody: string;
  /** Number of queries in the multi-search (1 + one per filtered facet shown). */
  subQueries: number;
}

export interface LatencyInputs {
  app: NestFastifyApplication;
  config: AppConfig;
  api: KeepAliveClient;
  meili: KeepAliveClient;
  index: ConceptIndex;
  templates: { content: MaterialContent }[];
  rng: Rng;
  warmupRng: Rng;
  count: number;
  cpu: CpuMeter;
  /** Also run the mix with the sync worker stopped (diagnostic). */
  pausedPass: boolean;
}

export async function runLatencyPhase(inputs: LatencyInputs): Promise<LatencyFigures> {
  const { app, config, api, meili, count } = inputs;
  const vocab = await queryVocabulary(api, inputs.index, inputs.templates);
  const schema = await app.get(SearchService, { strict: false }).schema();
  const liveUid = app.get(SearchIndexService).liveUid;
  const prepare = (spec: QuerySpec) => prepareQuery(spec, schema, liveUid, config.search.maxTotalHits);
  const warmup = generateQueries(inputs.warmupRng, WARMUP, vocab).map(prepare);
  const queries = generateQueries(inputs.rng, count, vocab).map(prepare);
  const subQueries = queries.reduce((s, q) => s + q.subQueries, 0) / queries.length;
  log(`B: ${queries.length} requests (${describeMix(queries)}), ${subQueries.toFixed(2)} Meilisearch queries per request on average`);

  log(`B: warming up with ${WARMUP} requests each way`);
  for (const q of warmup) await sendApi(api, q);
  for (const q of warmup) await sendDirect(meili, q);

  const main = await runPass('', queries, inputs);
  let workerPaused: PassFigures | undefined;
  if (inputs.pausedPass) {
    const worker = app.get(SearchSyncWorker);
    log('B: stopping the sync worker (waits for its current round) for a diagnostic pass without it');
    await withHeartbeat('B: stopping the sync worker', worker.stop(), 5000);
    try {
      workerPaused = await runPass(' (worker paused)', queries, inputs);
    } finally {
      worker.start();
    }
  }
  return { queries: queries.length, subQueries, main, workerPaused, mix: queries };
}

async function runPass(tag: string, queries: PreparedQuery[], inputs: LatencyInputs): Promise<PassFigures> {
  const { api, meili, cpu } = inputs;
  log(`B: API pass${tag}`);
  const apiRuns = await cpu.measure(`B API pass${tag}`, () => runAll(`B: API${tag}`, queries, (q) => sendApi(api, q)));
  log(`B: direct Meilisearch pass${tag}`);
  const directRuns = await cpu.measure(`B direct pass${tag}`, () => runAll(`B: direct${tag}`, queries, (q) => sendDirect(meili, q)));
  const figures = passFigures(queries, apiRuns, directRuns);
  log(`B: API${tag}    ${latencyLine(figures.api)}`);
  log(`B: direct${tag} ${latencyLine(figures.direct)}`);
  return figures;
}

/** Words, facet values and property values to draw requests from. */
async function queryVocabulary(api: KeepAliveClient, index: ConceptIndex, templates: { content: MaterialContent }[]): Promise<QueryVocabulary> {
  const facets = await api.json<SearchResult>('GET', `${SEARCH_PATH}?facets=${FILTER_FACETS.join(',')}&perPage=1`);
  const facetValues = Object.fromEntries(FILTER_FACETS.map((f) => [f, Object.keys(facets.facetDistribution[f] ?? {})]));
  log(`B: facet values to filter on: ${FILTER_FACETS.map((f) => `${f} ${facetValues[f].length}`).join(', ')}`);

  const classLabels = [...index.values()].filter((c) => c.scheme === 'material-class').flatMap((c) => Object.values(c.prefLabel));
  const phrases = [...new Set([...templates.flatMap((t) => [t.content.name, ...t.content.synonyms]), ...classLabels])];
  const words = [...new Set(phrases.flatMap((p) => p.split(/[\s,()/]+/)).filter((w) => w.length >= 3 && /\p{L}/u.test(w)))];

  const rangeValues: Record<string, number[]> = Object.fromEntries(RANGE_FIELDS.map((f) => [f, []]));
  for (const t of templates) {
    const summary = summarizeProperties(t.content.properties, index);
    for (const f of RANGE_FIELDS) if (summary[f]) rangeValues[f].push(summary[f].min, summary[f].value, summary[f].max);
  }
  return { words, phrases, facetValues, rangeValues };
}

/** The API path, and the multi-search body built by the API's own functions from the same query string. */
function prepareQuery(spec: QuerySpec, schema: SearchSchema, liveUid: string, maxTotalHits: number): PreparedQuery {
  const queryString = toQueryString(spec);
  const raw = { ...PAGE_DEFAULTS, ...(parseQuery(queryString, QS_OPTIONS) as Omit<RawSearchQuery, 'page' | 'perPage'>) };
  let body: ReturnType<typeof multiSearchQueries>;
  try {
    body = multiSearchQueries(parseSearchRequest(raw, schema, maxTotalHits), schema, liveUid);
  } catch (err) {
    throw new Error(`generated request ${queryString} is invalid: ${JSON.stringify((err as { problem?: unknown }).problem ?? (err as Error).message)}`);
  }
  return { spec, apiPath: `${SEARCH_PATH}?${queryString}`, directBody: JSON.stringify({ queries: body.queries }), subQueries: body.queries.length };
}

interface Run {
  ms: number;
  bytes: number;
  total: number;
  /** API only: processingTimeMs of its answer. */
  processingTimeMs?: number;
}

async function sendApi(api: KeepAliveClient, q: PreparedQuery): Promise<Run> {
  const res = await api.get(q.apiPath);
  if (res.status !== 200) throw new Error(`GET ${q.apiPath}: HTTP ${res.status}: ${res.body.slice(0, 500)}`);
  const body = JSON.parse(res.body) as SearchResult;
  return { ms: res.ms, bytes: Buffer.byteLength(res.body), total: body.total, processingTimeMs: body.processingTimeMs };
}

async function sendDirect(meili: KeepAliveClient, q: PreparedQuery): Promise<Run> {
  const res = await meili.post('/multi-search', q.directBody);
  if (res.status !== 200) throw new Error(`POST /multi-search for ${q.apiPath}: HTTP ${res.status}: ${res.body.slice(0, 500)}`);
  const body = JSON.parse(res.body) as { results: { estimatedTotalHits?: number }[] };
  return { ms: res.ms, bytes: Buffer.byteLength(res.body), total: body.results[0].estimatedTotalHits ?? 0 };
}

async function runAll(label: string, queries: PreparedQuery[], send: (q: PreparedQuery) => Promise<Run>): Promise<Run[]> {
  const ticker = new Ticker(label, queries.length, 'requests');
  const runs: Run[] = [];
  for (const q of queries) {
    runs.push(await send(q));
    ticker.tick(runs.length);
  }
  return runs;
}

function passFigures(queries: PreparedQuery[], apiRuns: Run[], directRuns: Run[]): PassFigures {
  const kinds = [...new Set(queries.map((q) => q.spec.kind))];
  const of = (runs: Run[], kind: QueryKind) => runs.filter((_, i) => queries[i].spec.kind === kind).map((r) => r.ms);
  const avg = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    api: summarize(apiRuns.map((r) => r.ms)),
    direct: summarize(directRuns.map((r) => r.ms)),
    meiliProcessing: summarize(apiRuns.map((r) => r.processingTimeMs ?? NaN)),
    overhead: summarize(apiRuns.map((r, i) => r.ms - directRuns[i].ms)),
    byKind: kinds.map((kind) => ({ kind, n: of(apiRuns, kind).length, api: summarize(of(apiRuns, kind)), direct: summarize(of(directRuns, kind)) })),
    totalMismatches: apiRuns.filter((r, i) => r.total !== directRuns[i].total).length,
    avgApiBytes: avg(apiRuns.map((r) => r.bytes)),
    avgDirectBytes: avg(directRuns.map((r) => r.bytes)),
  };
}

function describeMix(queries: PreparedQuery[]): string {
  const counts = new Map<string, number>();
  for (const q of queries) counts.set(q.spec.kind, (counts.get(q.spec.kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}
