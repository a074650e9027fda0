/**
 * Setup: local servers, the app booted like test/helpers/test-app.ts does (plus an HTTP listener),
 * the seed vocabulary, and BENCH_DOCS generated materials inserted straight into MongoDB.
 */
import { getModelToken } from '@nestjs/mongoose';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Settings } from 'meilisearch';
import type { Model } from 'mongoose';
import { TokensService } from '../../src/accounts/auth/tokens.service';
import { UsersService } from '../../src/accounts/users/users.service';
import { createApp } from '../../src/app.factory';
import { MATERIAL_MODEL, MaterialRecord } from '../../src/catalogue/material.schema';
import { loadConfig } from '../../src/config/config.loader';
import { AppConfig } from '../../src/config/config.schema';
import { seedDir } from '../../src/seed/seed.service';
import { SearchIndexService } from '../../src/search/search-index.service';
import { SearchSchema } from '../../src/search/search-schema';
import { desiredSettings, settingsMatch } from '../../src/search/search-settings';
import { ConceptIndex, VocabularyService } from '../../src/vocabulary/vocabulary.service';
import { LocalServices, startLocalServices } from '../../tools/services';
import { KeepAliveClient } from '../lib/http-client';
import { log, throttledLog, Ticker } from '../lib/log';
import { buildTemplates, generateMaterial, Normalizer, publishedRecord, Template } from '../lib/materials';
import { Rng } from '../lib/random';
import { loadSeedMaterials, loadVocabulary } from '../lib/seed-data';

/** Access tokens of the two bench curators (four eyes: one submits, the other publishes), set by bootApp. */
export const TOKENS = { curator: '', curator2: '' };
const CURATOR_IDS = { curator: '', curator2: '' };
let tokensIssuedAt = 0;
export const INDEX_PREFIX = 'bench_';
const INSERT_BATCH = 2000;

export async function startServices(dataDir: string): Promise<LocalServices> {
  log(`starting FerretDB, Meilisearch and stripe-mock in ${dataDir}`);
  // env {}: ignore any MONGODB_URI/MEILI_HOST of the caller and start every server of our own.
  const services = await startLocalServices({ dataDir, env: {}, database: 'bench', log: (m) => log(`[services] ${m}`) });
  for (const line of services.describe()) log(`  ${line}`);
  return services;
}

export interface BootedApp {
  app: NestFastifyApplication;
  config: AppConfig;
  /** Base URL of the HTTP listener, e.g. http://127.0.0.1:41234 */
  url: string;
}

