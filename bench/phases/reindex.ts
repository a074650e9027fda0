/**
 * Phase A: how fast the app's zero-downtime reindex fills the live index from MongoDB, against the
 * same documents loaded straight into a fresh Meilisearch index (the ingest limit of this machine).
 */
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MaterialsService } from '../../src/catalogue/materials.service';
import { AppConfig } from '../../src/config/config.schema';
import { SearchAdminService, ReindexProgress } from '../../src/search/search-admin.service';
import { SearchDocument } from '../../src/search/search-document';
import { SearchIndexService } from '../../src/search/search-index.service';
import { SearchSchema } from '../../src/search/search-schema';
import { desiredSettings } from '../../src/search/search-settings';
import { documentsFor } from '../../src/search/search-sync.worker';
import { ConceptIndex, VocabularyService } from '../../src/vocabulary/vocabulary.service';
import { CpuMeter } from '../lib/cpu';
import { KeepAliveClient } from '../lib/http-client';
import { log, Ticker, withHeartbeat } from '../lib/log';
import { rate } from '../lib/stats';

const DIRECT_BATCH = 10_000;
/** Same read options as the reindex fill (src/search/search-admin.service.ts). */
const FILL_READ = { listedOnly: true, content: true, batchSize: 2000 } as const;

type Phase = ReindexProgress['phase'];

export interface ReindexFigures {
  documents: number;
  reindexMs: number;
  reindexDocsPerSecond: number;
  /** Time from the start of each reindex phase to the start of the next. */
  phaseMs: Partial<Record<Phase, number>>;
  mongoReadMs: number;
  /** CPU time of documentsFor() over every record (the reindex does the same work). */
  buildDocumentsMs: number;
  directDocuments: number;
  directMs: number;
  directDocsPerSecond: number;
  /** reindex docs/s divided by direct docs/s. */
  ratio: number;
  /** The drift comparison (MongoDB revisions against the live index) the sync worker runs every search.fullScanMs, once. */
  driftScanMs: number;
}

/** `expected`: records inserted in MongoDB (progress totals only). */
export async function runReindexPhase(
  app: NestFastifyApplication,
  config: AppConfig,
  meili: KeepAliveClient,
  cpu: CpuMeter,
  directUid: string,
  expected: number,
): Promise<ReindexFigures> {
  const materials = app.get(MaterialsService);
  const index = await app.get(VocabularyService).index({ fresh: true });

  const reindex = await cpu.measure('A reindex', () => timeReindex(app.get(SearchAdminService), expected));
  const { docs, readMs: mongoReadMs, buildMs } = await cpu.measure('A MongoDB read (+ documentsFor)', () => readAndBuild(materials, index, expected));
  const driftScanMs = await cpu.measure('A drift comparison', () => timeDriftScan(app.get(SearchAdminService)));
  await prepareDirectIndex(app.get(SearchIndexService), directUid, index, config);
  const directMs = await cpu.measure('A direct load', () => loadDirect(meili, directUid, docs));
  const directDocuments = await countDocuments(meili, directUid);
  if (directDocuments !== docs.length) throw new Error(`${directUid} holds ${directDocuments} documents, ${docs.length} were sent`);
  await app.get(SearchIndexService).drop(directUid); // keep it from sharing Meilisearch with the latency phase

  const directDocsPerSecond = rate(docs.length, directMs);
  const figures: ReindexFigures = {
    documents: reindex.documents,
    reindexMs: reindex.ms,
    reindexDocsPerSecond: rate(reindex.documents, reindex.ms),
    phaseMs: reindex.phaseMs,
    mongoReadMs,
    buildDocumentsMs: buildMs,
    directDocuments,
    directMs,
    directDocsPerSecond,
    ratio: rate(reindex.documents, reindex.ms) / directDocsPerSecond,
    driftScanMs,
  };
  log(`A: reindex ${Math.round(figures.reindexDocsPerSecond)} docs/s, direct ${Math.round(directDocsPerSecond)} docs/s, ratio ${figures.ratio.toFixed(2)}`);
  return figures;
}

/** SearchAdminService.reindex(), with the time of each of its phases taken from its progress reports. */
async function timeReindex(admin: SearchAdminService, expected: number): Promise<{ documents: number; ms: number; phaseMs: Partial<Record<Phase, number>> }> {
  log('A: reindex (SearchAdminService.reindex) into the live index');
  const starts: [Phase, number][] = [];
  const ticker = new Ticker('A: reindex fill', expected);
  const started = performance.now();
  const report = await withHeartbeat(
    () => `A: reindex ${starts.at(-1)?.[0] ?? 'start'}`,
    admin.reindex((p) => {
      if (starts.at(-1)?.[0] !== p.phase) {
        starts.push([p.phase, performance.now()]);
        if (p.phase !== 'fill') log(`A: reindex phase ${p.phase} (${p.documents.toLocaleString('en-US')} documents sent)`);
      }
      if (p.phase === 'fill') ticker.tick(p.documents);
    }),
    5000,
  );
  const ms = performance.now() - started;
  const phaseMs: Partial<Record<Phase, number>> = {};
  starts.forEach(([phase, at], i) => (phaseMs[phase] = (starts[i + 1]?.[1] ?? started + ms) - at));
  log(`A: reindex done: ${report.documents.toLocaleString('en-US')} documents in ${(ms / 1000).toFixed(1)} s (its own report: ${report.docsPerSecond} docs/s, ${report.caughtUp} caught up)`);
  return { documents: report.documents, ms, phaseMs };
}

