import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Model } from 'mongoose';
import { createPatch } from 'rfc6902';
import { AuditEvent } from '../audit/audit.schema';
import { AuditService } from '../audit/audit.service';
import { SearchQueueService } from '../search/queue/search-queue.service';
import { ProblemException } from '../common/problem/problem';
import { InjectConfig } from '../config/config.module';
import { AppConfig } from '../config/config.schema';
import { seedDir } from '../seed/seed-dir';
import { loadMeshDescriptors } from '../vocabulary/mesh';
import { readPublications, RefusedFileError } from './codecs';
import { publicationKey } from './identifiers';
import { decideMatch, identifierClash, mergeContent } from './merge';
import { IMPORT_RECORD_MODEL, ImportRecordEntry } from './jobs/import-job.schema';
import { PUBLICATION_MODEL } from './publication.schema';
import { ImportFormat, ImportRecordResult, ImportReport, ProvenanceEntry, PublicationContent, PublicationRecord } from './publication.types';

export interface ImportOptions {
  dryRun?: boolean;
  file?: string | null;
  query?: string | null;
  by: string;
  /** Overrides the provenance format (the seed says `seed`). */
  provenanceFormat?: ProvenanceEntry['format'];
  /** Called after each batch with the records read so far. */
  onProgress?: (read: number) => void;
  /** Called after each batch with its per-record entries (the CLI writes them to its report file). */
  onRecords?: (results: ImportRecordResult[]) => void | Promise<void>;
  /** Entries the report keeps (default `literature.reportRecords`). */
  recordLimit?: number;
  /** Store the full per-record list once the report is full (default true; jobs keep their own). */
  storeRecords?: boolean;
  batchSize?: number;
}

/** An import fed a batch at a time: `add` imports one batch and answers its entries; `finish` audits and answers the report. */
export interface ImportSession {
  readonly report: ImportReport;
  add(batch: ImportItem[]): Promise<ImportRecordResult[]>;
  finish(): Promise<ImportReport>;
}

/** How long the stored per-record list of an import is kept. */
const REPORT_KEEP_MS = 30 * 24 * 3600 * 1000;

type Stored = PublicationRecord;

interface IdentifierIndex {
  keys: Map<string, string>;
  ids: Set<string>;
}

/**
 * A copy of a string that shares no memory with the text it was cut from: V8 keeps a substring as
 * a slice of its parent, so an identifier read from the XML would keep its whole 64 KB chunk alive
 * for as long as the index holds it (measured: the heap grew with the file, ~4.5 KB a record).
 */
const own = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

function indexKeys(keys: Map<string, string>, ids: Set<string>, r: Pick<Stored, '_id' | 'doi' | 'pmid' | 'pmcid'>): void {
  const id = own(r._id);
  ids.add(id);
  if (r.doi) keys.set(own(`doi:${r.doi}`), id);
  if (r.pmid) keys.set(own(`pmid:${r.pmid}`), id);
  if (r.pmcid) keys.set(own(`pmcid:${r.pmcid}`), id);
}

/** What the import reads: a codec item, optionally with the id a new record should get and its own file (the seed). */
export interface ImportItem {
  position: number;
  record?: PublicationContent;
  error?: string[];
  key?: string;
  file?: string;
}
const CONTENT_FIELDS = ['doi', 'pmid', 'pmcid', 'title', 'abstract', 'authors', 'journal', 'year', 'volume', 'issue', 'pages', 'language', 'publicationTypes', 'keywords', 'mesh', 'licence', 'materials', 'summary', 'provenance'] as const;

export const contentOf = (r: Partial<Stored>): Record<string, unknown> => Object.fromEntries(CONTENT_FIELDS.map((k) => [k, r[k] ?? null]));

/**
 * Streams a file through its codec into publication records, a batch at a time: one query finds
 * the batch's matches by DOI, PMID and PMCID, one bulk write stores it. A bad record is reported
 * with its position and the rest lands; memory holds one batch and the report's first entries.
 */
@Injectable()
export class LiteratureImportService {
  private meshNames: Map<string, string> | null = null;

  constructor(
    @InjectModel(PUBLICATION_MODEL) private readonly publications: Model<PublicationRecord>,
    @InjectModel(IMPORT_RECORD_MODEL) private readonly entries: Model<ImportRecordEntry>,
    private readonly audit: AuditService,
    @InjectConfig() private readonly config: AppConfig,
    private readonly searchQueue: SearchQueueService,
  ) {}

  /** Per-record entries a report keeps in memory. */
  get reportLimit(): number {
    return this.config.literature.reportRecords;
  }

