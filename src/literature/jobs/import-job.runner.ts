import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomBytes } from 'node:crypto';
import { Model } from 'mongoose';
import { LeasesService } from '../../common/leases/leases.service';
import { InjectConfig } from '../../config/config.module';
import { AppConfig } from '../../config/config.schema';
import { readPublications } from '../codecs';
import { EutilsClient, EutilsError } from '../eutils/eutils.client';
import { ImportItem, ImportSession, LiteratureImportService } from '../literature-import.service';
import { ImportJobRecord, ImportRecordResult } from '../publication.types';
import { IMPORT_JOB_MODEL } from './import-job.schema';
import { OPEN_JOB_STATES } from './import-jobs.service';
import { WakeableSleep } from '../../common/timers/wakeable-sleep';

export const IMPORT_JOB_LEASE = 'literature-import-jobs';
/** Invalid or conflicting records a job lists (the rest are counted). */
export const JOB_PROBLEMS_KEPT = 100;

/** The runner stopped mid-job (shutdown, lease lost, job cancelled): the job stays as committed. */
class Interrupted extends Error {}

/**
 * Runs PubMed query import jobs, oldest first, one page at a time: esearch on the history server
 * once (the WebEnv and count are committed to the job), then efetch pages of `jobs.pageSize`
 * records by retstart, each imported through the file import's merge path and committed with one
 * conditional update (`revision` and `state: running` in the filter). One runner across instances
 * holds the lease; if it dies, the next holder resumes from the last committed page: a page
 * imported but not committed is fetched again and merges (PMID/DOI), so nothing is duplicated.
 */
