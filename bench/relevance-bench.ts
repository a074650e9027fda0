/**
 * `npm run bench:relevance`: ranking quality of the material search on the seed catalogue.
 *
 * Starts FerretDB, Meilisearch and stripe-mock in a temp folder (as bench:search does), boots the
 * app, loads seed/ with SeedService, reindexes, then sends every judged query of
 * bench/relevance/queries.json to GET /api/v1/search and prints success@5, MRR@10 and nDCG@10 per
 * group, overall and as the macro average over groups; the property group also in filter mode.
 * Definitions: bench/relevance/README.md. `--json` prints the figures and every query's top ten as
 * JSON instead. BENCH_KEEP_DATA=1 keeps the temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedService } from '../src/seed/seed.service';
import { SearchAdminService } from '../src/search/search-admin.service';
import { KeepAliveClient } from './lib/http-client';
import { Cleanup, runBench } from './lib/cli';
import { log } from './lib/log';
import { loadSuite, renderSuite, runSuite } from './lib/relevance-suite';
import { bootApp, startServices } from './phases/setup';

const asJson = process.argv.includes('--json');
// The app logs to stdout: with --json only errors, so that stdout stays one JSON document.
if (asJson) process.env.BENCH_LOG_LEVEL ||= 'error';

async function bench(cleanup: Cleanup): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'biomat-relevance-'));
  if (process.env.BENCH_KEEP_DATA === '1') log(`keeping ${dataDir} (BENCH_KEEP_DATA=1)`);
  else cleanup.add('remove data folder', () => rmSync(dataDir, { recursive: true, force: true }));
  const services = await startServices(dataDir);
  cleanup.add('stop local servers', () => services.stop());
  const { app, url } = await bootApp(services);
  cleanup.add('close app', () => app.close());
  const api = new KeepAliveClient(url);
  cleanup.add('close HTTP client', () => api.close());

  log('loading seed/ (SeedService.run)');
  await app.get(SeedService).run(() => undefined);
  const reindex = await app.get(SearchAdminService).reindex();
  log(`reindexed ${reindex.documents} materials in ${(reindex.ms / 1000).toFixed(1)} s`);

  const queries = loadSuite();
  log(`running ${queries.length} judged queries`);
  const started = performance.now();
  const run = await runSuite(async (path) => (await api.json<{ hits: { slug: string }[] }>('GET', path)).hits.map((h) => h.slug), queries);
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (asJson) return JSON.stringify(run, null, 2);
  return `Relevance suite: ${queries.length} queries on ${reindex.documents} seed materials\n\n${renderSuite(run)}`;
}

void runBench('relevance benchmark', { json: asJson }, bench);
