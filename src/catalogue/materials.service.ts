import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { createHash } from 'node:crypto';
import { createPatch } from 'rfc6902';
import { AuditEvent } from '../audit/audit.schema';
import { AuditService } from '../audit/audit.service';
import { Page, skipOf } from '../common/http/pagination';
import { mapLimit } from '../common/mongo/bulk';
import { serializedWrite } from '../common/mongo/write-locks';
import { updateIfMatches } from '../common/mongo/conditional-update';
import { ProblemException } from '../common/problem/problem';
import { SearchQueueService } from '../search/queue/search-queue.service';
import { AnswerCache } from '../search/answer-cache';
import { IndexChanges } from '../search/index-changes';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { DirectoryService } from '../accounts/directory.service';
import { MATERIAL_MODEL, MATERIAL_VERSION_MODEL, MaterialRecord, MaterialVersion, OutboxEntry } from './material.schema';
import { KeywordCategory, MaterialContent } from './material.types';
import { labelOf, MaterialDetail, MaterialItem, toMaterialDetail, toMaterialItem } from './material-view';
import { ContentChange, diffContent } from './content-diff';
import { ClassRanges, classRanges } from './quality/value-flags';

/** The filters of the curation lists. */
export interface CurationFilter {
  states: string[];
  proposedBy?: { userId: string; organizationId?: string };
  /** Words of the name or slug. */
  q?: string;
  /** Class concept ids (a class and its narrower ones). */
  classes?: string[];
  editor?: string;
  updatedAfter?: Date;
  updatedBefore?: Date;
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  publishedBy: string;
  publishedByName: string;
  name: string;
}

const SORTS: Record<string, Record<string, 1 | -1>> = {
  name: { sortName: 1, _id: 1 },
  '-name': { sortName: -1, _id: -1 },
  updatedAt: { publishedAt: 1, _id: 1 },
  '-updatedAt': { publishedAt: -1, _id: -1 },
  slug: { slug: 1 },
  '-slug': { slug: -1 },
};

/** What the search index needs of a record. */
export type SearchSource = Pick<MaterialRecord, '_id' | 'slug' | 'listed' | 'published' | 'publishedVersion' | 'publishedAt' | 'search'>;
const SEARCH_PROJECTION = { slug: 1, listed: 1, published: 1, publishedVersion: 1, publishedAt: 1, search: 1 };

/** A safety net only: entries go as soon as this instance writes the record or the index changes. */
const DETAIL_CACHE_MS = 60_000;
const DETAIL_CACHE_ENTRIES = 5000;
/** Full outbox sweeps after the first one (see onModuleInit). */
const FULL_SWEEP_MS = 3600_000;

/** A published material's detail, serialised once for every reader until it changes. */
export interface DetailAnswer {
  json: string;
  /** Strong validator of `json` (a hash of it, quoted). */
  etag: string;
}

export const notFound = (slug: string) =>
  new ProblemException(404, { type: 'not-found', title: 'Material not found', detail: `No published material "${slug}".` });

/**
 * Owns the `materials` and `material_versions` collections. Every change is one conditional update
 * of one document; events it causes (audit entries, version snapshots) ride in that same update as
 * an outbox and are then copied to their collections, so a crash can delay them but not lose them.
 * Writes to one record go one at a time (`serializedWrite`: FerretDB's updates are not atomic).
 */
