import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/config.schema';
import { LeasesService } from '../common/leases/leases.service';
import { DriftTally } from './search-drift';
import { SearchHint } from './queue/search-hint.schema';
import { ANY, ChangeKind, SearchQueueService } from './queue/search-queue.service';
import { SearchIndexDefinition, SearchRow } from './search-index-definition';
import { SearchIndexService } from './search-index.service';
import { WakeableSleep } from '../common/timers/wakeable-sleep';

/** Milliseconds spent per phase of a round, for the debug log. */
export class Laps {
  private readonly started = performance.now();
  private last = this.started;
  private readonly laps: string[] = [];

  lap(label: string): void {
    const now = performance.now();
    this.laps.push(`${label} ${Math.round(now - this.last)} ms`);
    this.last = now;
  }

  toString(): string {
    return `${Math.round(performance.now() - this.started)} ms (${this.laps.join(', ')})`;
  }
}

/** What a subclass's extra work in a round did: how much, and what to record once the documents are pushed. */
export interface RoundExtra {
  work: number;
  after?: () => Promise<void>;
}

/**
 * Keeps one Meilisearch index in step with one MongoDB collection (ARCHITECTURE.md, principle 3,
 * with the flag kept on the index side). Writers bump a record's `search.revision` in the same
 * update as their change; every search document carries the revision it was built from, so
 * "dirty" means "the index has another revision than MongoDB" and clearing the flag is the very
 * Meilisearch task that writes the document: it cannot clear a newer change, and a crash, an
 * outage or a failed task leaves the difference in place for a later round. The worker never
 * writes to a source record: FerretDB 1.x applies an update as read, modify, replace the whole
 * document, so a worker write racing a curator's save could undo it.
 *
 * It pushes records in batches, waits for each Meilisearch task and checks it succeeded. One
 * instance at a time works per index, under the definition's sync lease; it learns about changes
 * from in-process nudges, from hints other instances leave in MongoDB, and from a periodic full
 * comparison of MongoDB's revisions with the index's (the drift check). What an index is made of
 * comes from its SearchIndexDefinition; a subclass may add work of other hint kinds (`extra`).
 */
