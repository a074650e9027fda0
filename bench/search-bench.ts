/**
 * `npm run bench:search`: search benchmark of Biomat Hub on local servers, in one process.
 *
 *   setup  FerretDB + Meilisearch + stripe-mock in a temp folder, the app on a free port, the seed
 *          vocabulary, BENCH_DOCS generated materials inserted into MongoDB (clean for search)
 *   A      reindex throughput against a direct load of the same documents into Meilisearch
 *   B      search latency through the API against the same multi-searches sent to Meilisearch
 *          (then once more with the sync worker stopped, to tell its load apart)
 *   D      the same mix at BENCH_CONC_CONNECTIONS (50) connections, API and straight to Meilisearch
 *          side by side (autocannon in a worker thread): req/s and p50/p95 both ways, and the ratios
 *   C      publish-to-searchable lag through the curation API
 *
 * Options (environment): BENCH_DOCS (100000), BENCH_QUERIES (1000), BENCH_PUBLISHES (50),
 * BENCH_SEED (42); BENCH_PUBLISH_BUDGET_S (900: phase C starts no publish after that long),
 * BENCH_PAUSED_PASS (1: repeat phase B with the sync worker stopped, a diagnostic; 0 skips it),
 * BENCH_CONC_CONNECTIONS (50), BENCH_CONC_S (10: seconds per run), BENCH_CONC_ROUNDS (3: API and
 * direct alternate, the medians are reported; 0 skips phase D),
 * BENCH_KEEP_DATA=1 to keep the temp folder, BENCH_LOG_LEVEL (warn) for the app's log.
 * Reference figures for this machine: ../shared/reference/meilisearch-notes.md.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { SearchIndexService } from '../src/search/search-index.service';
import { SearchSyncWorker } from '../src/search/search-sync.worker';
import { CpuMeter } from './lib/cpu';
import { KeepAliveClient } from './lib/http-client';
import { Cleanup, envInt, runBench } from './lib/cli';
import { log } from './lib/log';
import { Normalizer } from './lib/materials';
import { mulberry32 } from './lib/random';
import { BenchOptions, MachineFacts, renderReport } from './lib/report';
import { runConcurrencyPhase } from './phases/concurrency';
import { runPublishPhase } from './phases/publish-lag';
import { runReindexPhase } from './phases/reindex';
import { runLatencyPhase } from './phases/search-latency';
import { bootApp, freshTokens, importVocabulary, INDEX_PREFIX, insertMaterials, startServices, waitFor } from './phases/setup';
import type { LocalServices } from '../tools/services';

/** A quiet window after the insert: what the app's background work costs with nobody using it. */
const IDLE_SAMPLE_MS = 10_000;

function readOptions(): BenchOptions {
  return {
    docs: envInt('BENCH_DOCS', 100_000, 1),
    queries: envInt('BENCH_QUERIES', 1000, 1),
    publishes: envInt('BENCH_PUBLISHES', 50, 1),
    seed: envInt('BENCH_SEED', 42, 0),
    publishBudgetS: envInt('BENCH_PUBLISH_BUDGET_S', 900, 1),
    pausedPass: envInt('BENCH_PAUSED_PASS', 1, 0) !== 0,
    concurrency: { connections: envInt('BENCH_CONC_CONNECTIONS', 50, 1), durationS: envInt('BENCH_CONC_S', 10, 1), rounds: envInt('BENCH_CONC_ROUNDS', 3, 0) },
  };
}

async function machineFacts(services: LocalServices, meili: KeepAliveClient): Promise<MachineFacts> {
  const version = await meili.json<{ pkgVersion: string }>('GET', '/version').catch(() => ({ pkgVersion: 'unknown' }));
  return {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    mongo: services.mongo?.kind ?? 'external',
    meilisearch: version.pkgVersion,
    commit: codeVersion(),
  };
}

