import { Injectable, Logger } from '@nestjs/common';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createPatch } from 'rfc6902';
import { MaterialContent } from '../catalogue/material.types';
import { MaterialsService } from '../catalogue/materials.service';
import { OutboxEntry } from '../catalogue/material.schema';
import { ImportReport, MaterialImportService, sameContent } from '../curation/import/material-import.service';
import { ConceptInput, SchemeInput } from '../vocabulary/concept-view';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { seedDir } from './seed-dir';

export { seedDir };

export const SEED_ACTOR = 'seed';

export interface SeedReport {
  concepts: { total: number; created: number; updated: number; unchanged: number; errors: string[] };
  materials: ImportReport;
}

type Progress = (message: string) => void;


const jsonFiles = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);

/**
 * Loads seed/ (vocabulary, references, materials) idempotently: concepts are upserted only when they
 * differ; a material is inserted as published (version 1) when its slug is new, republished when
 * the seed changed and curators have not touched it, and left alone otherwise.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    private readonly vocabulary: VocabularyService,
    private readonly materials: MaterialsService,
    private readonly importer: MaterialImportService,
  ) {}

  async run(progress: Progress = (m) => this.logger.log(m), dir = seedDir()): Promise<SeedReport> {
    const concepts = await this.seedVocabulary(join(dir, 'vocabulary'), progress);
    const materials = await this.seedMaterials(dir, progress);
    return { concepts, materials };
  }

  private async seedVocabulary(dir: string, progress: Progress): Promise<SeedReport['concepts']> {
    const byId = new Map<string, ConceptInput>();
    const schemes: SchemeInput[] = [];
    const errors: string[] = [];
    for (const file of jsonFiles(dir)) {
      let doc: { scheme?: string; title?: Record<string, string>; concepts?: (ConceptInput & { scheme?: string })[] };
      try {
        doc = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      } catch (err) {
        errors.push(`vocabulary/${file}: not valid JSON (${(err as Error).message})`);
        continue;
      }
      if (doc.scheme) schemes.push({ id: doc.scheme, title: doc.title ?? { en: doc.scheme } });
      (doc.concepts ?? []).forEach((c) => {
        const { scheme: _scheme, ...concept } = c;
        const prev = byId.get(c.id);
        byId.set(c.id, prev ? mergeConcepts(prev, concept) : concept);
      });
    }
    const inputs = [...byId.values()];
    progress(`vocabulary: ${inputs.length} concepts in ${schemes.length} schemes`);
    let report = await this.vocabulary.importConcepts(inputs, schemes, { pathOf: (i) => inputs[i].id });
    if (report.errors.length) {
      // Drop the concepts that fail and load the rest, reporting each failure.
      const bad = new Set(report.errors.map((e) => e.path.split('.')[0]));
      for (const e of report.errors) errors.push(`vocabulary ${e.path}: ${e.message}`);
      const good = inputs.filter((c) => !bad.has(c.id));
      report = await this.vocabulary.importConcepts(good, schemes, { pathOf: (i) => good[i].id });
      for (const e of report.errors) errors.push(`vocabulary ${e.path}: ${e.message}`);
    }
    progress(`vocabulary: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${errors.length} errors`);
    return { total: inputs.length, created: report.created, updated: report.updated, unchanged: report.unchanged, errors };
  }

  private async seedMaterials(dir: string, progress: Progress): Promise<ImportReport> {
    const references = new Map<string, Record<string, unknown>>();
    for (const file of jsonFiles(join(dir, 'references'))) {
      const doc = JSON.parse(readFileSync(join(dir, 'references', file), 'utf8')) as Record<string, Record<string, unknown>>;
      for (const [key, ref] of Object.entries(doc)) references.set(key, { key, ...ref });
    }
    const rows: { position: string; raw: Record<string, unknown> }[] = [];
    for (const file of jsonFiles(join(dir, 'materials'))) {
      const list = JSON.parse(readFileSync(join(dir, 'materials', file), 'utf8')) as Record<string, unknown>[];
      list.forEach((m, i) => rows.push({ position: `materials/${file} [${i}]`, raw: withReferences(m, references) }));
    }
    const report: ImportReport = { dryRun: false, total: rows.length, created: 0, updated: 0, unchanged: 0, invalid: 0, failed: 0, rows: [] };
    const existing = await this.materials.allSlugs();
    for (const [i, row] of rows.entries()) {
      const checked = await this.importer.validateRow(row.raw);
      let status: ImportReport['rows'][number]['status'] = 'invalid';
      if (checked.errors.length === 0 && checked.slug && checked.content) {
        try {
          status = await this.publish(checked.slug, checked.content, existing.get(checked.slug));
        } catch (err) {
          status = 'failed';
          checked.errors.push({ path: 'row', message: (err as Error).message });
        }
      }
      report[status]++;
      report.rows.push({ position: row.position, slug: checked.slug, status, errors: checked.errors });
      if ((i + 1) % 25 === 0 || i + 1 === rows.length) progress(`materials: ${i + 1}/${rows.length}`);
    }
    for (const r of report.rows.filter((r) => r.errors.length)) {
      progress(`  ${r.position} ${r.slug ?? ''}: ${r.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
    }
    progress(`materials: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.invalid} invalid, ${report.failed} failed`);
    return report;
  }

  private async publish(slug: string, content: MaterialContent, existing?: Awaited<ReturnType<MaterialsService['findBySlug']>>): Promise<'created' | 'updated' | 'unchanged'> {
    const now = new Date();
    const audit = (action: string, diff: unknown[], version: number): OutboxEntry => ({
      id: randomUUID(),
      kind: 'audit',
      payload: { entityType: 'material', entityId: slug, action, actorId: SEED_ACTOR, at: now, diff, comment: `seed version ${version}`, fromState: null, toState: 'published' },
    });
    if (!existing) {
      await this.materials.insert({
        slug,
        state: 'published',
        listed: true,
        published: content,
        draft: null,
        revision: 1,
        publishedVersion: 1,
        publishedAt: now,
        publishedBy: SEED_ACTOR,
        lastEditorId: SEED_ACTOR,
        reviewComment: null,
        proposedBy: null,
        sortName: content.name.toLowerCase(),
        outbox: [
          { id: randomUUID(), kind: 'version', payload: { version: 1, content, publishedBy: SEED_ACTOR, publishedAt: now } },
          audit('seed', createPatch({}, content), 1),
        ],
      });
      return 'created';
    }
    if (sameContent(existing.published, content)) return 'unchanged';
    // Curators own the record once they touched it: the seed never overwrites their work.
    if (existing.publishedBy !== SEED_ACTOR || existing.state !== 'published') return 'unchanged';
    const version = existing.publishedVersion + 1;
    const updated = await this.materials.updateIf(
      existing._id,
      { state: ['published'], revision: existing.revision },
      { published: content, publishedVersion: version, publishedAt: now, sortName: content.name.toLowerCase() },
      [
        { id: randomUUID(), kind: 'version', payload: { version, content, publishedBy: SEED_ACTOR, publishedAt: now } },
        audit('seed', createPatch(existing.published ?? {}, content), version),
      ],
      true,
    );
    return updated ? 'updated' : 'unchanged';
  }
}

/** Copies the seed's shared references that a material cites into the material itself. */
function withReferences(material: Record<string, unknown>, references: Map<string, Record<string, unknown>>): Record<string, unknown> {
  const keys = new Set<string>();
  const collect = (list: unknown) => {
    if (Array.isArray(list)) for (const item of list) if (item && typeof item === 'object' && typeof (item as { reference?: unknown }).reference === 'string') keys.add((item as { reference: string }).reference);
  };
  collect(material.properties);
  collect(material.biocompatibility);
  collect(material.regulatory);
  const sustainabilityRef = (material.sustainability as { reference?: unknown } | null | undefined)?.reference;
  if (typeof sustainabilityRef === 'string') keys.add(sustainabilityRef);
  const refs = [...keys].filter((k) => references.has(k)).sort().map((k) => stripNulls(references.get(k)!));
  const clean: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(material)) if (v !== null) clean[k] = v;
  return { ...clean, references: refs };
}

function stripNulls(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

/** Same concept in two files: labels united, the first prefLabel per language kept. */
function mergeConcepts(a: ConceptInput, b: ConceptInput): ConceptInput {
  const unite = (x: Record<string, string[]> = {}, y: Record<string, string[]> = {}) => {
    const out: Record<string, string[]> = { ...x };
    for (const [lang, labels] of Object.entries(y)) out[lang] = [...new Set([...(out[lang] ?? []), ...labels])];
    return out;
  };
  return {
    ...a,
    prefLabel: { ...b.prefLabel, ...a.prefLabel },
    altLabels: unite(a.altLabels, b.altLabels),
    hiddenLabels: unite(a.hiddenLabels, b.hiddenLabels),
    definition: { ...b.definition, ...a.definition },
    broader: [...new Set([...(a.broader ?? []), ...(b.broader ?? [])])],
    exactMatch: [...new Set([...(a.exactMatch ?? []), ...(b.exactMatch ?? [])])],
    closeMatch: [...new Set([...(a.closeMatch ?? []), ...(b.closeMatch ?? [])])],
    quantity: a.quantity ?? b.quantity,
  };
}
