/**
 * Phase C: publish-to-searchable lag. Each material goes through the curation API (create and
 * submit as one curator, publish as another: four eyes); the clock starts when the publish
 * response arrives and stops when Meilisearch returns the document. One publish at a time.
 */
import { KeepAliveClient } from '../lib/http-client';
import { log, withHeartbeat } from '../lib/log';
import { curationContent, generateMaterial, Normalizer, Template } from '../lib/materials';
import { Rng } from '../lib/random';
import { LatencySummary, ms, summarize } from '../lib/stats';

const POLL_MS = 5;
/** A document not searchable this long after its publish counts as never indexed. */
const GIVE_UP_MS = 120_000;

export interface PublishFigures {
  /** BENCH_PUBLISHES, and how many were done before the time budget ran out. */
  requested: number;
  publishes: number;
  budgetExhausted: boolean;
  /** Publish response -> document found in Meilisearch. */
  lag: LatencySummary;
  /** Publishes whose document was not searchable within GIVE_UP_MS. */
  timeouts: number;
  /** Latency of the three curation requests themselves. */
  create: LatencySummary;
  submit: LatencySummary;
  publish: LatencySummary;
}

export interface PublishInputs {
  api: KeepAliveClient;
  meili: KeepAliveClient;
  liveUid: string;
  /** Valid access tokens of the two curators (re-issued when they get old: phase C can outlast them). */
  tokens: () => Promise<{ curator: string; curator2: string }>;
  templates: Template[];
  normalizer: Normalizer;
  rng: Rng;
  count: number;
  /** No new publish starts after this many ms (a slow sync can make 50 publishes take hours). */
  budgetMs: number;
}

/** Timings of one material's way from creation to search. */
interface PublishRun {
  createMs: number;
  submitMs: number;
  publishMs: number;
  /** null: not searchable within GIVE_UP_MS. */
  lagMs: number | null;
}

export async function runPublishPhase(inputs: PublishInputs): Promise<PublishFigures> {
  const runs: PublishRun[] = [];
  const deadline = performance.now() + inputs.budgetMs;
  for (let i = 0; i < inputs.count; i++) {
    if (performance.now() > deadline) {
      log(`C: time budget of ${Math.round(inputs.budgetMs / 1000)} s used up after ${runs.length} publishes (BENCH_PUBLISH_BUDGET_S)`);
      break;
    }
    let stage = 'create';
    const run = await withHeartbeat(
      () => `C: publish ${i + 1}: ${stage}`,
      publishOne(inputs, i, (s) => (stage = s)),
      5000,
    );
    runs.push(run);
    const lag = run.lagMs === null ? `not searchable after ${GIVE_UP_MS / 1000} s` : ms(run.lagMs);
    log(`C: publish ${i + 1}/${inputs.count}: create ${ms(run.createMs)}, submit ${ms(run.submitMs)}, publish ${ms(run.publishMs)}; lag ${lag}`);
  }
  const lags = runs.flatMap((r) => (r.lagMs === null ? [] : [r.lagMs]));
  const figures: PublishFigures = {
    requested: inputs.count,
    publishes: runs.length,
    budgetExhausted: runs.length < inputs.count,
    lag: summarize(lags),
    timeouts: runs.length - lags.length,
    create: summarize(runs.map((r) => r.createMs)),
    submit: summarize(runs.map((r) => r.submitMs)),
    publish: summarize(runs.map((r) => r.publishMs)),
  };
  log(`C: lag p50 ${ms(figures.lag.p50)}, p95 ${ms(figures.lag.p95)}, max ${ms(figures.lag.max)}${figures.timeouts ? `, ${figures.timeouts} never searchable` : ''}`);
  return figures;
}

/** Create, submit (curator), publish (curator2), then poll Meilisearch for the document. */
async function publishOne(inputs: PublishInputs, i: number, stage: (name: string) => void): Promise<PublishRun> {
  const { api } = inputs;
  const tokens = await inputs.tokens();
  const as = (token: string) => ({ authorization: `Bearer ${token}` });
  const { slug, content } = generateMaterial(inputs.rng, inputs.templates, inputs.normalizer, i, 'p');
  const transitions = `/api/v1/curation/materials/${slug}/transitions`;
  stage('create');
  const createMs = await expectStatus(api.post('/api/v1/curation/materials', { slug, content: curationContent(content) }, as(tokens.curator)), 201);
  stage('submit');
  const submitMs = await expectStatus(api.post(transitions, { action: 'submit', revision: 1 }, as(tokens.curator)), 200);
  stage('publish');
  const publishMs = await expectStatus(api.post(transitions, { action: 'publish', revision: 2 }, as(tokens.curator2)), 200);
  stage('waiting until searchable');
  const lagMs = await untilIndexed(inputs.meili, inputs.liveUid, slug, performance.now());
  return { createMs, submitMs, publishMs, lagMs };
}

/** Fails unless the response has `status`; returns its latency. */
async function expectStatus(pending: ReturnType<KeepAliveClient['post']>, status: number): Promise<number> {
  const res = await pending;
  if (res.status !== status) throw new Error(`curation request answered HTTP ${res.status} (expected ${status}): ${res.body.slice(0, 800)}`);
  return res.ms;
}

/** Polls GET /indexes/<uid>/documents/<slug> every 5 ms; returns the time since `since`, or null after GIVE_UP_MS. */
async function untilIndexed(meili: KeepAliveClient, uid: string, slug: string, since: number): Promise<number | null> {
  for (;;) {
    const sent = performance.now();
    const res = await meili.get(`/indexes/${uid}/documents/${encodeURIComponent(slug)}`);
    if (res.status === 200) return performance.now() - since;
    if (res.status !== 404) throw new Error(`GET document ${slug}: HTTP ${res.status}: ${res.body.slice(0, 300)}`);
    if (performance.now() - since > GIVE_UP_MS) return null;
    const wait = POLL_MS - (performance.now() - sent);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
}
