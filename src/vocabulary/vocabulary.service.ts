import { stableStringify as stable } from '../common/stable-json';
import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { bulkWriteInChunks, mapLimit } from '../common/mongo/bulk';
import { serializedWrite } from '../common/mongo/write-locks';
import { Page, skipOf } from '../common/http/pagination';
import { ProblemException, ProblemFieldError, validationProblem } from '../common/problem/problem';
import { escapeRegex, normalizeLabel } from '../common/validation/text';
import { CONCEPT_MODEL, Concept, ConceptScheme, SCHEME_MODEL } from './concept.schema';
import { ConceptInput, ConceptView, SchemeInput, toConceptView } from './concept-view';
import { CONCEPT_ID } from './vocabulary.dto';
import { SearchQueueService } from '../search/queue/search-queue.service';

/** Marks a concept's search effects pending, in the same update as the change. */
const SEARCH_DIRTY = { set: { 'search.dirty': true }, inc: { 'search.revision': 1 } } as const;

/** What search documents carry of a concept (labels, hierarchy, numeric field): a change of it re-pushes the materials. */
export const shownDigest = (c: Pick<Concept, 'prefLabel' | 'altLabels' | 'hiddenLabels' | 'broader' | 'quantity'>): string =>
  stable({ prefLabel: c.prefLabel, altLabels: c.altLabels ?? {}, hiddenLabels: c.hiddenLabels ?? {}, broader: sortedUnique(c.broader), quantity: c.quantity ?? null });

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** What happens (a dry run) or happened to each concept of the file, in file order. */
  items: { id: string; status: 'created' | 'updated' | 'unchanged' }[];
  errors: ProblemFieldError[];
}

const sortedUnique = (xs: string[] = []) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
const cleanListMap = (m: Record<string, string[]> = {}) =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [k, sortedUnique(v)]).filter(([, v]) => v.length > 0));

/** Labels of a concept for lookup: pref, alt and hidden labels in every language. */
export function lookupKeys(c: Pick<Concept, 'prefLabel' | 'altLabels' | 'hiddenLabels'>): string[] {
  const all = [
    ...Object.values(c.prefLabel ?? {}),
    ...Object.values(c.altLabels ?? {}).flat(),
    ...Object.values(c.hiddenLabels ?? {}).flat(),
  ];
  return sortedUnique(all.map(normalizeLabel));
}

/** The comparable content of a concept (what an import changes or not). */
function canonical(c: ConceptInput) {
  return {
    prefLabel: c.prefLabel,
    altLabels: cleanListMap(c.altLabels),
    hiddenLabels: cleanListMap(c.hiddenLabels),
    definition: c.definition ?? {},
    broader: sortedUnique(c.broader),
    exactMatch: sortedUnique(c.exactMatch),
    closeMatch: sortedUnique(c.closeMatch),
    quantity: c.quantity ?? null,
  };
}

export type ConceptIndex = ReadonlyMap<string, Concept>;

/** `concept.prefLabel.en` -> `prefLabel.en`: error paths of the concept endpoints, relative to the body. */
const relativeToBody = (path: string): string => path.replace(/^concept\.?/, '') || 'body';

@Injectable()
export class VocabularyService {
  private readonly logger = new Logger(VocabularyService.name);
  private cache?: { at: number; index: Promise<ConceptIndex>; loaded: boolean };
  /** The last map that loaded: served while a newer one loads (an expired cache never stalls requests). */
  private lastGood?: ConceptIndex;
  /** The last map built, and a digest of what it was built from. */
  private lastBuilt?: { digest: string; map: ConceptIndex };
  /** Set by our own writes: reads wait for the reload instead of serving the previous map. */
  private invalidated = false;
  private static readonly CACHE_MS = 30_000;

  constructor(
    @InjectModel(CONCEPT_MODEL) private readonly concepts: Model<Concept>,
    @InjectModel(SCHEME_MODEL) private readonly schemes: Model<ConceptScheme>,
    private readonly searchQueue: SearchQueueService,
  ) {}

