import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { randomUUID } from 'node:crypto';
import { Model } from 'mongoose';
import { createPatch } from 'rfc6902';
import { DirectoryService, PersonRef } from '../accounts/directory.service';
import { AuditService, AuditView } from '../audit/audit.service';
import { MaterialsService } from '../catalogue/materials.service';
import { SearchQueueService } from '../search/queue/search-queue.service';
import { AppConfig } from '../config/config.schema';
import { InjectConfig } from '../config/config.module';
import { Page, skipOf } from '../common/http/pagination';
import { mapLimit } from '../common/mongo/bulk';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { CitationFormat, contentToCsl, CslItem, formatCitations } from './codecs/csl';
import { normalizeDoi, normalizePmcid, normalizePmid } from './identifiers';
import { contentOf } from './literature-import.service';
import { PUBLICATION_MODEL } from './publication.schema';
import { toPublicationSummary, toPublicationView, PublicationSummary, PublicationView } from './publication-view';
import { PublicationContent, PublicationRecord } from './publication.types';

/** The data licence of our material records, for "how to cite this record"; null while none is declared. */
export const RECORD_DATA_LICENCE: string | null = null;

export type PublicationPatch = Partial<Pick<PublicationContent, 'doi' | 'pmid' | 'pmcid' | 'title' | 'abstract' | 'authors' | 'journal' | 'year' | 'volume' | 'issue' | 'pages' | 'language' | 'publicationTypes' | 'keywords' | 'mesh' | 'licence' | 'summary' | 'materials'>>;

const SUMMARY_FIELDS = { _id: 1, doi: 1, pmid: 1, pmcid: 1, title: 1, authors: 1, journal: 1, year: 1, volume: 1, issue: 1, pages: 1, publicationTypes: 1, materials: 1 } as const;

/** A publication as the search sync sees it: listed unless retired; `record` holds the content when it was read. */
export interface PublicationSearchRow {
  _id: string;
  slug: string;
  listed: boolean;
  search: { revision: number };
  record: PublicationRecord;
}

const searchRow = (r: PublicationRecord): PublicationSearchRow => ({ _id: r._id, slug: r._id, listed: !r.retired, search: { revision: r.search?.revision ?? 0 }, record: r });

const notFound = (id: string) => new ProblemException(404, { type: 'not-found', title: 'Publication not found', detail: `There is no publication "${id}".` });

/** Publication records: reads, curator edits (audited, revision-checked), links to materials, citations. */
@Injectable()
export class LiteratureService {
  constructor(
    @InjectModel(PUBLICATION_MODEL) private readonly publications: Model<PublicationRecord>,
    private readonly materials: MaterialsService,
    private readonly audit: AuditService,
    private readonly directory: DirectoryService,
    @InjectConfig() private readonly config: AppConfig,
    private readonly searchQueue: SearchQueueService,
  ) {}

  private async record(id: string, includeRetired = false): Promise<PublicationRecord> {
    const r = await this.publications.findById(id).lean<PublicationRecord>();
    if (!r || (r.retired && !includeRetired)) throw notFound(id);
    return r;
  }

  async get(id: string): Promise<PublicationView> {
    return toPublicationView(await this.record(id));
  }

  /** A curator's edit: only the fields given change; `revision` is the one the editor saw. */
  async update(id: string, patch: PublicationPatch, revision: number, by: string, precondition: 'body' | 'if-match' = 'body'): Promise<PublicationView> {
    const before = await this.record(id, true);
    const set: Record<string, unknown> = {};
    const norm = { ...patch };
    for (const [key, fn] of [['doi', normalizeDoi], ['pmid', normalizePmid], ['pmcid', normalizePmcid]] as const) {
      if (patch[key] === undefined || patch[key] === null) continue;
      const v = fn(patch[key]);
      if (!v) throw validationProblem([{ path: key, message: `"${patch[key]}" is not a ${key.toUpperCase()}.` }]);
      norm[key] = v;
      const other = await this.publications.findOne({ [key]: v, _id: { $ne: id } }, { _id: 1 }).lean<{ _id: string }>();
      if (other) throw new ProblemException(409, { type: 'identifier-taken', title: 'Identifier already used', detail: `${key.toUpperCase()} ${v} belongs to publication "${other._id}".` });
    }
    if (norm.materials) await this.assertMaterials(norm.materials);
    for (const [k, v] of Object.entries(norm)) if (v !== undefined && JSON.stringify(v) !== JSON.stringify((before as unknown as Record<string, unknown>)[k] ?? null)) set[k] = v;
    if (before.revision !== revision) throw this.stale(id, revision, before.revision, precondition);
    if (Object.keys(set).length === 0) return toPublicationView(before);
    return this.write(before, set, by, 'publication.edited', precondition);
  }