export abstract class IndexSyncWorker<Row extends SearchRow = SearchRow> implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger: Logger;
  private running = false;
  private loop?: Promise<void>;
  private readonly pause = new WakeableSleep();
  private unsubscribe?: () => void;
  /** Ids waiting to be pushed (or, for other kinds, handled by `extra`), by hint kind. */
  private readonly pending = new Map<ChangeKind, Set<string>>();
  private fullScanDue = true;
  protected settingsDue = true;
  private lastFullScan = 0;
  private scanning?: Promise<void>;
  private leaseUntil = 0;
  private failures = 0;

  protected constructor(
    protected readonly config: AppConfig,
    protected readonly indexes: SearchIndexService,
    protected readonly queue: SearchQueueService,
    protected readonly leases: LeasesService,
    protected readonly def: SearchIndexDefinition<Row>,
    /** Hint kinds this worker takes: the definition's own first. */
    private readonly kinds: ChangeKind[] = [def.hintKind],
  ) {
    this.logger = new Logger(`${new.target.name}`);
    for (const k of kinds) this.pending.set(k, new Set());
  }

  onApplicationBootstrap(): void {
    if (this.config.search.worker) this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = this.queue.onChange((kind, ids) => {
      const pending = this.pending.get(kind);
      if (!pending || !this.holdsLease) return false;
      for (const id of ids) pending.add(id);
      if (!this.failures) this.pause.wake();
      return true;
    });
    this.loop = this.run();
  }

  /** Finishes the current round, then releases the lease so that another instance takes over at once. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.pause.wake();
    await this.loop;
    await this.scanning;
    if (this.leaseUntil > Date.now()) await this.leases.release(this.def.leases.sync).catch(() => undefined);
    this.leaseUntil = 0;
  }

  /** When the last full drift comparison finished (epoch ms; 0: none yet). */
  get lastFullScanAt(): number {
    return this.lastFullScan;
  }

  /** True while this instance holds the sync lease (and so is the one pushing documents). */
  get holdsLease(): boolean {
    return this.running && this.leaseUntil > Date.now();
  }

  protected get liveUid(): string {
    return this.indexes.uidOf(this.def.name);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      let holding = false;
      try {
        holding = await this.holdLease();
        if (holding) busy = await this.round();
        else await this.handOver();
        if (this.failures) this.logger.log(`search sync (${this.def.name}) recovered`);
        this.failures = 0;
      } catch (err) {
        this.failures++;
        this.fullScanDue = true;
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(`search sync round (${this.def.name}) failed (${this.failures}x, retrying; nothing is lost): ${(err as Error).message}`);
        }
      }
      if (!this.running) break;
      const delay = this.failures
        ? Math.min(10_000, 250 * 2 ** (this.failures - 1))
        : busy
          ? 0
          : holding
            ? this.config.search.pollMs
            : Math.max(500, this.config.search.leaseMs / 3);
      await this.pause.sleep(delay, () => this.running);
    }
  }


  /** Takes everything pending, by kind (put back with `restore` when the round fails). */
  private takePending(): Map<ChangeKind, Set<string>> {
    const out = new Map<ChangeKind, Set<string>>();
    for (const [kind, ids] of this.pending) {
      out.set(kind, new Set(ids));
      ids.clear();
    }
    return out;
  }

  private restore(taken: Map<ChangeKind, Set<string>>): void {
    for (const [kind, ids] of taken) for (const id of ids) this.pending.get(kind)!.add(id);
  }

  /** Not (or no longer) the holder, with work in hand: leave it as hints for the instance that holds the lease. */
  private async handOver(): Promise<void> {
    for (const [kind, ids] of this.takePending()) await this.queue.changed(kind, [...ids]);
  }

  /** Holds the sync lease, renewing it when less than half of it is left. */
  private async holdLease(): Promise<boolean> {
    const ttl = this.config.search.leaseMs;
    if (this.leaseUntil - Date.now() > ttl / 2) return true;
    const until = await this.leases.acquire(this.def.leases.sync, ttl);
    const wasHolding = this.leaseUntil > Date.now();
    this.leaseUntil = until?.getTime() ?? 0;
    if (until && !wasHolding) {
      // Whatever happened while we did not hold it, a scan finds.
      this.fullScanDue = true;
      this.settingsDue = true;
    }
    return !!until;
  }

  /** Throws unless the lease stays ours for a while: an expired holder must not write. */
  protected async assertLease(): Promise<void> {
    if (!(await this.holdLease()) || this.leaseUntil - Date.now() < this.config.search.leaseMs / 4) {
      throw new Error('search sync lease lost');
    }
  }

  /**
   * Indexes to write: the live one and, while a reindex runs, the one it builds, if it still
   * exists: it may have been swapped in and dropped since the lease was read, and writing to it
   * would re-create it (Meilisearch creates indexes on first write).
   */
  private async targets(): Promise<string[]> {
    const building = (await this.leases.current(this.def.leases.reindex))?.data?.building;
    const out = [this.liveUid];
    if (typeof building === 'string' && (await this.indexes.exists(building))) out.push(building);
    return out;
  }

  /**
   * Work of the other hint kinds this worker takes (materials: concepts), done before the records
   * are pushed; it may add record ids to `ids` and must apply settings when `settingsDue`.
   */
  protected extra(_taken: Map<ChangeKind, Set<string>>, _ids: Set<string>, _fullScan: boolean): Promise<RoundExtra> {
    return Promise.resolve({ work: 0 });
  }

  /** One pass over everything known to be pending; true if it did any work. */
  private async round(): Promise<boolean> {
    const taken = this.takePending();
    const timer = new Laps();
    try {
      const hints: SearchHint[] = await this.queue.take(this.config.search.batchSize * 4, this.kinds);
      for (const h of hints) taken.get(h.kind)?.add(h.id);
      const ids = taken.get(this.def.hintKind)!;
      const fullScan = ids.delete(ANY) || this.fullScanDue || Date.now() - this.lastFullScan > this.config.search.fullScanMs;
      timer.lap('hints');

      const extra = await this.extra(taken, ids, fullScan);
      if (this.settingsDue) await this.applySettings({ fresh: true });
      timer.lap('prepare');
      if (fullScan) this.startFullScan();

      let pushed = 0;
      const list = [...ids];
      for (let i = 0; i < list.length; i += this.config.search.batchSize) {
        pushed += await this.pushBatch(list.slice(i, i + this.config.search.batchSize));
      }
      await extra.after?.();
      timer.lap('push');
      await this.queue.done(hints);
      if (pushed || extra.work) this.logger.debug(`search sync (${this.def.name}): ${pushed} document(s), ${extra.work} other change(s) in ${timer}`);
      return hints.length > 0 || pushed > 0 || extra.work > 0;
    } catch (err) {
      this.restore(taken);
      throw err;
    }
  }

  /**
   * Compares every record's revision with the live index in the background: on FerretDB this reads
   * the whole collection (seconds at 100,000 records), and nudged publishes must not wait behind it.
   * What it finds is pushed by the next round.
   */
  private startFullScan(): void {
    this.fullScanDue = false;
    if (this.scanning) return;
    this.scanning = this.drifted()
      .then((ids) => {
        this.lastFullScan = Date.now();
        if (!ids.length) return;
        for (const id of ids) this.pending.get(this.def.hintKind)!.add(id);
        this.pause.wake();
      })
      .catch((err: Error) => {
        this.fullScanDue = true;
        // During an outage the failing rounds already say so.
        if (!this.failures) this.logger.warn(`search sync full scan (${this.def.name}) failed (retrying next round): ${err.message}`);
      })
      .finally(() => (this.scanning = undefined));
  }

  /** Ids of the records whose document in the live index is missing, stale or extra. */
  private async drifted(): Promise<string[]> {
    const live = this.liveUid;
    const tally = new DriftTally((await this.indexes.exists(live)) ? await this.indexes.revisions(live, undefined, this.def.primaryKey) : new Map());
    await this.def.forEach({ listedOnly: false, content: false, batchSize: 5000 }, async (rows) => tally.add(rows));
    return tally.finish();
  }

  protected async applySettings(options: { fresh: boolean }): Promise<void> {
    const settings = await this.def.settings(options);
    const targets = await this.targets();
    await this.assertLease();
    for (const uid of targets) await this.indexes.ensure(uid, settings, this.def.primaryKey);
    this.settingsDue = false;
  }

  /** Writes the current state of these records (a document, or a deletion) to every target index. */
  private async pushBatch(ids: string[]): Promise<number> {
    const rows = await this.def.find(ids);
    const { docs, deletes } = await this.def.documents(rows, ids);
    // Targets are read after the records: a reindex that starts later fills its index with what
    // we just read or newer, one that started earlier is named in the lease.
    const targets = await this.targets();
    await this.assertLease();
    await this.indexes.push(targets, docs, deletes, this.def.primaryKey);
    return ids.length;
  }
}