  /**
   * Every concept, cached briefly (other instances' writes show within 30 s; ours at once). When the
   * cache expires, the previous map keeps being served while the reload runs in the background:
   * under load the reload queues behind other database calls, and every search and detail request
   * used to wait for it (load bench: p95 jumps every 30 s). `fresh` waits for the current state.
   */
  index(options: { fresh?: boolean } = {}): Promise<ConceptIndex> {
    if (options.fresh || !this.cache || Date.now() - this.cache.at > VocabularyService.CACHE_MS) {
      const entry = {
        at: Date.now(),
        loaded: false,
        index: this.concepts
          .find()
          .lean<Concept[]>()
          .then((all) => {
            // Unchanged since the last load: keep that map. Caches keyed by the map (search schema,
            // search answers, material details) then survive the periodic reload.
            const digest = createHash('sha1').update(JSON.stringify(all)).digest('base64');
            if (this.lastBuilt?.digest === digest) return this.lastBuilt.map;
            const map = new Map(all.map((c) => [c._id, c])) as ConceptIndex;
            this.lastBuilt = { digest, map };
            return map;
          }),
      };
      entry.index.then(
        (loaded) => {
          entry.loaded = true;
          this.lastGood = loaded;
          this.invalidated = false;
        },
        () => {
          if (this.cache === entry) this.cache = undefined;
        },
      );
      this.cache = entry;
    }
    const stale = !options.fresh && !this.cache.loaded && this.lastGood && !this.invalidated;
    return stale ? Promise.resolve(this.lastGood!) : this.cache.index;
  }

  private invalidate(): void {
    this.cache = undefined;
    this.invalidated = true;
  }

  async list(query: { scheme?: string; q?: string; page: number; perPage: number }, withHidden: boolean): Promise<Page<ConceptView>> {
    const filter: Record<string, unknown> = {};
    if (query.scheme) filter.scheme = query.scheme;
    if (query.q) {
      const needle = normalizeLabel(query.q);
      // A query with no letters or digits matches nothing (rather than everything).
      filter.lookup = needle ? { $regex: `(^| )${escapeRegex(needle)}` } : { $in: [] };
    }
    const [rows, total] = await Promise.all([
      this.concepts.find(filter).sort({ _id: 1 }).skip(skipOf(query)).limit(query.perPage).lean<Concept[]>(),
      this.concepts.countDocuments(filter),
    ]);
    const narrower = await this.narrowerOf(rows.map((r) => r._id));
    return { items: rows.map((r) => toConceptView(r, narrower.get(r._id) ?? [], withHidden)), total, page: query.page, perPage: query.perPage };
  }

  async get(id: string, withHidden: boolean): Promise<ConceptView> {
    const concept = await this.concepts.findById(id).lean<Concept>();
    if (!concept) throw new ProblemException(404, { type: 'not-found', title: 'Concept not found', detail: `No concept "${id}".` });
    const narrower = await this.narrowerOf([id]);
    return toConceptView(concept, narrower.get(id) ?? [], withHidden);
  }

  private async narrowerOf(ids: string[]): Promise<Map<string, string[]>> {
    const children = await this.concepts.find({ broader: { $in: ids } }, { _id: 1, broader: 1 }).lean<Pick<Concept, '_id' | 'broader'>[]>();
    const out = new Map<string, string[]>();
    for (const child of children) {
      for (const parent of child.broader) if (ids.includes(parent)) out.set(parent, [...(out.get(parent) ?? []), child._id].sort());
    }
    return out;
  }

  /** Checks a batch of concepts against itself and the stored vocabulary; errors carry paths. */
  private async check(inputs: ConceptInput[], pathOf: (i: number) => string): Promise<ProblemFieldError[]> {
    const errors: ProblemFieldError[] = [];
    const stored = await this.index();
    const incoming = new Map(inputs.map((c) => [c.id, c]));
    const broaderOf = (id: string): string[] => incoming.get(id)?.broader ?? stored.get(id)?.broader ?? [];
    inputs.forEach((c, i) => {
      const at = pathOf(i);
      if (!CONCEPT_ID.test(c.id)) errors.push({ path: `${at}.id`, message: 'must look like scheme/slug' });
      if (!c.prefLabel?.en?.trim()) errors.push({ path: `${at}.prefLabel.en`, message: 'an English prefLabel is required' });
      const scheme = c.id.split('/')[0];
      (c.broader ?? []).forEach((b, j) => {
        if (b === c.id) errors.push({ path: `${at}.broader[${j}]`, message: 'a concept cannot be broader than itself' });
        else if (!incoming.has(b) && !stored.has(b)) errors.push({ path: `${at}.broader[${j}]`, message: `unknown concept "${b}"` });
        else if (b.split('/')[0] !== scheme) errors.push({ path: `${at}.broader[${j}]`, message: `"${b}" is in another scheme` });
      });
      // Cycle check: walking up from this concept must never come back to it.
      const seen = new Set<string>();
      const stack = [...(c.broader ?? [])];
      while (stack.length) {
        const next = stack.pop()!;
        if (next === c.id) {
          errors.push({ path: `${at}.broader`, message: 'would create a cycle in the hierarchy' });
          break;
        }
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(...broaderOf(next));
      }
      const q = c.quantity;
      if (q && q.min != null && q.max != null && q.min > q.max) errors.push({ path: `${at}.quantity.min`, message: 'must not exceed quantity.max' });
    });
    return errors;
  }

