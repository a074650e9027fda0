import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MaterialsService, SearchSource } from '../catalogue/materials.service';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { LeasesService } from '../common/leases/leases.service';
import { ConceptIndex, shownDigest, VocabularyService } from '../vocabulary/vocabulary.service';
import { DriftTally } from './search-drift';
import { SearchConceptState } from './queue/search-hint.schema';
import { OffersService } from '../marketplace/offers/offers.service';
import { conceptsOf, labelledConcepts, MarketSummary, SearchDocument, toSearchDocument } from './search-document';
import { SearchIndexService } from './search-index.service';
import { SearchSchema } from './search-schema';
import { desiredSettings } from './search-settings';
import { ANY, SearchQueueService } from './queue/search-queue.service';

export const SYNC_LEASE = 'search-sync';
export const REINDEX_LEASE = 'search-reindex';

/**
 * Documents for the listed records of `rows`; ids to delete for the unlisted ones and for those of
 * `requested` that have no record at all.
 */
export function documentsFor(
  rows: SearchSource[],
  index: ConceptIndex,
  markets: ReadonlyMap<string, MarketSummary> = new Map(),
  requested: string[] = [],
): { docs: SearchDocument[]; deletes: string[] } {
  const docs: SearchDocument[] = [];
  const deletes: string[] = [];
  for (const r of rows) {
    if (r.listed && r.published) docs.push(toSearchDocument(r, r.published, index, markets.get(r.slug)));
    else deletes.push(r.slug);
  }
  const found = new Set(rows.map((r) => r._id));
  for (const id of requested) if (!found.has(id)) deletes.push(id);
  return { docs, deletes };
}

