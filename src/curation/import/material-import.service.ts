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

export interface ImportRowResult {
  /** Where the row came from: `line 7` of a CSV, `[3]` of a JSON array, `metals.json [12]` of a seed file. */
  position: string;
  slug: string | null;
  status: 'created' | 'updated' | 'unchanged' | 'invalid' | 'failed';
  errors: ProblemFieldError[];
}

export interface ImportReport {
  dryRun: boolean;
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

  /** Shape and semantic checks of one raw row; returns normalised content or errors with paths. */
  async validateRow(raw: Record<string, unknown>): Promise<{ slug: string | null; content?: MaterialContent; errors: ProblemFieldError[] }> {
    const { slug, ...rest } = raw;
    const errors: ProblemFieldError[] = [];
    const validSlug = typeof slug === 'string' && MATERIAL_SLUG.test(slug) && slug.length <= 120 ? slug : null;
    if (!validSlug) errors.push({ path: 'slug', message: 'must be lowercase letters, digits and dashes' });
    const dto = plainToInstance(MaterialContentDto, rest);
    const shape = flattenValidationErrors(await validate(dto, { whitelist: true, forbidNonWhitelisted: true }));
    errors.push(...shape);
    if (shape.length) return { slug: validSlug, errors };
    const checked = checkMaterialContent(dto as unknown as MaterialContent, await this.vocabulary.index(), this.references.policy);
    errors.push(...checked.errors);
    return { slug: validSlug, content: checked.content, errors };
  }

  /**
   * Curators' bulk import: new slugs become drafts, existing ones get the row as their next draft.
   * `dryRun` validates everything and writes nothing.
   */
  async importRows(inputs: ImportInput[], by: Principal, options: { dryRun: boolean; onProgress?: (done: number, total: number) => void }): Promise<ImportReport> {
    const report: ImportReport = { dryRun: options.dryRun, total: inputs.length, created: 0, updated: 0, unchanged: 0, invalid: 0, failed: 0, rows: [] };
    for (const [i, input] of inputs.entries()) {
      const checked = await this.validateRow(input.raw);
      const errors = [...(input.preErrors ?? []), ...checked.errors];
      const row: ImportRowResult = { position: input.position, slug: checked.slug, status: 'invalid', errors };
      if (errors.length === 0 && checked.content && checked.slug) {
        try {
          row.status = await this.writeDraft(checked.slug, checked.content, by, options.dryRun);
        } catch (err) {
          row.status = 'failed';
          row.errors = [{ path: 'row', message: (err as { problem?: { detail?: string } }).problem?.detail ?? (err as Error).message }];
        }
      }
      report[row.status]++;
      report.rows.push(row);
      options.onProgress?.(i + 1, inputs.length);
    }
    return report;
  }

  private async writeDraft(slug: string, content: MaterialContent, by: Principal, dryRun: boolean): Promise<'created' | 'updated' | 'unchanged'> {
    const existing = await this.materials.findBySlug(slug);
    if (!existing) {
      if (!dryRun) await this.curation.create(slug, content, by, 'bulk import');
      return 'created';
    }
    if (sameContent(existing.draft ?? existing.published, content)) return 'unchanged';
    if (!dryRun) await this.curation.saveDraft(slug, content, existing.revision, by);
    return 'updated';
  }
}
