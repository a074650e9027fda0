import { Injectable, Logger } from '@nestjs/common';
import { MaterialsService } from '../catalogue/materials.service';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { LeasesService } from '../common/leases/leases.service';
import { ProblemException } from '../common/problem/problem';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { SearchIndexService } from './search-index.service';
import { SearchSchema } from './search-schema';
import { desiredSettings } from './search-settings';
import { documentsFor, REINDEX_LEASE } from './search-sync.worker';

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

type DriftKind = 'missing' | 'extra' | 'stale' | 'pending';

export interface DriftReport {
  index: string;
  /** Listed records in MongoDB and documents in the index. */
  listed: number;
  indexed: number;
  /**
   * missing: listed, not dirty, absent from the index; extra: in the index but not listed (or no
   * record at all); stale: indexed at another revision than MongoDB's; pending: dirty records the
   * sync worker has not pushed yet (not drift, unless they stay).
   */
  counts: Record<DriftKind, number>;
  /** Up to 50 slugs of each kind. */
  samples: Record<DriftKind, string[]>;
  /** No missing, extra or stale document. */
  clean: boolean;
}

const sample = (xs: string[]) => xs.slice(0, 50);

/** Reindex with zero downtime, and the drift check between MongoDB and the index. */
@Injectable()
export class SearchAdminService {
  private readonly logger = new Logger(SearchAdminService.name);

  constructor(
    @InjectConfig() private readonly config: AppConfig,
    private readonly materials: MaterialsService,
    private readonly vocabulary: VocabularyService,
    private readonly indexes: SearchIndexService,
    private readonly leases: LeasesService,
  ) {}

  /**
   * Builds a fresh index under a new name, fills it from MongoDB, swaps it with the live one in one
   * Meilisearch task and drops the old contents. Searches read the live name throughout. While the
   * build runs the sync worker writes to both indexes (the lease data names the build index); the
   * catch-up step re-marks any record that changed after the fill read it, so the swapped-in index
   * misses nothing.
   */
  async reindex(onProgress: (p: ReindexProgress) => void | Promise<void> = () => undefined): Promise<ReindexReport> {
    const started = performance.now();
    const live = this.indexes.liveUid;
    const uid = this.indexes.newBuildUid();
    const ttl = Math.max(this.config.search.leaseMs * 2, 30_000);
    if (!(await this.leases.acquire(REINDEX_LEASE, ttl, { building: uid }))) {
      throw new ProblemException(409, { type: 'reindex-running', title: 'A reindex is already running', detail: 'Wait for it to finish.' });
    }
    let leaseError: Error | undefined;
    const renew = setInterval(() => {
      this.leases.acquire(REINDEX_LEASE, ttl, { building: uid }).then(
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
      for (const old of await this.indexes.buildIndexes()) if (old !== uid) await this.indexes.drop(old);
      const index = await this.vocabulary.index({ fresh: true });
      await this.indexes.ensure(uid, desiredSettings(SearchSchema.fromVocabulary(index), index, this.config.search));

      // Fill: read batches from MongoDB while Meilisearch indexes the previous ones (at most 2 queued).
      const sent = new Map<string, number>();
      const queued: number[] = [];
      await this.materials.forEachForSearch({ listedOnly: true, content: true, batchSize: 2000 }, async (rows) => {
        check();
        const { docs } = documentsFor(rows, index);
        queued.push(await this.indexes.enqueueDocuments(uid, docs));
        for (const d of docs) sent.set(d.slug, d.revision);
        while (queued.length > 2) await this.indexes.wait(queued.shift()!, 600_000);
        await onProgress({ phase: 'fill', documents: sent.size, expected });
      });
      for (const t of queued) await this.indexes.wait(t, 600_000);

      // Catch-up: records that changed since the fill read them go through the sync worker, which
      // writes to both indexes now; the swap waits until they are clean.
      await onProgress({ phase: 'catch-up', documents: sent.size, expected });
      const changed: string[] = [];
      await this.materials.forEachForSearch({ listedOnly: false, content: false, batchSize: 5000 }, async (rows) => {
        for (const r of rows) {
          const listedNow = r.listed;
          if (listedNow ? sent.get(r.slug) !== r.search.revision : sent.has(r.slug)) changed.push(r._id);
        }
      });
      if (changed.length) {
        await this.materials.markSearchDirty(changed);
        await this.untilClean(changed, check);
      }

      await onProgress({ phase: 'swap', documents: sent.size, expected });
      check();
      if (!(await this.indexes.exists(live))) await this.indexes.ensure(live, {});
      await this.indexes.swap(live, uid);
      await this.leases.release(REINDEX_LEASE);
      await this.indexes.drop(uid);
      // A sync round that read the lease before its release may still write once to the old name.
      await new Promise((r) => setTimeout(r, 500));
      if (await this.indexes.exists(uid)) await this.indexes.drop(uid);
      const ms = performance.now() - started;
      await onProgress({ phase: 'done', documents: sent.size, expected });
      return { index: live, documents: sent.size, caughtUp: changed.length, ms: Math.round(ms), docsPerSecond: Math.round(sent.size / (ms / 1000)) };
    } catch (err) {
      this.logger.error(`reindex failed: ${(err as Error).message}; the live index is untouched`);
      await this.leases.release(REINDEX_LEASE).catch(() => undefined);
      await this.indexes.drop(uid).catch(() => undefined);
      throw err;
    } finally {
      clearInterval(renew);
    }
  }

  private async untilClean(ids: string[], check: () => void): Promise<void> {
    const deadline = Date.now() + 120_000;
    let left = ids;
    while (left.length) {
      check();
      if (Date.now() > deadline) throw new Error(`${left.length} changed record(s) were not synced within 2 minutes: is a sync worker running (search.worker)?`);
      await new Promise((r) => setTimeout(r, 100));
      left = (await this.materials.findForSearch(left)).filter((r) => r.search.dirty).map((r) => r._id);
    }
  }

  /** Compares MongoDB (listed ids and search revisions) with the live index. */
  async check(): Promise<DriftReport> {
    const live = this.indexes.liveUid;
    const indexed = (await this.indexes.exists(live)) ? await this.indexes.revisions(live) : new Map<string, number>();
    const found: Record<DriftKind, string[]> = { missing: [], extra: [], stale: [], pending: [] };
    const seen = new Set<string>();
    let listed = 0;
    await this.materials.forEachForSearch({ listedOnly: false, content: false, batchSize: 5000 }, async (rows) => {
      for (const r of rows) {
        seen.add(r.slug);
        if (r.listed) listed++;
        const rev = indexed.get(r.slug);
        if (r.search?.dirty) found.pending.push(r.slug);
        else if (r.listed && rev === undefined) found.missing.push(r.slug);
        else if (r.listed && rev !== r.search.revision) found.stale.push(r.slug);
        else if (!r.listed && rev !== undefined) found.extra.push(r.slug);
      }
    });
    for (const slug of indexed.keys()) if (!seen.has(slug)) found.extra.push(slug);
    const kinds = Object.keys(found) as DriftKind[];
    return {
      index: live,
      listed,
      indexed: indexed.size,
      counts: Object.fromEntries(kinds.map((k) => [k, found[k].length])) as Record<DriftKind, number>,
      samples: Object.fromEntries(kinds.map((k) => [k, sample(found[k])])) as Record<DriftKind, string[]>,
      clean: found.missing.length + found.extra.length + found.stale.length === 0,
    };
  }
}