/** Milliseconds spent per phase of a round, for the debug log. */
class Laps {
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

/** Every concept of `ids` and, transitively, everything narrower (a renamed parent changes its children's facet paths). */
export function withDescendants(ids: Iterable<string>, index: ConceptIndex): Set<string> {
  const children = new Map<string, string[]>();
  for (const c of index.values()) for (const b of c.broader ?? []) children.set(b, [...(children.get(b) ?? []), c._id]);
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/**
 * Keeps Meilisearch in step with MongoDB (ARCHITECTURE.md, principle 3, with the flag kept on the
 * index side). Writers bump a record's `search.revision` in the same update as their change; every
 * search document carries the revision it was built from, so "dirty" means "the index has another
 * revision than MongoDB" and clearing the flag is the very Meilisearch task that writes the
 * document: it cannot clear a newer change, and a crash, an outage or a failed task leaves the
 * difference in place for a later round. This worker never writes to a material: FerretDB 1.x
 * applies an update as read, modify, replace the whole document, so a worker write racing a
 * curator's save could undo it.
 *
 * It pushes records in batches, waits for each Meilisearch task and checks it succeeded. One
 * instance at a time works, under the `search-sync` lease; it learns about changes from in-process
 * nudges, from hints other instances leave in MongoDB, and from a periodic full comparison of
 * MongoDB's revisions with the index's (the drift check).
 */
@Injectable()
export class SearchSyncWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SearchSyncWorker.name);
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private unsubscribe?: () => void;
  private readonly pendingMaterials = new Set<string>();
  private readonly pendingConcepts = new Set<string>();
  private fullScanDue = true;
  private settingsDue = true;
  private lastFullScan = 0;
  private scanning?: Promise<void>;
  private leaseUntil = 0;
  private failures = 0;

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly materials: MaterialsService,
    private readonly vocabulary: VocabularyService,
    private readonly indexes: SearchIndexService,
    private readonly queue: SearchQueueService,
    private readonly leases: LeasesService,
    private readonly offers: OffersService,
  ) {}

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
      if (!this.holdsLease) return false;
      const pending = kind === 'material' ? this.pendingMaterials : this.pendingConcepts;
      for (const id of ids) pending.add(id);
      if (!this.failures) this.wake?.();
      return true;
    });
    this.loop = this.run();
  }

  /** Finishes the current round, then releases the lease so that another instance takes over at once. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.unsubscribe?.();
    this.wake?.();
    await this.loop;
    await this.scanning;
    if (this.leaseUntil > Date.now()) await this.leases.release(SYNC_LEASE).catch(() => undefined);
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

  private async run(): Promise<void> {
    while (this.running) {
      let busy = false;
      let holding = false;
      try {
        holding = await this.holdLease();
        if (holding) busy = await this.round();
        else await this.handOver();
        if (this.failures) this.logger.log('search sync recovered');
        this.failures = 0;
      } catch (err) {
        this.failures++;
        this.fullScanDue = true;
        if (this.failures === 1 || this.failures % 20 === 0) {
          this.logger.warn(`search sync round failed (${this.failures}x, retrying; nothing is lost): ${(err as Error).message}`);
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
      await this.sleep(delay);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (ms <= 0 || !this.running) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    }).then(() => {
      this.wake = undefined;
    });
  }

  /** Not (or no longer) the holder, with work in hand: leave it as hints for the instance that holds the lease. */
  private async handOver(): Promise<void> {
    const materials = [...this.pendingMaterials];
    const concepts = [...this.pendingConcepts];
    this.pendingMaterials.clear();
    this.pendingConcepts.clear();
    await this.queue.changed('material', materials);
    await this.queue.changed('concept', concepts);
  }

  /** Holds the sync lease, renewing it when less than half of it is left. */
  private async holdLease(): Promise<boolean> {
    const ttl = this.config.search.leaseMs;
    if (this.leaseUntil - Date.now() > ttl / 2) return true;
    const until = await this.leases.acquire(SYNC_LEASE, ttl);
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
  private async assertLease(): Promise<void> {
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
    const building = (await this.leases.current(REINDEX_LEASE))?.data?.building;
    const out = [this.indexes.liveUid];
    if (typeof building === 'string' && (await this.indexes.exists(building))) out.push(building);
    return out;
  }

  /** One pass over everything known to be pending; true if it did any work. */
  private async round(): Promise<boolean> {
    const materialIds = new Set(this.pendingMaterials);
    const conceptIds = new Set(this.pendingConcepts);
    this.pendingMaterials.clear();
    this.pendingConcepts.clear();
    const timer = new Laps();
    try {
      const hints = await this.queue.take(this.config.search.batchSize * 4);
      for (const h of hints) (h.kind === 'material' ? materialIds : conceptIds).add(h.id);
      const fullScan = materialIds.delete(ANY) || this.fullScanDue || Date.now() - this.lastFullScan > this.config.search.fullScanMs;
      const allConcepts = conceptIds.delete(ANY) || fullScan;
      timer.lap('hints');

      const flagged = await this.vocabulary.searchDirty(allConcepts ? undefined : [...conceptIds]);
      const applied = flagged.length ? await this.queue.appliedConcepts() : new Map<string, SearchConceptState>();
      const conceptWork = flagged.filter((c) => c.revision > (applied.get(c.id)?.revision ?? 0));
      let conceptStates: SearchConceptState[] = [];
      if (conceptWork.length || this.settingsDue) {
        const index = await this.vocabulary.index({ fresh: true });
        await this.applySettings(index);
        conceptStates = conceptWork.flatMap((c) => {
          const concept = index.get(c.id);
          return concept ? [{ _id: c.id, revision: c.revision, shown: shownDigest(concept) }] : [];
        });
        // Materials show a concept's label, hierarchy and numeric field: re-push them when one of
        // those changed since it was last applied (a new concept is shown by nobody yet).
        const relabelled = conceptStates.filter((s) => applied.has(s._id) && applied.get(s._id)!.shown !== s.shown).map((s) => s._id);
        if (relabelled.length) for (const id of await this.materialsShowing(relabelled, index)) materialIds.add(id);
      }
      timer.lap('concepts');
      if (fullScan) this.startFullScan();

      let pushed = 0;
      const ids = [...materialIds];
      for (let i = 0; i < ids.length; i += this.config.search.batchSize) {
        pushed += await this.pushBatch(ids.slice(i, i + this.config.search.batchSize));
      }
      // Concepts are done once the materials showing them are pushed.
      await this.queue.recordConcepts(conceptStates);
      timer.lap('push');
      await this.queue.done(hints);
      if (pushed || conceptWork.length) this.logger.debug(`search sync: ${pushed} document(s), ${conceptWork.length} concept(s) in ${timer}`);
      return hints.length > 0 || pushed > 0 || conceptWork.length > 0;
    } catch (err) {
      for (const id of materialIds) this.pendingMaterials.add(id);
      for (const id of conceptIds) this.pendingConcepts.add(id);
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
        for (const id of ids) this.pendingMaterials.add(id);
        this.wake?.();
      })
      .catch((err: Error) => {
        this.fullScanDue = true;
        // During an outage the failing rounds already say so.
        if (!this.failures) this.logger.warn(`search sync full scan failed (retrying next round): ${err.message}`);
      })
      .finally(() => (this.scanning = undefined));
  }

  /** Slugs (= ids) of the records whose document in the live index is missing, stale or extra. */
  private async drifted(): Promise<string[]> {
    const live = this.indexes.liveUid;
    const tally = new DriftTally((await this.indexes.exists(live)) ? await this.indexes.revisions(live) : new Map());
    await this.materials.forEachForSearch({ listedOnly: false, content: false, batchSize: 5000 }, async (rows) => tally.add(rows));
    return tally.finish();
  }

  private async applySettings(index: ConceptIndex): Promise<void> {
    const settings = desiredSettings(SearchSchema.fromVocabulary(index), this.config.search);
    const targets = await this.targets();
    await this.assertLease();
    for (const uid of targets) await this.indexes.ensure(uid, settings);
    this.settingsDue = false;
  }

  /** Ids of the listed materials that show any of `conceptIds` (or a narrower concept). */
  private async materialsShowing(conceptIds: string[], index: ConceptIndex): Promise<string[]> {
    const affected = withDescendants(conceptIds, index);
    const hit: string[] = [];
    await this.materials.forEachForSearch({ listedOnly: true, content: true, batchSize: 500 }, async (rows) => {
      for (const r of rows) {
        if (!r.published) continue;
        const shown = [...conceptsOf(r.published), ...labelledConcepts(r.published, index)];
        if (shown.some((id) => affected.has(id))) hit.push(r._id);
      }
    });
    return hit;
  }

  /** Writes the current state of these records (a document, or a deletion) to every target index. */
  private async pushBatch(ids: string[]): Promise<number> {
    const rows = await this.materials.findForSearch(ids);
    let index = await this.vocabulary.index();
    // A concept created moments ago may be missing from the cached vocabulary: read it afresh
    // rather than index its id as a label.
    if (rows.some((r) => r.published && [...conceptsOf(r.published)].some((id) => !index.has(id)))) index = await this.vocabulary.index({ fresh: true });
    const markets = await this.offers.marketSummaries(rows.filter((r) => r.listed).map((r) => r.slug));
    const { docs, deletes } = documentsFor(rows, index, markets, ids);
    // Targets are read after the records: a reindex that starts later fills its index with what
    // we just read or newer, one that started earlier is named in the lease.
    const targets = await this.targets();
    await this.assertLease();
    await this.indexes.push(targets, docs, deletes);
    return ids.length;
  }
}