@Injectable()
export class MaterialsService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MaterialsService.name);
  private readonly timers: NodeJS.Timeout[] = [];
  /** Records whose outbox this instance failed to flush (retried every minute). */
  private readonly unflushed = new Set<string>();
  /** Published details by slug, built on one vocabulary map (see getPublishedAnswer). */
  private readonly details: AnswerCache<DetailAnswer>;
  private ranges?: { at: number; catalogue: { slug: string; content: Pick<MaterialContent, 'class' | 'properties'> }[]; all: ClassRanges };

  constructor(
    @InjectModel(MATERIAL_MODEL) private readonly materials: Model<MaterialRecord>,
    @InjectModel(MATERIAL_VERSION_MODEL) private readonly versions: Model<MaterialVersion>,
    private readonly vocabulary: VocabularyService,
    private readonly audit: AuditService,
    private readonly searchQueue: SearchQueueService,
    private readonly directory: DirectoryService,
    changes: IndexChanges,
  ) {
    this.details = new AnswerCache(changes, { maxSize: DETAIL_CACHE_ENTRIES, sizeOf: () => 1, ttlMs: DETAIL_CACHE_MS });
  }

  onModuleInit(): void {
    // Outboxes this instance failed to flush are retried every minute by id. Outboxes left behind
    // by a crash between a write and its flush are found by a full sweep: a minute after start
    // (the crashed instance, or another, starting again), then hourly for instances that never
    // restart. A sweep reads the whole collection on FerretDB (~60 s of its CPU at 100,000 records,
    // which stalled searches during `bench:search` when it ran every 5 minutes).
    const run = (what: string, job: () => Promise<unknown>) => () => void job().catch((err) => this.logger.warn(`${what} failed: ${err}`));
    this.timers.push(setInterval(run('outbox retry', () => this.retryUnflushed()), 60_000));
    this.timers.push(setTimeout(run('outbox sweep', () => this.sweepOutboxes()), 60_000));
    this.timers.push(setInterval(run('outbox sweep', () => this.sweepOutboxes()), FULL_SWEEP_MS));
    for (const timer of this.timers) timer.unref();
  }

  onModuleDestroy(): void {
    for (const timer of this.timers) clearTimeout(timer);
  }

  // ---- public reads -------------------------------------------------------------------------

  async listPublished(query: { page: number; perPage: number; sort: string }): Promise<Page<MaterialItem>> {
    const filter = { listed: true };
    const [rows, total, index] = await Promise.all([
      this.materials
        .find(filter, { slug: 1, published: 1, publishedVersion: 1, publishedAt: 1 })
        .sort(SORTS[query.sort] ?? SORTS.name)
        .skip(skipOf(query))
        .limit(query.perPage)
        .lean<MaterialRecord[]>(),
      this.materials.countDocuments(filter),
      this.vocabulary.index(),
    ]);
    return { items: rows.map((r) => toMaterialItem(r, r.published!, index)), total, page: query.page, perPage: query.perPage };
  }

  /**
   * A published material, serialised, from an in-process cache: a detail read costs FerretDB ~8 ms
   * of CPU and the most-read materials are read over and over (load bench: 146 details/s with
   * FerretDB at 122 % CPU without a cache). An entry goes when this instance writes the record, when
   * the search index changes (every change of published data ends in an index task, seen by
   * IndexChanges within `search.changePollMs`, see there), when the vocabulary map it was built
   * with is replaced, or after DETAIL_CACHE_MS at the latest.
   */
  async getPublishedAnswer(slug: string): Promise<DetailAnswer> {
    const vocabulary = await this.vocabulary.index();
    return this.details.get(slug, vocabulary, async () => {
      // Filter on _id alone: FerretDB pushes an _id lookup down to SQLite but scans every document
      // for a compound filter (14 ms against 105 ms with the seeded catalogue).
      const record = await this.materials.findById(slug, { outbox: 0, draft: 0 }).lean<MaterialRecord>();
      if (!record?.listed) throw notFound(slug);
      const json = JSON.stringify(toMaterialDetail(record, record.published!, vocabulary));
      return { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
    });
  }

  /** The published names of materials by slug (one read per slug by `_id`; missing ones are left out). */
  async publishedNames(slugs: string[]): Promise<Map<string, string>> {
    const rows = await Promise.all([...new Set(slugs)].map((slug) => this.materials.findById(slug, { 'published.name': 1 }).lean<Pick<MaterialRecord, '_id' | 'published'>>()));
    return new Map(rows.filter((r) => r?.published?.name).map((r) => [r!._id, r!.published!.name]));
  }

  private async publishedRecord(slug: string): Promise<MaterialRecord> {
    const record = await this.materials.findById(slug).lean<MaterialRecord>();
    if (record && record.publishedVersion === 0) throw notFound(slug);
    if (!record || record.state === 'retired') throw notFound(slug);
    if (record.outbox.length) await this.flushOutbox(record);
    return record;
  }

  async listVersions(slug: string): Promise<VersionSummary[]> {
    const record = await this.publishedRecord(slug);
    const rows = await this.versions
      .find({ materialId: record._id, version: { $lte: record.publishedVersion } }, { version: 1, publishedAt: 1, publishedBy: 1, 'content.name': 1 })
      .sort({ version: -1 })
      .lean<MaterialVersion[]>();
    const names = await this.directory.userNames(rows.map((v) => v.publishedBy));
    return rows.map((v) => ({ version: v.version, publishedAt: new Date(v.publishedAt).toISOString(), publishedBy: v.publishedBy, publishedByName: names.get(v.publishedBy) ?? v.publishedBy, name: v.content.name }));
  }

  async getVersion(slug: string, version: number): Promise<MaterialDetail> {
    const row = await this.versionRow(slug, version);
    return toMaterialDetail({ slug, publishedVersion: row.version, publishedAt: row.publishedAt }, row.content, await this.vocabulary.index());
  }

  private async versionRow(slug: string, version: number, record?: MaterialRecord): Promise<MaterialVersion> {
    const r = record ?? (await this.publishedRecord(slug));
    const row = version <= r.publishedVersion ? await this.versions.findById(`${slug}@${version}`).lean<MaterialVersion>() : null;
    if (!row) throw new ProblemException(404, { type: 'not-found', title: 'Version not found', detail: `"${slug}" has no version ${version}.` });
    return row;
  }

  /** What changed from version `from` to version `to`: field by field, and as an RFC 6902 JSON Patch. */
  async diffVersions(slug: string, from: number, to: number): Promise<{ from: number; to: number; changes: ContentChange[]; patch: unknown[] }> {
    const record = await this.publishedRecord(slug);
    const [a, b] = await Promise.all([this.versionRow(slug, from, record), this.versionRow(slug, to, record)]);
    const index = await this.vocabulary.index();
    return { from, to, changes: diffContent(a.content, b.content, (id) => labelOf(index, id)), patch: createPatch(a.content, b.content) };
  }

  // ---- writes, used by curation and imports ---------------------------------------------------

  findBySlug(slug: string): Promise<MaterialRecord | null> {
    return this.materials.findById(slug).lean<MaterialRecord>();
  }

  async listForCuration(filter: CurationFilter, page: { page: number; perPage: number; sort?: string }): Promise<Page<MaterialRecord>> {
    const and: Record<string, unknown>[] = [{ state: { $in: filter.states } }];
    if (filter.proposedBy) {
      const { userId, organizationId } = filter.proposedBy;
      and.push({ $or: [{ 'proposedBy.id': userId }, ...(organizationId ? [{ 'proposedBy.organizationId': organizationId }] : [])] });
    }
    if (filter.q) {
      // Names are matched on sortName (lower case) and slugs; the words are escaped, never a pattern.
      const needle = filter.q.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      and.push({ $or: [{ sortName: { $regex: needle } }, { slug: { $regex: needle } }] });
    }
    if (filter.classes?.length) and.push({ $or: [{ 'draft.class': { $in: filter.classes } }, { 'published.class': { $in: filter.classes } }] });
    if (filter.editor) and.push({ lastEditorId: filter.editor });
    if (filter.updatedAfter || filter.updatedBefore) and.push({ updatedAt: { ...(filter.updatedAfter && { $gte: filter.updatedAfter }), ...(filter.updatedBefore && { $lt: filter.updatedBefore }) } });
    const q = and.length === 1 ? and[0] : { $and: and };
    const sort: Record<string, 1 | -1> = page.sort === 'name' ? { sortName: 1, _id: 1 } : page.sort === 'updatedAt' ? { updatedAt: 1, _id: 1 } : { updatedAt: -1, _id: -1 };
    const [items, total] = await Promise.all([
      this.materials.find(q, { outbox: 0 }).sort(sort).skip(skipOf(page)).limit(page.perPage).lean<MaterialRecord[]>(),
      this.materials.countDocuments(q),
    ]);
    return { items, total, page: page.page, perPage: page.perPage };
  }

  /**
   * The class ranges the value flags compare with (src/catalogue/quality), over the published
   * catalogue, cached for 10 minutes. One projection read of every listed record: cheap on MongoDB,
   * a full scan on FerretDB (see README Limits), so it runs only when a curator opens a record.
   */
  async classRanges(): Promise<{ ranges: (exclude: string) => ClassRanges }> {
    if (!this.ranges || Date.now() - this.ranges.at > 600_000) {
      const rows = await this.materials.find({ listed: true }, { slug: 1, 'published.class': 1, 'published.properties': 1 }).lean<Pick<MaterialRecord, 'slug' | 'published'>[]>();
      const catalogue = rows.filter((r) => r.published).map((r) => ({ slug: r.slug, content: { class: r.published!.class, properties: r.published!.properties } }));
      this.ranges = { at: Date.now(), catalogue, all: classRanges(catalogue) };
    }
    const { catalogue, all } = this.ranges;
    // A listed record is judged without itself; computing that is cheap per class.
    return { ranges: (exclude) => (catalogue.some((m) => m.slug === exclude) ? classRanges(catalogue, exclude) : all) };
  }

  /** Inserts a new record; the slug index makes a taken (or once used) slug fail with 409. */
  async insert(record: Omit<MaterialRecord, '_id' | 'createdAt' | 'updatedAt' | 'search'> & { search?: MaterialRecord['search'] }): Promise<MaterialRecord> {
    try {
      const created = await this.materials.create({ _id: record.slug, search: { revision: 1 }, ...record });
      const saved = created.toObject() as MaterialRecord;
      await this.flushOutbox(saved);
      if (saved.listed) await this.searchQueue.changed('material', [saved._id]);
      return saved;
    } catch (err) {
      if ((err as { code?: number }).code === 11000) {
        throw new ProblemException(409, {
          type: 'slug-taken',
          title: 'Slug already used',
          detail: `The slug "${record.slug}" belongs to another record (slugs are never reused).`,
        });
      }
      throw err;
    }
  }

  /**
   * One conditional update: applies `set` only if the record still has `expect` (state, revision).
   * Bumps the revision, appends outbox events and, when the change shows in search (publish,
   * retire, restore), bumps `search.revision`: the search document is stale until it carries it.
   */
  async updateIf(
    id: string,
    expect: { state?: string[]; revision?: number },
    set: Partial<MaterialRecord>,
    events: OutboxEntry[],
    searchChanged: boolean,
  ): Promise<MaterialRecord | null> {
    const conditions: Record<string, unknown> = {};
    if (expect.state) conditions.state = { $in: expect.state };
    if (expect.revision !== undefined) conditions.revision = expect.revision;
    const update = {
      $set: set,
      $inc: { revision: 1, ...(searchChanged && { 'search.revision': 1 }) },
      ...(events.length && { $push: { outbox: { $each: events } } }),
    };
    this.details.invalidate(id);
    const updated = await serializedWrite('materials', id, () => updateIfMatches(this.materials, id, conditions, update));
    this.details.invalidate(id);
    if (updated) await this.flushOutbox(updated);
    if (updated && searchChanged) await this.searchQueue.changed('material', [id]);
    return updated;
  }

  /** Something the search document shows besides the record changed (its offers): bumps the search revision. */
  async marketChanged(slug: string): Promise<void> {
    const res = await serializedWrite('materials', slug, () => this.materials.updateOne({ _id: slug }, { $inc: { 'search.revision': 1 } }).exec());
    if (res.matchedCount) await this.searchQueue.changed('material', [slug]);
  }

  /** Copies outbox events to their collections (idempotently), then removes them from the record. */
  async flushOutbox(record: Pick<MaterialRecord, '_id' | 'slug' | 'outbox'>): Promise<void> {
    if (!record.outbox?.length) return;
    const audits = record.outbox.filter((e) => e.kind === 'audit').map((e) => ({ _id: e.id, ...e.payload }) as unknown as AuditEvent);
    const versions = record.outbox.filter((e) => e.kind === 'version');
    try {
      await this.audit.record(audits);
      for (const v of versions) {
        const p = v.payload as unknown as MaterialVersion;
        // Upsert by (material, version): replaying a flush stores the snapshot once.
        await this.versions.updateOne(
          { _id: `${record.slug}@${p.version}` },
          { $setOnInsert: { materialId: record._id, slug: record.slug, version: p.version, content: p.content, publishedBy: p.publishedBy, publishedAt: p.publishedAt } },
          { upsert: true },
        );
      }
      // Re-read under the lock and write what is left: FerretDB 1.24 ignores `$pull` with a condition
      // on part of an element, so the flushed entries would stay forever.
      const ids = new Set(record.outbox.map((e) => e.id));
      await serializedWrite('materials', record._id, async () => {
        const current = await this.materials.findById(record._id, { outbox: 1 }).lean<Pick<MaterialRecord, 'outbox'>>();
        if (!current?.outbox?.some((e) => ids.has(e.id))) return;
        await this.materials.updateOne({ _id: record._id }, { $set: { outbox: current.outbox.filter((e) => !ids.has(e.id)) } }).exec();
      });
      this.unflushed.delete(record._id);
    } catch (err) {
      this.unflushed.add(record._id);
      this.logger.warn(`outbox of ${record.slug} not flushed yet (${(err as Error).message}); retried within a minute`);
    }
  }

  /** Flushes again the outboxes this instance failed to flush. */
  async retryUnflushed(): Promise<number> {
    let flushed = 0;
    for (const id of [...this.unflushed]) {
      const record = await this.materials.findById(id, { slug: 1, outbox: 1 }).lean<MaterialRecord>();
      if (!record?.outbox?.length) this.unflushed.delete(id);
      else {
        await this.flushOutbox(record);
        if (!this.unflushed.has(id)) flushed++;
      }
    }
    return flushed;
  }

  async sweepOutboxes(): Promise<number> {
    const pending = await this.materials.find({ 'outbox.0': { $exists: true } }, { slug: 1, outbox: 1 }).limit(200).lean<MaterialRecord[]>();
    for (const record of pending) await this.flushOutbox(record);
    return pending.length;
  }

  /** Which of these slugs name a material (any state; `listedOnly` for publicly visible ones). */
  async existingSlugs(slugs: string[], options: { listedOnly?: boolean } = {}): Promise<Set<string>> {
    if (slugs.length === 0) return new Set();
    const rows = await this.materials.find({ _id: { $in: slugs }, ...(options.listedOnly && { listed: true }) }, { _id: 1 }).lean<{ _id: string }[]>();
    return new Set(rows.map((r) => r._id));
  }

  /** Published materials that carry `conceptId` among their `category` keywords (names for matching a mention). */
  async publishedWithKeyword(category: KeywordCategory, conceptId: string): Promise<{ slug: string; content: Pick<MaterialContent, 'name' | 'synonyms' | 'tradeNames' | 'keywords'> }[]> {
    const rows = await this.materials
      .find({ listed: true, [`published.keywords.${category}`]: conceptId }, { slug: 1, 'published.name': 1, 'published.synonyms': 1, 'published.tradeNames': 1, 'published.keywords': 1 })
      .limit(500)
      .lean<Pick<MaterialRecord, 'slug' | 'published'>[]>();
    return rows.filter((r) => r.published).map((r) => ({ slug: r.slug, content: r.published! }));
  }

  async countListed(): Promise<number> {
    return this.materials.countDocuments({ listed: true });
  }

  async allSlugs(): Promise<Map<string, MaterialRecord>> {
    const rows = await this.materials.find({}, { outbox: 0 }).lean<MaterialRecord[]>();
    return new Map(rows.map((r) => [r.slug, r]));
  }

  // ---- search sync (the search module's worker, reindex and drift check) ---------------------

  /** The records with these ids, read one `_id` lookup each (the only lookup every backend serves from an index). */
  async findForSearch(ids: string[]): Promise<SearchSource[]> {
    const rows = await mapLimit([...new Set(ids)], 4, (id) => this.materials.findById(id, SEARCH_PROJECTION).lean<SearchSource>());
    return rows.filter((r): r is SearchSource => !!r);
  }

  /** Streams every record's search state (and, with `content`, published content) in batches. */
  async forEachForSearch(options: { listedOnly: boolean; content: boolean; batchSize: number }, each: (batch: SearchSource[]) => Promise<void>): Promise<void> {
    const projection = options.content ? SEARCH_PROJECTION : { slug: 1, listed: 1, search: 1 };
    const cursor = this.materials.find(options.listedOnly ? { listed: true } : {}, projection).lean<SearchSource[]>().cursor({ batchSize: options.batchSize });
    let batch: SearchSource[] = [];
    for await (const row of cursor) {
      batch.push(row as SearchSource);
      if (batch.length >= options.batchSize) {
        await each(batch);
        batch = [];
      }
    }
    if (batch.length) await each(batch);
  }

  static sortNameOf(content: MaterialContent): string {
    return content.name.toLowerCase();
  }
}