  private meshIdOf = (name: string): string | null => {
    if (!this.meshNames) {
      const byId = loadMeshDescriptors(join(seedDir(), 'mesh', 'descriptors.tsv'));
      this.meshNames = new Map([...byId].map(([id, n]) => [n.toLowerCase(), id]));
    }
    return this.meshNames.get(name.toLowerCase()) ?? null;
  };

  async importStream(format: ImportFormat, source: AsyncIterable<Buffer | string>, options: ImportOptions): Promise<ImportReport> {
    return this.importItems(format, readPublications(format, source, { meshIdOf: this.meshIdOf }), options);
  }

  async importItems(format: ImportFormat, items: AsyncIterable<ImportItem> | Iterable<ImportItem>, options: ImportOptions): Promise<ImportReport> {
    const session = await this.begin(format, options);
    const size = options.batchSize ?? 500;
    let batch: ImportItem[] = [];
    let read = 0;
    try {
      for await (const item of items) {
        batch.push(item);
        if (batch.length >= size) {
          read += batch.length;
          await session.add(batch);
          batch = [];
          options.onProgress?.(read);
        }
      }
    } catch (err) {
      if (err instanceof RefusedFileError) throw new ProblemException(400, { type: 'literature-file-refused', title: 'The file is refused', detail: err.message });
      throw err;
    }
    if (batch.length) {
      read += batch.length;
      await session.add(batch);
      options.onProgress?.(read);
    }
    return session.finish();
  }

  /**
   * Starts an import that is fed a batch at a time (a file's codec, or the pages of a PubMed query
   * job). The report keeps counts and the first `literature.reportRecords` entries; each batch's
   * entries also go to `options.onRecords`, and once the report is full the whole list is stored
   * (collection `literature_import_records`, paged at `recordsUrl`) unless `storeRecords` is false.
   */
  async begin(format: ImportFormat, options: ImportOptions): Promise<ImportSession> {
    const importId = `lit-${randomUUID()}`;
    const report: ImportReport = { importId, format, dryRun: !!options.dryRun, created: 0, merged: 0, unchanged: 0, invalid: 0, conflicts: 0, records: [], recordsOmitted: 0, recordsUrl: null };
    const provenance: ProvenanceEntry = { importId, format: options.provenanceFormat ?? format, file: options.file ?? null, query: options.query ?? null, by: options.by, at: new Date() };
    // A dry run writes nothing, so later batches would not see what earlier ones "created".
    const dryCreated = new Map<string, Stored>();
    const known = await this.identifierIndex();
    const limit = options.recordLimit ?? this.reportLimit;
    const keep = async (results: ImportRecordResult[]) => {
      await options.onRecords?.(results);
      const room = Math.max(0, limit - report.records.length);
      report.records.push(...results.slice(0, room));
      const rest = results.slice(room);
      if (!rest.length) return;
      report.recordsOmitted += rest.length;
      if (options.storeRecords === false) return;
      // The first overflow stores the entries kept so far too, so that the stored list is complete.
      const first = !report.recordsUrl;
      report.recordsUrl = `/api/v1/literature/imports/${importId}/records`;
      await this.storeEntries(importId, first ? [...report.records, ...rest] : rest, first);
    };
    return {
      report,
      add: async (batch) => {
        const results = await this.runBatch(batch, report, provenance, options, dryCreated, known);
        await keep(results);
        return results;
      },
      finish: async () => {
        if (!report.dryRun && report.created + report.merged > 0) {
          await this.audit.record([
            { _id: `${importId}`, entityType: 'literature-import', entityId: importId, action: 'literature.imported', actorId: options.by, at: provenance.at, diff: [], comment: `${format}${options.file ? ` ${options.file}` : ''}${options.query ? ` query ${options.query.slice(0, 200)}` : ''}: ${report.created} created, ${report.merged} merged, ${report.unchanged} unchanged, ${report.invalid} invalid, ${report.conflicts} conflicts` },
          ]);
        }
        return report;
      },
    };
  }

  /** Writes per-record entries of a report; the first write of an import also drops lists older than 30 days (no TTL index on FerretDB v1). */
  private async storeEntries(importId: string, results: ImportRecordResult[], first: boolean): Promise<void> {
    const at = new Date();
    if (first) await this.entries.deleteMany({ at: { $lt: new Date(at.getTime() - REPORT_KEEP_MS) } });
    await this.entries.insertMany(
      results.map((r) => ({ _id: `${importId}:${r.position}`, importId, position: r.position, id: r.id ?? null, status: r.status, messages: r.errors, at })),
      { ordered: false },
    );
  }