export async function bootApp(services: LocalServices): Promise<BootedApp> {
  const config = loadConfig({
    // BENCH_LOG_LEVEL (e.g. debug: the sync worker's round timings) is for diagnosing a run only.
    // No answer cache: phase B compares the API's own path with Meilisearch, request for request
    // (its mix repeats some requests, which the cache would answer without Meilisearch).
    env: { ...process.env, NODE_ENV: 'test', ...services.env, MEILI_INDEX_PREFIX: INDEX_PREFIX, LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn', SEARCH_RESULT_CACHE_MS: '0' },
  });
  const app = await createApp(config);
  await app.init();
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  for (const who of ['curator', 'curator2'] as const) {
    const user = await app.get(UsersService).create({ email: `${who}@bench.test`, name: `Bench ${who}`, passwordHash: null, emailVerified: true, roles: ['curator'] });
    CURATOR_IDS[who] = user._id;
  }
  await issueTokens(app);
  log(`app listening on ${url}`);
  return { app, config, url };
}

async function issueTokens(app: NestFastifyApplication): Promise<void> {
  for (const who of ['curator', 'curator2'] as const) TOKENS[who] = (await app.get(TokensService).issue(CURATOR_IDS[who], null)).accessToken;
  tokensIssuedAt = Date.now();
}

/**
 * The curators' access tokens, issued again once a third of their lifetime (auth.accessTtlS, 15 min
 * by default) has passed: a long run reaches phase C after the tokens issued at boot have expired.
 */
export async function freshTokens(app: NestFastifyApplication, config: AppConfig): Promise<typeof TOKENS> {
  if (Date.now() - tokensIssuedAt > (config.auth.accessTtlS * 1000) / 3) await issueTokens(app);
  return TOKENS;
}

/**
 * Imports seed/vocabulary (concepts that fail validation are dropped, as the seed does), then waits
 * until the sync worker has applied it to the live index (the index settings match what the app
 * derives from the vocabulary, synonyms included). Read from Meilisearch, so that the wait does not
 * depend on how the worker keeps track of concepts.
 */
export async function importVocabulary(app: NestFastifyApplication, config: AppConfig, meili: KeepAliveClient): Promise<ConceptIndex> {
  const vocabulary = app.get(VocabularyService);
  const { concepts, schemes } = loadVocabulary(seedDir());
  log(`importing the seed vocabulary (VocabularyService.importConcepts)`);
  const importStarted = performance.now();
  let report = await vocabulary.importConcepts(concepts, schemes, { pathOf: (i) => concepts[i].id });
  if (report.errors.length) {
    for (const e of report.errors) log(`  vocabulary ${e.path}: ${e.message} (dropped)`);
    const bad = new Set(report.errors.map((e) => e.path.split('.')[0]));
    const good = concepts.filter((c) => !bad.has(c.id));
    report = await vocabulary.importConcepts(good, schemes, { pathOf: (i) => good[i].id });
  }
  log(`vocabulary: ${concepts.length} concepts in ${schemes.length} schemes (${report.created} created) in ${((performance.now() - importStarted) / 1000).toFixed(1)} s`);

  const index = await vocabulary.index({ fresh: true });
  const desired = desiredSettings(SearchSchema.fromVocabulary(index), config.search);
  const expected = Object.keys(desired.synonyms ?? {}).length;
  const settingsPath = `/indexes/${app.get(SearchIndexService).liveUid}/settings`;
  const started = performance.now();
  const progress = throttledLog();
  await waitFor(
    'the sync worker to apply the vocabulary',
    async () => {
      const res = await meili.get(settingsPath);
      const current = res.status === 200 ? (JSON.parse(res.body) as Settings) : null;
      progress(`waiting for the sync worker to apply the vocabulary (${Object.keys(current?.synonyms ?? {}).length} of ${expected} synonym keys in the live index)`);
      return current !== null && settingsMatch(desired, current);
    },
    600_000,
    500,
  );
  log(`vocabulary applied by the sync worker in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return index;
}

export interface InsertReport {
  documents: number;
  /** Time spent generating content (CPU) and in insertMany (MongoDB), in ms. */
  generateMs: number;
  insertMs: number;
  /** Average size of a record as BSON-ish JSON, in bytes. */
  avgJsonBytes: number;
  templates: Template[];
}

/** Generates `count` published records from the seed materials and inserts them in batches of 2,000. */
export async function insertMaterials(app: NestFastifyApplication, index: ConceptIndex, rng: Rng, count: number): Promise<InsertReport> {
  const templates = buildTemplates(loadSeedMaterials(seedDir()), index, (m) => log(`  ${m}`));
  log(`generating ${count.toLocaleString('en-US')} materials from ${templates.length} seed templates, inserting in batches of ${INSERT_BATCH}`);
  const model = app.get<Model<MaterialRecord>>(getModelToken(MATERIAL_MODEL));
  const normalizer = new Normalizer(index);
  const ticker = new Ticker('insert', count);
  const now = new Date();
  let generateMs = 0;
  let insertMs = 0;
  let jsonBytes = 0;
  for (let start = 0; start < count; start += INSERT_BATCH) {
    const t0 = performance.now();
    const batch: MaterialRecord[] = [];
    for (let i = start; i < Math.min(count, start + INSERT_BATCH); i++) batch.push(publishedRecord(generateMaterial(rng, templates, normalizer, i), now));
    if (start === 0) jsonBytes = batch.reduce((s, r) => s + JSON.stringify(r).length, 0) / batch.length;
    const t1 = performance.now();
    // lean: the records are complete and valid already; skip hydrating 2,000 documents per batch.
    await model.insertMany(batch, { ordered: true, lean: true });
    const t2 = performance.now();
    generateMs += t1 - t0;
    insertMs += t2 - t1;
    ticker.tick(start + batch.length);
  }
  return { documents: count, generateMs, insertMs, avgJsonBytes: jsonBytes, templates };
}

export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