/** The commit under test, marked when src/, config/ or tools/ differ from it (others edit them meanwhile). */
function codeVersion(): string {
  try {
    const git = (args: string[]) => execFileSync('git', args, { cwd: join(__dirname, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changed = git(['status', '--porcelain', '--', 'src', 'config', 'tools']) !== '';
    return `${git(['rev-parse', '--short', 'HEAD'])}${changed ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown';
  }
}

async function bench(options: BenchOptions, cleanup: Cleanup): Promise<string> {
  const started = performance.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'biomat-bench-'));
  if (process.env.BENCH_KEEP_DATA === '1') log(`keeping ${dataDir} (BENCH_KEEP_DATA=1)`);
  else cleanup.add('remove data folder', () => rmSync(dataDir, { recursive: true, force: true }));

  const services = await startServices(dataDir);
  cleanup.add('stop local servers', () => services.stop());
  const { app, config, url } = await bootApp(services);
  cleanup.add('close app', () => app.close());
  const api = new KeepAliveClient(url);
  const meili = new KeepAliveClient(config.meilisearch.host, { authorization: `Bearer ${config.meilisearch.masterKey}` });
  cleanup.add('close HTTP clients', () => {
    api.close();
    meili.close();
  });
  const machine = await machineFacts(services, meili);
  const cpu = new CpuMeter(dataDir);

  const index = await cpu.measure('setup: vocabulary', () => importVocabulary(app, config, meili));
  // The generated records go straight into MongoDB, so none is in the index: a running sync worker
  // would find them all at its next full comparison and push them one by one, in the middle of the
  // measurements. It rests until the reindex of phase A has indexed them.
  const worker = app.get(SearchSyncWorker);
  await worker.stop();
  const insert = await cpu.measure('setup: insert', () => insertMaterials(app, index, mulberry32(options.seed), options.docs));
  log(`idle for ${IDLE_SAMPLE_MS / 1000} s (app running, no requests) to sample background load`);
  await cpu.measure('idle, app running', () => new Promise((r) => setTimeout(r, IDLE_SAMPLE_MS)));

  log('== phase A: reindex throughput ==');
  const reindex = await runReindexPhase(app, config, meili, cpu, `${INDEX_PREFIX}direct`, options.docs);
  const restarted = Date.now();
  worker.start();
  await cpu.measure('sync worker restart: first full drift comparison', () =>
    waitFor('the sync worker to finish its first full comparison', async () => worker.lastFullScanAt > restarted, 1_800_000, 500),
  );
  log(`sync worker back; its full comparison took ${((Date.now() - restarted) / 1000).toFixed(1)} s`);

  log('== phase B: search latency ==');
  const latency = await runLatencyPhase({
    app,
    config,
    api,
    meili,
    index,
    templates: insert.templates,
    rng: mulberry32(options.seed + 1),
    warmupRng: mulberry32(options.seed + 2),
    count: options.queries,
    cpu,
    pausedPass: options.pausedPass,
  });

  let concurrency;
  if (options.concurrency.rounds > 0) {
    log('== phase D: concurrency, API and direct side by side ==');
    concurrency = await runConcurrencyPhase({ apiUrl: url, meiliUrl: config.meilisearch.host, meiliKey: config.meilisearch.masterKey, mix: latency.mix, options: options.concurrency, cpu });
  }

  log('== phase C: publish-to-searchable lag ==');
  const publish = await cpu.measure('C publishes', () => runPublishPhase({
    api,
    meili,
    liveUid: app.get(SearchIndexService).liveUid,
    tokens: () => freshTokens(app, config),
    templates: insert.templates,
    normalizer: new Normalizer(index),
    rng: mulberry32(options.seed + 3),
    count: options.publishes,
    budgetMs: options.publishBudgetS * 1000,
  }));

  return renderReport({ options, machine, insert, reindex, latency, concurrency, publish, cpu: cpu.steps, wallMs: performance.now() - started });
}

const options = readOptions();
// Mongoose, timers or sockets of a half-closed app must not keep the process alive: runBench exits.
void runBench('search benchmark', options, async (cleanup) => bench(options, cleanup));