/**
 * The reindex's MongoDB read on its own (same cursor and batches, nothing sent anywhere), which also
 * builds the documents of the direct load in memory with the reindex's own documentsFor(). The
 * driver fetches the next batch only once the callback returned, so read time = pass time minus
 * callback time. (One pass instead of two: on FerretDB every pass over 100,000 records costs minutes.)
 */
async function readAndBuild(materials: MaterialsService, index: ConceptIndex, expected: number): Promise<{ docs: SearchDocument[]; readMs: number; buildMs: number }> {
  log('A: MongoDB read alone (forEachForSearch as the fill reads, nothing sent), building the direct-load documents on the way');
  const ticker = new Ticker('A: read', expected);
  const docs: SearchDocument[] = [];
  let buildMs = 0;
  const started = performance.now();
  await materials.forEachForSearch(FILL_READ, async (rows) => {
    const t0 = performance.now();
    docs.push(...documentsFor(rows, index).docs);
    buildMs += performance.now() - t0;
    ticker.tick(docs.length);
  });
  const readMs = performance.now() - started - buildMs;
  log(`A: read ${docs.length.toLocaleString('en-US')} records in ${(readMs / 1000).toFixed(1)} s; documentsFor() took ${Math.round(buildMs)} ms in all`);
  return { docs, readMs, buildMs };
}

/** The comparison the sync worker runs at every full scan (every search.fullScanMs, 5 minutes by default). */
async function timeDriftScan(admin: SearchAdminService): Promise<number> {
  log("A: the sync worker's full drift comparison (SearchAdminService.check without the settle wait), once");
  const started = performance.now();
  const report = await withHeartbeat('A: drift comparison', admin.check(0), 5000);
  const ms = performance.now() - started;
  log(`A: the drift comparison took ${Math.round(ms)} ms (${report.indexed} documents, clean: ${report.clean})`);
  return ms;
}

/** A fresh index with the live index's settings (applied before any document, as the reindex does). */
async function prepareDirectIndex(indexes: SearchIndexService, uid: string, index: ConceptIndex, config: AppConfig): Promise<void> {
  if (await indexes.exists(uid)) await indexes.drop(uid);
  await indexes.ensure(uid, desiredSettings(SearchSchema.fromVocabulary(index), config.search));
}

interface MeiliTask {
  uid: number;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { message: string } | null;
}

/** Timed: enqueue every batch of 10,000, then wait for every task and check it succeeded. */
async function loadDirect(meili: KeepAliveClient, uid: string, docs: SearchDocument[]): Promise<number> {
  log(`A: direct load of ${docs.length.toLocaleString('en-US')} documents into ${uid} in batches of ${DIRECT_BATCH.toLocaleString('en-US')}`);
  const started = performance.now();
  const tasks: { uid: number; size: number }[] = [];
  for (let i = 0; i < docs.length; i += DIRECT_BATCH) {
    const batch = docs.slice(i, i + DIRECT_BATCH);
    const { taskUid } = await meili.json<{ taskUid: number }>('POST', `/indexes/${uid}/documents?primaryKey=slug`, batch, 202);
    tasks.push({ uid: taskUid, size: batch.length });
  }
  const ticker = new Ticker('A: direct', docs.length);
  let indexed = 0;
  for (const t of tasks) {
    const task = await waitForTask(meili, t.uid);
    if (task.status !== 'succeeded') throw new Error(`Meilisearch task ${t.uid} ${task.status}: ${task.error?.message ?? 'no detail'}`);
    indexed += t.size;
    ticker.tick(indexed);
  }
  return performance.now() - started;
}

export async function waitForTask(meili: KeepAliveClient, uid: number, timeoutMs = 900_000): Promise<MeiliTask> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const task = await meili.json<MeiliTask>('GET', `/tasks/${uid}`);
    if (task.status !== 'enqueued' && task.status !== 'processing') return task;
    if (Date.now() > deadline) throw new Error(`Meilisearch task ${uid} still ${task.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function countDocuments(meili: KeepAliveClient, uid: string): Promise<number> {
  return (await meili.json<{ numberOfDocuments: number }>('GET', `/indexes/${uid}/stats`)).numberOfDocuments;
}