  async retire(id: string, revision: number | undefined, by: string, comment?: string): Promise<PublicationView> {
    const before = await this.record(id, true);
    if (revision !== undefined && before.revision !== revision) throw this.stale(id, revision, before.revision, 'body');
    if (before.retired) return toPublicationView(before);
    return this.write(before, { retired: true }, by, 'publication.retired', 'body', comment);
  }

  async setMaterials(id: string, slugs: string[], revision: number | undefined, by: string): Promise<PublicationView> {
    const before = await this.record(id);
    if (revision !== undefined && before.revision !== revision) throw this.stale(id, revision, before.revision, 'body');
    const unique = [...new Set(slugs)];
    await this.assertMaterials(unique);
    if (JSON.stringify(unique) === JSON.stringify(before.materials ?? [])) return toPublicationView(before);
    return this.write(before, { materials: unique }, by, 'publication.materials-linked', 'body');
  }

  private async assertMaterials(slugs: string[]): Promise<void> {
    const known = await this.materials.existingSlugs(slugs);
    const unknown = slugs.map((s, i) => ({ s, i })).filter(({ s }) => !known.has(s));
    if (unknown.length) throw validationProblem(unknown.map(({ s, i }) => ({ path: `materials[${i}]`, message: `There is no material "${s}".` })));
  }

  private stale(id: string, given: number, current: number, how: 'body' | 'if-match'): ProblemException {
    return new ProblemException(how === 'if-match' ? 412 : 409, {
      type: 'stale-revision',
      title: 'The publication changed since you read it',
      detail: `You edited revision ${given} of "${id}"; it is now at revision ${current}. Reload it and apply your change again.`,
    });
  }

  private async write(before: PublicationRecord, set: Record<string, unknown>, by: string, action: string, how: 'body' | 'if-match', comment?: string): Promise<PublicationView> {
    const after = await this.publications
      .findOneAndUpdate({ _id: before._id, revision: before.revision }, { $set: { ...set, 'search.dirty': true }, $inc: { revision: 1, 'search.revision': 1 } }, { new: true })
      .lean<PublicationRecord>();
    if (!after) {
      const now = await this.publications.findById(before._id, { revision: 1 }).lean<{ revision: number }>();
      throw this.stale(before._id, before.revision, now?.revision ?? before.revision, how);
    }
    await this.audit.record([
      {
        _id: `pubevt-${randomUUID()}`,
        entityType: 'publication',
        entityId: before._id,
        action,
        actorId: by,
        at: new Date(),
        diff: createPatch({ ...contentOf(before), retired: before.retired }, { ...contentOf(after), retired: after.retired }),
        comment: comment ?? null,
      },
    ]);
    await this.searchQueue.changed('publication', [before._id]);
    return toPublicationView(after);
  }

  async auditTrail(id: string): Promise<(AuditView & { actor: PersonRef })[]> {
    await this.record(id, true);
    const events = await this.audit.list('publication', id);
    const names = await this.directory.userNames(events.map((e) => e.actorId));
    return events.map((e) => ({ ...e, actor: DirectoryService.ref(names, e.actorId)! }));
  }

  /** A datasheet's literature: the publications linked to a published material. */
  async forMaterial(slug: string, page: { page: number; perPage: number }): Promise<Page<PublicationSummary>> {
    await this.assertListed(slug);
    const filter = { materials: slug, retired: false };
    const [rows, total] = await Promise.all([
      this.publications.find(filter, SUMMARY_FIELDS).sort({ year: -1, _id: 1 }).skip(skipOf(page)).limit(page.perPage).lean<PublicationRecord[]>(),
      this.publications.countDocuments(filter),
    ]);
    return { items: rows.map(toPublicationSummary), total, page: page.page, perPage: page.perPage };
  }