  /**
   * Creates or updates concepts in bulk (seed, SKOS and CSV imports). All-or-nothing for validation;
   * each concept is then one single-document upsert, so a crash leaves every concept whole.
   */
  async importConcepts(inputs: ConceptInput[], schemes: SchemeInput[] = [], options: { dryRun?: boolean; pathOf?: (i: number) => string } = {}): Promise<ImportReport> {
    const pathOf = options.pathOf ?? ((i: number) => `concepts[${i}]`);
    const errors = await this.check(inputs, pathOf);
    const report: ImportReport = { created: 0, updated: 0, unchanged: 0, items: [], errors };
    if (errors.length > 0) return report;
    const stored = await this.index();
    const ops: Parameters<Model<Concept>['bulkWrite']>[0] = [];
    for (const input of inputs) {
      const existing = stored.get(input.id);
      const next = canonical(input);
      if (existing && stable(canonical({ ...existing, id: existing._id })) === stable(next)) {
        report.unchanged++;
        report.items.push({ id: input.id, status: 'unchanged' });
        continue;
      }
      existing ? report.updated++ : report.created++;
      report.items.push({ id: input.id, status: existing ? 'updated' : 'created' });
      ops.push({
        updateOne: {
          filter: { _id: input.id },
          update: {
            $set: { ...next, scheme: input.id.split('/')[0], lookup: lookupKeys(next), ...SEARCH_DIRTY.set },
            $inc: { revision: 1, ...SEARCH_DIRTY.inc },
            $setOnInsert: { createdAt: new Date() },
            $currentDate: { updatedAt: true },
          },
          upsert: true,
          timestamps: false,
        },
      });
    }
    if (options.dryRun) return report;
    await bulkWriteInChunks(this.concepts, ops);
    for (const s of schemes) await this.schemes.updateOne({ _id: s.id }, { $set: { title: s.title } }, { upsert: true });
    const knownSchemes = new Set([...schemes.map((s) => s.id), ...(await this.schemes.distinct('_id'))]);
    for (const scheme of new Set(inputs.map((c) => c.id.split('/')[0]))) {
      if (!knownSchemes.has(scheme)) await this.schemes.updateOne({ _id: scheme }, { $setOnInsert: { title: { en: scheme } } }, { upsert: true });
    }
    this.invalidate();
    await this.searchQueue.changed(
      'concept',
      ops.map((op) => ('updateOne' in op ? String((op.updateOne.filter as { _id: string })._id) : '')).filter(Boolean),
    );
    return report;
  }

  /** Creates one concept (409 if the id exists). */
  async create(input: ConceptInput): Promise<ConceptView> {
    if (await this.concepts.exists({ _id: input.id })) {
      throw new ProblemException(409, { type: 'conflict', title: 'Concept exists', detail: `"${input.id}" already exists; update it instead.` });
    }
    await this.write(input, 'concept');
    return this.get(input.id, true);
  }

