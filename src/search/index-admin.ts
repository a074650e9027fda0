import { Injectable, Logger } from '@nestjs/common';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { LeasesService } from '../common/leases/leases.service';
import { ProblemException } from '../common/problem/problem';
import { DriftKind, driftOf, DriftTally } from './search-drift';
import { SearchIndexDefinition, SearchRow } from './search-index-definition';
import { SearchIndexService } from './search-index.service';

export interface ReindexProgress {
  phase: 'prepare' | 'fill' | 'catch-up' | 'swap' | 'done';
  documents: number;
  /** Documents in the live index before the reindex: the expected total, when there was one. */
  expected: number | null;
}

export interface ReindexReport {
  index: string;
  documents: number;
  caughtUp: number;
  ms: number;
  docsPerSecond: number;
}

export interface DriftReport {
  index: string;
  /** Listed records in MongoDB and documents in the index. */
  listed: number;
  indexed: number;
  /**
   * missing: listed, absent from the index; extra: in the index but not listed (or no record at
   * all); stale: indexed at another revision than MongoDB's. Only what is still different after
   * `settleMs` counts: a change made a moment ago is the sync worker's, not drift.
   */
  counts: Record<DriftKind, number>;
  /** Up to 50 slugs of each kind. */
  samples: Record<DriftKind, string[]>;
  /** No missing, extra or stale document. */
  clean: boolean;
  /** Differences seen at first that the sync worker resolved while the check waited. */
  settled: number;
}

const sample = (xs: string[]) => xs.slice(0, 50);

/** Reindex with zero downtime, and the drift check between MongoDB and an index, for any SearchIndexDefinition. */
@Injectable()
export class SearchIndexAdmin {
  private readonly logger = new Logger(SearchIndexAdmin.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly indexes: SearchIndexService,
    private readonly leases: LeasesService,
  ) {}

  /**
   * Builds a fresh index under a new name, fills it from MongoDB, swaps it with the live one in one
   * Meilisearch task and drops the old contents. Searches read the live name throughout. While the
   * build runs the sync worker writes to both indexes (the lease data names the build index); the
   * catch-up step re-pushes every record that changed after the fill read it until the build index
   * has it as MongoDB does, so the swapped-in index misses nothing.
   */
  async reindex<Row extends SearchRow>(def: SearchIndexDefinition<Row>, onProgress: (p: ReindexProgress) => void | Promise<void> = () => undefined): Promise<ReindexReport> {
    const started = performance.now();
    const live = this.indexes.uidOf(def.name);
    const uid = this.indexes.newBuildUid(live);
    const key = def.primaryKey;
    const ttl = Math.max(this.config.search.leaseMs * 2, 30_000);
    if (!(await this.leases.acquire(def.leases.reindex, ttl, { building: uid }))) {
      throw new ProblemException(409, { type: 'reindex-running', title: 'A reindex is already running', detail: 'Wait for it to finish.' });
    }
    let leaseError: Error | undefined;
    const renew = setInterval(() => {
      this.leases.acquire(def.leases.reindex, ttl, { building: uid }).then(
        (ok) => (leaseError ??= ok ? undefined : new Error('reindex lease lost')),
        (err: Error) => (leaseError ??= err),
      );
    }, ttl / 3);
    const check = () => {
      if (leaseError) throw leaseError;
    };
    try {
      const expected = (await this.indexes.exists(live)) ? await this.indexes.count(live) : null;
      await onProgress({ phase: 'prepare', documents: 0, expected });
      for (const old of await this.indexes.buildIndexes(live)) if (old !== uid) await this.indexes.drop(old);
      await this.indexes.ensure(uid, await def.settings({ fresh: true }), key);

      // Fill: read batches from MongoDB while Meilisearch indexes the previous ones (at most 2 queued).
      const sent = new Map<string, number>();
      const queued: number[] = [];
      await def.forEach({ listedOnly: true, content: true, batchSize: 2000 }, async (rows) => {
        check();
        const { docs } = await def.documents(rows, []);
        queued.push(await this.indexes.enqueueDocuments(uid, docs, key));
        for (const d of docs as Record<string, unknown>[]) sent.set(d[key] as string, d.revision as number);
        while (queued.length > 2) await this.indexes.wait(queued.shift()!, 600_000);
        await onProgress({ phase: 'fill', documents: sent.size, expected });
      });
      for (const t of queued) await this.indexes.wait(t, 600_000);

      // Catch-up: records that changed since the fill read them. The sync worker writes every change
      // made from now on to both indexes, but one made during the fill may have reached the build
      // index before the fill's older copy: push them again until the build index has them.
      await onProgress({ phase: 'catch-up', documents: sent.size, expected });
      const changed: string[] = [];
      await def.forEach({ listedOnly: false, content: false, batchSize: 5000 }, async (rows) => {
        for (const r of rows) if (driftOf(r, sent.get(r.slug))) changed.push(r._id);
      });
      await this.catchUp(def, uid, changed, check);

      await onProgress({ phase: 'swap', documents: sent.size, expected });
      check();
      if (!(await this.indexes.exists(live))) await this.indexes.ensure(live, {}, key);
      await this.indexes.swap(live, uid);
      await this.leases.release(def.leases.reindex);
      await this.indexes.drop(uid);
      // A sync round that read the lease before its release may still write once to the old name.
      await new Promise((r) => setTimeout(r, 500));
      if (await this.indexes.exists(uid)) await this.indexes.drop(uid);
      const ms = performance.now() - started;
      await onProgress({ phase: 'done', documents: sent.size, expected });
      return { index: live, documents: sent.size, caughtUp: changed.length, ms: Math.round(ms), docsPerSecond: Math.round(sent.size / (ms / 1000)) };
    } catch (err) {
      this.logger.error(`reindex of ${live} failed: ${(err as Error).message}; the live index is untouched`);
      await this.leases.release(def.leases.reindex).catch(() => undefined);
      await this.indexes.drop(uid).catch(() => undefined);
      throw err;
    } finally {
      clearInterval(renew);
    }
  }