  /**
   * The identifiers of every stored publication (DOI, PMID, PMCID → id) and every id, read once per
   * import with a projection. Matching a batch then costs no query per identifier: FerretDB answers
   * `$in` on a secondary field with a scan of the collection, which per batch made imports
   * quadratic. Memory grows with the collection (~100 bytes a publication), not with the file.
   */
  private async identifierIndex(): Promise<IdentifierIndex> {
    const keys = new Map<string, string>();
    const ids = new Set<string>();
    const cursor = this.publications.find({}, { _id: 1, doi: 1, pmid: 1, pmcid: 1 }).lean<Pick<Stored, '_id' | 'doi' | 'pmid' | 'pmcid'>>().cursor({ batchSize: 2000 });
    for await (const r of cursor) indexKeys(keys, ids, r);
    return { keys, ids };
  }

  /** The stored records with these ids: one lookup by id each (a few at a time). */
  private async byIds(ids: string[]): Promise<Stored[]> {
    const out: Stored[] = [];
    for (let i = 0; i < ids.length; i += 16) {
      const rows = await Promise.all(ids.slice(i, i + 16).map((id) => this.publications.findById(id).lean<Stored>()));
      for (const r of rows) if (r) out.push(r);
    }
    return out;
  }

  private async runBatch(batch: ImportItem[], report: ImportReport, provenance: ProvenanceEntry, options: ImportOptions, dryCreated: Map<string, Stored>, known: IdentifierIndex): Promise<ImportRecordResult[]> {
    const results: ImportRecordResult[] = [];
    const records = batch.map((b) => b.record).filter((r): r is PublicationContent => !!r);
    const matched = new Set<string>();
    for (const r of records) for (const k of ['doi', 'pmid', 'pmcid'] as const) {
      const id = r[k] ? known.keys.get(`${k}:${r[k]}`) : undefined;
      if (id && !dryCreated.has(id)) matched.add(id);
    }
    const found = await this.byIds([...matched]);
    // Identifier → record, for stored records and for those this batch creates or changes.
    const byKey = new Map<string, Stored>();
    const byId = new Map<string, Stored>();
    const index = (r: Stored) => {
      byId.set(r._id, r);
      if (r.doi) byKey.set(`doi:${r.doi}`, r);
      if (r.pmid) byKey.set(`pmid:${r.pmid}`, r);
      if (r.pmcid) byKey.set(`pmcid:${r.pmcid}`, r);
    };
    for (const r of dryCreated.values()) index(r);
    for (const r of found) index(r);
    const originals = new Map(found.map((r) => [r._id, r]));
    const provenanceOf = (item: ImportItem): ProvenanceEntry => (item.file ? { ...provenance, file: item.file } : provenance);
    const creates = new Map<string, { doc: Stored; results: ImportRecordResult[] }>();
    const updates = new Map<string, { doc: Stored; results: ImportRecordResult[] }>();
    const pendingIds: { doc: Stored; result: ImportRecordResult; key?: string }[] = [];

    for (const item of batch) {
      if (!item.record) {
        report.invalid++;
        results.push({ position: item.position, status: 'invalid', errors: item.error ?? ['The record cannot be read.'] });
        continue;
      }
      const rec = item.record;
      const at = (k: string, v: string | null | undefined) => (v ? (byKey.get(`${k}:${v}`)?._id ?? null) : null);
      const decision = decideMatch({ byDoi: at('doi', rec.doi), byPmid: at('pmid', rec.pmid), byPmcid: at('pmcid', rec.pmcid) });
      if (decision.kind === 'conflict') {
        report.conflicts++;
        results.push({ position: item.position, status: 'conflict', errors: [decision.message] });
        continue;
      }
      if (decision.kind === 'merge') {
        const existing = byId.get(decision.id)!;
        const clash = identifierClash(existing, rec);
        if (clash) {
          report.conflicts++;
          results.push({ position: item.position, id: existing._id, status: 'conflict', errors: [clash] });
          continue;
        }
        const { merged, changed } = mergeContent(existing, { ...rec, provenance: [provenanceOf(item)] });
        if (changed.length === 0) {
          report.unchanged++;
          results.push({ position: item.position, id: existing._id, status: 'unchanged', errors: [] });
          continue;
        }
        index(merged);
        indexKeys(known.keys, known.ids, merged);
        const result: ImportRecordResult = { position: item.position, id: existing._id, status: 'merged', errors: [] };
        const created = pendingIds.find((p) => p.doc._id === existing._id);
        if (created) {
          created.doc = merged;
          // A record created and merged in one file counts as created once.
          report.unchanged++;
          result.status = 'unchanged';
        } else {
          const pending = updates.get(existing._id);
          if (pending) pending.doc = merged;
          else updates.set(existing._id, { doc: merged, results: [] });
          (pending ?? updates.get(existing._id)!).results.push(result);
          if (!pending) report.merged++;
          else {
            result.status = 'unchanged';
            report.unchanged++;
          }
        }
        results.push(result);
        continue;
      }
      const now = new Date();
      const doc: Stored = {
        ...rec,
        _id: `new:${item.position}`,
        labels: [],
        review: { state: 'unreviewed', by: null, at: null },
        provenance: [provenanceOf(item)],
        retired: false,
        revision: 1,
        search: { dirty: true, revision: 1 },
        createdAt: now,
        updatedAt: now,
      };
      const result: ImportRecordResult = { position: item.position, status: 'created', errors: [] };
      pendingIds.push({ doc, result, key: item.key });
      index(doc);
      report.created++;
      results.push(result);
    }

    // Ids for the new records: the readable key, or the key with a short hash when it is taken.
    if (pendingIds.length) {
      const bases = pendingIds.map((p) => p.key ?? publicationKey(p.doc));
      const taken = known.ids;
      pendingIds.forEach((p, i) => {
        let id = bases[i];
        if (taken.has(id)) {
          const h = createHash('sha1').update(p.doc.doi ?? p.doc.pmid ?? p.doc.pmcid ?? `${p.doc.title}|${p.result.position}|${provenance.importId}`).digest('hex').slice(0, 8);
          id = `${id.slice(0, 80)}-${h}`;
        }
        taken.add(own(id));
        p.doc._id = id;
        indexKeys(known.keys, known.ids, p.doc);
        p.result.id = id;
        creates.set(id, { doc: p.doc, results: [p.result] });
      });
    }
    if (report.dryRun) {
      for (const [id, c] of creates) dryCreated.set(id, c.doc);
      return results;
    }

    const ops: Parameters<Model<PublicationRecord>['bulkWrite']>[0] = [];
    const events: AuditEvent[] = [];
    const at = provenance.at;
    for (const { doc } of creates.values()) {
      ops.push({ insertOne: { document: doc as never } });
      events.push({ _id: `${provenance.importId}:${doc._id}`, entityType: 'publication', entityId: doc._id, action: 'publication.created', actorId: provenance.by, at, diff: [], comment: `import ${provenance.importId}` });
    }
    for (const [id, { doc }] of updates) {
      const before = originals.get(id)!;
      const set: Record<string, unknown> = { 'search.dirty': true, updatedAt: new Date() };
      for (const k of CONTENT_FIELDS) if (JSON.stringify(before[k] ?? null) !== JSON.stringify(doc[k] ?? null)) set[k] = doc[k];
      ops.push({ updateOne: { filter: { _id: id, revision: before.revision }, update: { $set: set, $inc: { revision: 1, 'search.revision': 1 } } } });
      events.push({ _id: `${provenance.importId}:${id}`, entityType: 'publication', entityId: id, action: 'publication.merged', actorId: provenance.by, at, diff: createPatch(contentOf(before), contentOf(doc)), comment: `import ${provenance.importId}` });
    }
    if (ops.length === 0) return results;
    try {
      const res = await this.publications.bulkWrite(ops, { ordered: false });
      const lost = updates.size - (res.matchedCount ?? updates.size);
      if (lost > 0) await this.markStale(updates, report);
    } catch (err) {
      await this.markFailed(err, creates, report);
    }
    await this.audit.append(events);
    // The writes bumped the records' search revisions: the publications index picks them up now.
    await this.searchQueue.changed('publication', [...creates.keys(), ...updates.keys()]);
    return results;
  }

