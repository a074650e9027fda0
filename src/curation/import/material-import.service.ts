import { stableStringify as stable } from '../../common/stable-json';
import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Principal } from '../../accounts/auth/principal';
import { MATERIAL_SLUG, MaterialContentDto } from '../../catalogue/material.dto';
import { checkMaterialContent } from '../../catalogue/material-validator';
import { MaterialContent } from '../../catalogue/material.types';
import { MaterialsService } from '../../catalogue/materials.service';
import { ReferencePolicyService } from '../../catalogue/references/reference-policy.service';
import { ProblemFieldError } from '../../common/problem/problem';
import { flattenValidationErrors } from '../../common/problem/validation';
import { VocabularyService } from '../../vocabulary/vocabulary.service';
import { CurationService } from '../curation.service';
import { ContentChange, diffContent } from '../../catalogue/content-diff';
import { MaterialRecord } from '../../catalogue/material.schema';
import { labelOf } from '../../catalogue/material-view';
import { ImportMode, mergeRow, RowContent } from './merge';

export interface ImportRowResult {
  /** Where the row came from: `line 7` of a CSV, `[3]` of a JSON array, `metals.json [12]` of a seed file. */
  position: string;
  slug: string | null;
  status: 'created' | 'updated' | 'unchanged' | 'invalid' | 'failed';
  errors: ProblemFieldError[];
  /** Field by field, what the row does (or would do) to the record; every removal marked. */
  changes: ContentChange[];
  removals: number;
}

export interface ImportReport {
  dryRun: boolean;
  mode: ImportMode;
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  failed: number;
  rows: ImportRowResult[];
}

export interface ImportInput {
  position: string;
  raw: Record<string, unknown>;
  preErrors?: ProblemFieldError[];
}

export const sameContent = (a: MaterialContent | null, b: MaterialContent): boolean => !!a && stable(a) === stable(b);

/**
 * Validates rows one by one (shape, vocabulary, units, references) and writes each valid row with
 * one single-document operation: a bad row is reported with its position and never stops the others.
 */
@Injectable()
export class MaterialImportService {
  constructor(
    private readonly vocabulary: VocabularyService,
    private readonly materials: MaterialsService,
    private readonly curation: CurationService,
    private readonly references: ReferencePolicyService,
  ) {}

  /**
   * Shape and semantic checks of one raw row; returns normalised content or errors with paths.
   * With `base` (merge mode, an existing record), the row may carry only some fields: it is merged
   * into `base` by the merge rule (./merge.ts) and the result is what gets checked.
   */
  async validateRow(raw: Record<string, unknown>, base?: MaterialContent | null): Promise<{ slug: string | null; content?: MaterialContent; errors: ProblemFieldError[]; warnings: ProblemFieldError[] }> {
    const { slug, ...rest } = raw;
    const errors: ProblemFieldError[] = [];
    const validSlug = typeof slug === 'string' && MATERIAL_SLUG.test(slug) && slug.length <= 120 ? slug : null;
    if (!validSlug) errors.push({ path: 'slug', message: 'must be lowercase letters, digits and dashes' });
    const dto = plainToInstance(MaterialContentDto, rest);
    // A partial row leaves out what it does not change: only what it carries is checked for shape.
    const shape = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true, skipMissingProperties: !!base }));
    errors.push(...shape);
    if (shape.length) return { slug: validSlug, errors, warnings: [] };
    const carried = JSON.parse(JSON.stringify(dto)) as RowContent;
    const next = base ? mergeRow(base, carried) : (carried as MaterialContent);
    const checked = checkMaterialContent(next, await this.vocabulary.index(), this.references.policy);
    errors.push(...checked.errors);
    return { slug: validSlug, content: checked.content, errors, warnings: checked.warnings };
  }

  /**
   * Curators' bulk import: new slugs become drafts; an existing record gets its next draft from the
   * row by the merge rule (`mode: 'merge'`, the default: only what the row carries changes, nothing
   * is removed) or the row as its whole next draft (`mode: 'replace'`). Every row reports its
   * field-level changes. `dryRun` validates and reports everything and writes nothing.
   */
  async importRows(inputs: ImportInput[], by: Principal, options: { dryRun: boolean; mode?: ImportMode; onProgress?: (done: number, total: number) => void }): Promise<ImportReport> {
    const mode = options.mode ?? 'merge';
    const report: ImportReport = { dryRun: options.dryRun, mode, total: inputs.length, created: 0, updated: 0, unchanged: 0, invalid: 0, failed: 0, rows: [] };
    const index = await this.vocabulary.index();
    const label = (id: string) => labelOf(index, id);
    for (const [i, input] of inputs.entries()) {
      const slug = typeof input.raw.slug === 'string' ? input.raw.slug : null;
      const row: ImportRowResult = { position: input.position, slug, status: 'invalid', errors: [...(input.preErrors ?? [])], changes: [], removals: 0 };
      try {
        // Reads and writes of one row fail together: a database outage marks the row failed, never the import.
        const existing = slug ? await this.materials.findBySlug(slug) : null;
        const current = existing ? (existing.draft ?? existing.published) : null;
        const checked = await this.validateRow(input.raw, mode === 'merge' ? current : null);
        row.slug = checked.slug;
        row.errors.push(...checked.errors);
        if (row.errors.length === 0 && checked.content && checked.slug) {
          row.changes = diffContent(current, checked.content, label);
          row.removals = row.changes.filter((c) => c.kind === 'removed').length;
          row.status = await this.writeDraft(checked.slug, checked.content, existing, by, options.dryRun);
          if (row.status === 'unchanged') row.changes = [];
        }
      } catch (err) {
        row.status = 'failed';
        row.errors = [{ path: 'row', message: (err as { problem?: { detail?: string } }).problem?.detail ?? (err as Error).message }];
      }
      report[row.status]++;
      report.rows.push(row);
      options.onProgress?.(i + 1, inputs.length);
    }
    return report;
  }

  private async writeDraft(slug: string, content: MaterialContent, existing: MaterialRecord | null, by: Principal, dryRun: boolean): Promise<'created' | 'updated' | 'unchanged'> {
    if (!existing) {
      if (!dryRun) await this.curation.create(slug, content, by, 'bulk import');
      return 'created';
    }
    if (sameContent(existing.draft ?? existing.published, content)) return 'unchanged';
    if (!dryRun) await this.curation.saveDraft(slug, content, existing.revision, by);
    return 'updated';
  }
}
