import { Injectable, Logger } from '@nestjs/common';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { createPatch } from 'rfc6902';
import { MaterialContent } from '../catalogue/material.types';
import { MaterialsService } from '../catalogue/materials.service';
import { OutboxEntry } from '../catalogue/material.schema';
import { ImportReport, MaterialImportService, sameContent } from '../curation/import/material-import.service';
import { VocabularyService } from '../vocabulary/vocabulary.service';
import { LiteratureImportService } from '../literature/literature-import.service';
import { readSeedPublications } from '../literature/seed-publications';
import { ImportReport as PublicationImportReport } from '../literature/publication.types';
import { seedDir } from './seed-dir';
import { readSeedMaterials, readSeedVocabulary } from './seed-files';

export { seedDir };

export const SEED_ACTOR = 'seed';

export interface SeedReport {
  concepts: { total: number; created: number; updated: number; unchanged: number; errors: string[] };
  materials: ImportReport;
  publications: PublicationImportReport;
}

type Progress = (message: string) => void;

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
    private readonly literature: LiteratureImportService,
  ) {}

  async run(progress: Progress = (m) => this.logger.log(m), dir = seedDir()): Promise<SeedReport> {
    const concepts = await this.seedVocabulary(join(dir, 'vocabulary'), progress);
    const materials = await this.seedMaterials(dir, progress);
    const publications = await this.seedPublications(dir, progress);
    return { concepts, materials, publications };
  }

  /** seed/literature and the article references of seed/references as publication records, linked to their materials. */
  private async seedPublications(dir: string, progress: Progress): Promise<PublicationImportReport> {
    const items = readSeedPublications(dir);
    const slugs = [...new Set(items.flatMap((i) => i.record?.materials ?? []))];
    const known = await this.materials.existingSlugs(slugs);
    const dropped = new Set<string>();
    for (const item of items) {
      if (!item.record) continue;
      for (const s of item.record.materials) if (!known.has(s)) dropped.add(s);
      item.record.materials = item.record.materials.filter((s) => known.has(s));
    }
    if (dropped.size) progress(`publications: links to unknown materials dropped: ${[...dropped].sort().join(', ')}`);
    progress(`publications: ${items.length} seed records`);
    const report = await this.literature.importItems('csl-json', items, {
      by: SEED_ACTOR,
      provenanceFormat: 'seed',
      file: 'seed',
      onRecords: (results) => {
        for (const r of results.filter((r) => r.errors.length)) progress(`  publication ${r.position} ${r.id ?? ''} (${r.status}): ${r.errors.join('; ')}`);
      },
    });
    progress(`publications: ${report.created} created, ${report.merged} merged, ${report.unchanged} unchanged, ${report.invalid} invalid, ${report.conflicts} conflicts`);
    return report;
  }

  private async seedVocabulary(dir: string, progress: Progress): Promise<SeedReport['concepts']> {
    const { concepts: inputs, schemes, errors } = readSeedVocabulary(dir);
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
    const rows = readSeedMaterials(dir);
    const report: ImportReport = { dryRun: false, mode: 'replace', total: rows.length, created: 0, updated: 0, unchanged: 0, invalid: 0, failed: 0, rows: [] };
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
      report.rows.push({ position: row.position, slug: checked.slug, status, errors: checked.errors, changes: [], removals: 0 });
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