  private async assertListed(slug: string): Promise<void> {
    if (!(await this.materials.existingSlugs([slug], { listedOnly: true })).has(slug))
      throw new ProblemException(404, { type: 'not-found', title: 'Material not found', detail: `There is no published material "${slug}".` });
  }

  async cite(id: string, format: CitationFormat): Promise<string | CslItem[]> {
    const r = await this.record(id);
    return formatCitations([contentToCsl(r._id, r)], format);
  }

  /** A material's references as one citation file (up to 1,000). */
  async citeMaterial(slug: string, format: CitationFormat): Promise<string | CslItem[]> {
    await this.assertListed(slug);
    const rows = await this.publications.find({ materials: slug, retired: false }).sort({ year: -1, _id: 1 }).limit(1000).lean<PublicationRecord[]>();
    return formatCitations(rows.map((r) => contentToCsl(r._id, r)), format);
  }

  /** "How to cite this record": a material version as a dataset. */
  async citeMaterialVersion(slug: string, version: number, format: CitationFormat): Promise<string | CslItem[]> {
    const detail = await this.materials.getVersion(slug, version);
    const url = `${this.config.publicUrl.replace(/\/$/, '')}/materials/${slug}?version=${version}`;
    const published = detail.publishedAt ? new Date(detail.publishedAt) : null;
    const item: CslItem = {
      id: `${slug}-v${version}`,
      type: 'dataset',
      title: `${detail.name} (material record, version ${version})`,
      author: [{ literal: 'Biomat Hub' }],
      publisher: 'Biomat Hub',
      version: String(version),
      URL: url,
      ...(published && { issued: { 'date-parts': [[published.getUTCFullYear(), published.getUTCMonth() + 1, published.getUTCDate()]] } }),
      ...(RECORD_DATA_LICENCE && { license: RECORD_DATA_LICENCE }),
    };
    return formatCitations([item], format);
  }

  // ---- evidence (issue #18) ------------------------------------------------------------------

  /** A publication record that is not retired (null otherwise), for building a reference from it. */
  async publication(id: string): Promise<PublicationRecord | null> {
    const r = await this.publications.findById(id).lean<PublicationRecord>();
    return r && !r.retired ? r : null;
  }

  /** The reviewed, non-retired publications linked to a published material, with their labels. */
  async reviewedForMaterial(slug: string): Promise<Pick<PublicationRecord, '_id' | 'labels'>[]> {
    await this.assertListed(slug);
    return this.publications.find({ materials: slug, retired: false, 'review.state': 'reviewed' }, { _id: 1, labels: 1 }).lean<Pick<PublicationRecord, '_id' | 'labels'>[]>();
  }

  // ---- search sync (the publications index's worker, reindex and drift check) ---------------

  /** The records with these ids as search rows, read one `_id` lookup each. */
  async findForSearch(ids: string[]): Promise<PublicationSearchRow[]> {
    const rows = await mapLimit([...new Set(ids)], 4, (id) => this.publications.findById(id).lean<PublicationRecord>());
    return rows.filter((r): r is PublicationRecord => !!r).map(searchRow);
  }

  /** Streams every record's search state (and, with `content`, the record itself) in batches. */
  async forEachForSearch(options: { listedOnly: boolean; content: boolean; batchSize: number }, each: (rows: PublicationSearchRow[]) => Promise<void>): Promise<void> {
    const projection = options.content ? {} : { _id: 1, retired: 1, search: 1 };
    const cursor = this.publications.find(options.listedOnly ? { retired: false } : {}, projection).lean<PublicationRecord[]>().cursor({ batchSize: options.batchSize });
    let batch: PublicationSearchRow[] = [];
    for await (const row of cursor) {
      batch.push(searchRow(row as PublicationRecord));
      if (batch.length >= options.batchSize) {
        await each(batch);
        batch = [];
      }
    }
    if (batch.length) await each(batch);
  }

  /** For the seed: upserts by id, never touching records curators changed (revision > 1 means edited). */
  async byIds(ids: string[]): Promise<Map<string, PublicationRecord>> {
    const rows = await this.publications.find({ _id: { $in: ids } }).lean<PublicationRecord[]>();
    return new Map(rows.map((r) => [r._id, r]));
  }
}