  /** Updates whose revision moved under them (a curator edit mid-import): reported, not forced. */
  private async markStale(updates: Map<string, { doc: Stored; results: ImportRecordResult[] }>, report: ImportReport): Promise<void> {
    const rows = await this.publications.find({ _id: { $in: [...updates.keys()] } }, { revision: 1 }).lean<{ _id: string; revision: number }[]>();
    for (const row of rows) {
      const u = updates.get(row._id)!;
      if (row.revision === u.doc.revision + 1) continue;
      for (const r of u.results) {
        if (r.status === 'merged') report.merged--;
        r.status = 'invalid';
        r.errors.push('The publication changed while the import ran; import the file again to merge this record.');
        report.invalid++;
      }
    }
  }

  private async markFailed(err: unknown, creates: Map<string, { doc: Stored; results: ImportRecordResult[] }>, report: ImportReport): Promise<void> {
    const writeErrors = (err as { writeErrors?: { index: number; errmsg?: string; err?: { op?: { _id?: string } } }[] }).writeErrors;
    if (!writeErrors) throw err;
    const ids = [...creates.keys()];
    for (const e of writeErrors) {
      const id = ids[e.index];
      const c = id ? creates.get(id) : undefined;
      if (!c) continue;
      for (const r of c.results) {
        report.created--;
        r.status = 'invalid';
        r.errors.push('Another import stored this publication at the same moment; import the file again to merge it.');
        report.invalid++;
      }
    }
  }
}