  /** Pushes these records to index `uid` until it holds them as MongoDB has them now. */
  private async catchUp<Row extends SearchRow>(def: SearchIndexDefinition<Row>, uid: string, ids: string[], check: () => void): Promise<void> {
    let left = ids;
    for (let round = 1; left.length; round++) {
      check();
      // Each round only re-pushes what changed again meanwhile: endless only under a write storm.
      if (round > 20) throw new Error(`${left.length} record(s) kept changing during the catch-up; run the reindex again`);
      const rows = await def.find(left);
      const { docs, deletes } = await def.documents(rows, left);
      await this.indexes.push([uid], docs, deletes, def.primaryKey);
      left = await this.stillDrifted(def, uid, left);
    }
  }

  /** Those of `slugs` whose document in `uid` still differs from MongoDB. */
  private async stillDrifted<Row extends SearchRow>(def: SearchIndexDefinition<Row>, uid: string, slugs: string[]): Promise<string[]> {
    const [records, indexed] = await Promise.all([def.find(slugs), this.indexes.revisionsOf(uid, slugs, def.primaryKey)]);
    const found = new Set(records.map((r) => r.slug));
    return [...records.filter((r) => driftOf(r, indexed.get(r.slug))).map((r) => r.slug), ...slugs.filter((s) => !found.has(s) && indexed.has(s))];
  }

  /**
   * Compares MongoDB (listed ids and search revisions) with the live index. Differences are looked
   * at again after `settleMs`: only those still there are reported (the others were changes the
   * sync worker had not pushed yet).
   */
  async check<Row extends SearchRow>(def: SearchIndexDefinition<Row>, settleMs = 2000): Promise<DriftReport> {
    const live = this.indexes.uidOf(def.name);
    const indexed = (await this.indexes.exists(live)) ? await this.indexes.revisions(live, undefined, def.primaryKey) : new Map<string, number>();
    const tally = new DriftTally(indexed);
    await def.forEach({ listedOnly: false, content: false, batchSize: 5000 }, async (rows) => tally.add(rows));
    const first = tally.finish();
    let lasting = new Set(first);
    if (first.length && settleMs > 0) {
      await new Promise((r) => setTimeout(r, settleMs));
      lasting = new Set(await this.stillDrifted(def, live, first));
    }
    const kinds = Object.keys(tally.found) as DriftKind[];
    const found = Object.fromEntries(kinds.map((k) => [k, tally.found[k].filter((s) => lasting.has(s))])) as Record<DriftKind, string[]>;
    return {
      index: live,
      listed: tally.listed,
      indexed: indexed.size,
      counts: Object.fromEntries(kinds.map((k) => [k, found[k].length])) as Record<DriftKind, number>,
      samples: Object.fromEntries(kinds.map((k) => [k, sample(found[k])])) as Record<DriftKind, string[]>,
      clean: lasting.size === 0,
      settled: first.length - lasting.size,
    };
  }
}