  /** Replaces a concept; with `revision`, only if nobody changed it since (409 otherwise). */
  async update(input: ConceptInput, revision?: number): Promise<ConceptView> {
    const current = await this.concepts.findById(input.id).lean<Concept>();
    if (!current) throw new ProblemException(404, { type: 'not-found', title: 'Concept not found', detail: `No concept "${input.id}".` });
    // Paths as the create endpoint names them (`prefLabel.en`), relative to the body.
    const errors = await this.check([input], () => 'concept');
    if (errors.length) throw validationProblem(errors.map((e) => ({ ...e, path: relativeToBody(e.path) })));
    const next = canonical(input);
    const res = await serializedWrite('concepts', input.id, () =>
      this.concepts
        .updateOne(
          { _id: input.id, ...(revision !== undefined && { revision }) },
          { $set: { ...next, lookup: lookupKeys(next), ...SEARCH_DIRTY.set }, $inc: { revision: 1, ...SEARCH_DIRTY.inc } },
        )
        .exec(),
    );
    if (res.matchedCount === 0) {
      throw new ProblemException(409, {
        type: 'stale-revision',
        title: 'Concept changed meanwhile',
        detail: `Revision ${revision} is stale; reload the concept and apply your change again.`,
      });
    }
    this.invalidate();
    await this.searchQueue.changed('concept', [input.id]);
    return this.get(input.id, true);
  }

  private async write(input: ConceptInput, path: string): Promise<void> {
    const report = await this.importConcepts([input], [], { pathOf: () => path });
    if (report.errors.length) throw validationProblem(report.errors.map((e) => ({ ...e, path: relativeToBody(e.path) })));
  }

  /** Adds a label to an existing concept (accepted synonym requests, merges). */
  async addLabel(conceptId: string, lang: string, label: string, type: 'alt' | 'hidden'): Promise<void> {
    const field = type === 'alt' ? 'altLabels' : 'hiddenLabels';
    const res = await serializedWrite('concepts', conceptId, () =>
      this.concepts
        .updateOne(
          { _id: conceptId },
          { $addToSet: { [`${field}.${lang}`]: label.trim(), lookup: normalizeLabel(label) }, $set: SEARCH_DIRTY.set, $inc: { revision: 1, ...SEARCH_DIRTY.inc } },
        )
        .exec(),
    );
    if (res.matchedCount === 0) throw new ProblemException(404, { type: 'not-found', title: 'Concept not found', detail: `No concept "${conceptId}".` });
    this.invalidate();
    await this.searchQueue.changed('concept', [conceptId]);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.index()).has(id);
  }

  /** The concept schemes with their titles and how many concepts each holds (from the cached map). */
  async listSchemes(): Promise<{ id: string; title: Record<string, string>; concepts: number }[]> {
    const [rows, index] = await Promise.all([this.schemes.find({}).sort({ _id: 1 }).lean<ConceptScheme[]>(), this.index()]);
    const counts = new Map<string, number>();
    for (const c of index.values()) counts.set(c.scheme, (counts.get(c.scheme) ?? 0) + 1);
    return rows.map((s) => ({ id: s._id, title: s.title, concepts: counts.get(s._id) ?? 0 }));
  }

  /** Everything needed to export: schemes, and concepts with derived narrower. */
  async exportData(scheme?: string): Promise<{ schemes: SchemeInput[]; concepts: (ConceptInput & { narrower: string[] })[] }> {
    const [schemes, concepts] = await Promise.all([
      this.schemes.find(scheme ? { _id: scheme } : {}).sort({ _id: 1 }).lean<ConceptScheme[]>(),
      this.concepts.find(scheme ? { scheme } : {}).sort({ _id: 1 }).lean<Concept[]>(),
    ]);
    const narrower = new Map<string, string[]>();
    for (const c of concepts) for (const b of c.broader) narrower.set(b, [...(narrower.get(b) ?? []), c._id]);
    return {
      schemes: schemes.map((s) => ({ id: s._id, title: s.title })),
      concepts: concepts.map((c) => ({ id: c._id, ...canonical({ ...c, id: c._id }), narrower: (narrower.get(c._id) ?? []).sort() })),
    };
  }

  // ---- search sync ----------------------------------------------------------------------------

  /** Concepts flagged as changed (the flag is never cleared: the search worker keeps what it applied elsewhere), with their revision. */
  async searchDirty(ids?: string[]): Promise<{ id: string; revision: number }[]> {
    const rows = ids
      ? (await mapLimit(ids, 4, (id) => this.concepts.findById(id, { search: 1 }).lean<Concept>())).filter((c): c is Concept => !!c?.search?.dirty)
      : await this.concepts.find({ 'search.dirty': true }, { search: 1 }).lean<Concept[]>();
    return rows.map((c) => ({ id: c._id, revision: c.search?.revision ?? 0 }));
  }

  async count(): Promise<number> {
    return this.concepts.countDocuments();
  }
}