@Injectable()
export class ImportJobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ImportJobRunner.name);
  private running = false;
  private loop?: Promise<void>;
  private readonly pause = new WakeableSleep();
  private abort = new AbortController();
  private holder: string;
  private leaseUntil = 0;
  /** Set by `kill`: nothing more is written, not even the import's audit summary. */
  private crashed = false;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    @InjectModel(IMPORT_JOB_MODEL) private readonly jobs: Model<ImportJobRecord>,
    private readonly leases: LeasesService,
    private readonly eutils: EutilsClient,
    private readonly importer: LiteratureImportService,
  ) {
    this.holder = this.newHolder();
  }

  onApplicationBootstrap(): void {
    if (this.config.literature.jobs.worker) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.crashed = false;
    this.abort = new AbortController();
    this.loop = this.run();
  }

  /** Stops after aborting the request in flight, and releases the lease so that another instance takes over at once. */
  async stop(): Promise<void> {
    if (!this.running) return;
    await this.halt();
    if (this.leaseUntil > Date.now()) await this.leases.release(IMPORT_JOB_LEASE, this.holder).catch(() => undefined);
    this.leaseUntil = 0;
  }

  /**
   * Stops like a crash (tests): the request in flight is dropped, nothing more is committed, the
   * lease is kept until it expires; a later `start` runs as a new holder, as another instance would.
   */
  async kill(): Promise<void> {
    this.crashed = true;
    await this.halt();
    this.leaseUntil = 0;
    this.holder = this.newHolder();
  }

  /** A job was queued: look now rather than at the next poll. */
  nudge(): void {
    this.pause.wake();
  }

  private async halt(): Promise<void> {
    this.running = false;
    this.abort.abort(new Interrupted('runner stopped'));
    this.pause.wake();
    await this.loop;
  }

  private newHolder(): string {
    return `${this.leases.holder}:jobs:${randomBytes(3).toString('hex')}`;
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let delay = this.config.literature.jobs.pollMs;
      try {
        if (await this.holdLease()) {
          const job = await this.jobs.findOne({ state: { $in: OPEN_JOB_STATES } }).sort({ createdAt: 1, _id: 1 }).lean<ImportJobRecord>();
          if (job) {
            await this.runJob(job);
            delay = 0;
          }
        } else delay = Math.max(200, this.config.literature.jobs.leaseMs / 3);
        failures = 0;
      } catch (err) {
        if (!this.running) break;
        failures++;
        delay = Math.min(30_000, 1000 * 2 ** failures);
        this.logger.warn(`literature import job round failed (retrying in ${delay} ms): ${(err as Error).message}`);
      }
      await this.pause.sleep(delay, () => this.running);
    }
  }


  /** Holds the job lease, renewing it when less than half is left. */
  private async holdLease(): Promise<boolean> {
    const ttl = this.config.literature.jobs.leaseMs;
    if (this.leaseUntil - Date.now() > ttl / 2) return true;
    const until = await this.leases.acquire(IMPORT_JOB_LEASE, ttl, undefined, this.holder);
    this.leaseUntil = until?.getTime() ?? 0;
    return this.leaseUntil > 0;
  }

  /** Throws unless the runner still runs and the lease stays ours for a while: an expired holder must not commit. */
  private async mustHold(): Promise<void> {
    if (!this.running) throw new Interrupted('runner stopped');
    if (!(await this.holdLease()) || this.leaseUntil - Date.now() < this.config.literature.jobs.leaseMs / 4) throw new Interrupted('import job lease lost');
  }

  /** One conditional update of the job; null when it moved under us (cancelled, or another runner). */
  private async commit(job: ImportJobRecord, update: { $set?: Record<string, unknown>; $inc?: Record<string, number> }): Promise<ImportJobRecord | null> {
    await this.mustHold();
    return this.jobs
      .findOneAndUpdate({ _id: job._id, revision: job.revision, state: { $in: OPEN_JOB_STATES } }, { $set: { ...update.$set, updatedAt: new Date() }, $inc: { ...update.$inc, revision: 1 } }, { returnDocument: 'after' })
      .lean<ImportJobRecord>();
  }

  private async runJob(start: ImportJobRecord): Promise<void> {
    const signal = this.abort.signal;
    let job: ImportJobRecord | null = start;
    let session: ImportSession | null = null;
    try {
      if (job.state === 'queued') job = await this.commit(job, { $set: { state: 'running', startedAt: new Date() } });
      if (job && (!job.webEnv || !job.queryKey || job.total === null)) {
        const found = await this.eutils.search(job.query, signal);
        job = await this.commit(job, { $set: { webEnv: found.webEnv, queryKey: found.queryKey, total: Math.min(found.count, job.maxRecords) } });
      }
      const pageSize = this.config.literature.jobs.pageSize;
      while (job && job.fetched < job.total!) {
        const retstart = job.fetched;
        const retmax = Math.min(pageSize, job.total! - retstart);
        const xml = await this.eutils.fetchPage({ webEnv: job.webEnv!, queryKey: job.queryKey! }, retstart, retmax, signal);
        const items: ImportItem[] = [];
        for await (const item of readPublications('pubmed-xml', once(xml))) items.push({ ...item, position: retstart + item.position });
        await this.mustHold();
        session ??= await this.importer.begin('pubmed-xml', { by: job.by, query: job.query, storeRecords: false, recordLimit: 0 });
        const results = await session.add(items);
        job = await this.commit(job, pageUpdate(job, retstart + retmax, results));
      }
      if (job) await this.commit(job, { $set: { state: 'done', finishedAt: new Date() } });
    } catch (err) {
      if (err instanceof Interrupted || signal.aborted) return;
      if (!(err instanceof EutilsError)) throw err;
      // PubMed kept failing (retries used up) or answered nonsense: the job fails in plain words, the pages imported stay.
      this.logger.warn(`literature import job ${start._id} failed: ${err.message}`);
      const latest = await this.jobs.findById(start._id).lean<ImportJobRecord>();
      if (latest) await this.commit(latest, { $set: { state: 'failed', finishedAt: new Date(), error: err.message } });
    } finally {
      // The pages imported so far are summarised in the audit trail, also when the runner stops mid-job.
      if (session && !this.crashed) await session.finish().catch((err: Error) => this.logger.warn(`import job ${start._id}: audit summary not written: ${err.message}`));
    }
  }
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** The job's counters after a page: fetched moves to the next retstart, counts add up, the first problems are kept. */
export function pageUpdate(job: Pick<ImportJobRecord, 'problems'>, fetched: number, results: ImportRecordResult[]): { $set: Record<string, unknown>; $inc: Record<string, number> } {
  const inc = { created: 0, merged: 0, unchanged: 0, invalid: 0, conflicts: 0, problemsOmitted: 0 };
  const problems = [...(job.problems ?? [])];
  for (const r of results) {
    if (r.status === 'conflict') inc.conflicts++;
    else inc[r.status]++;
    if (r.status === 'invalid' || r.status === 'conflict') {
      if (problems.length < JOB_PROBLEMS_KEPT) problems.push(r);
      else inc.problemsOmitted++;
    }
  }
  return { $set: { fetched, problems }, $inc: inc };
}
