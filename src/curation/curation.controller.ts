import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { CSV_COLUMNS, csvTemplate, parseMaterialCsv } from './import/material-csv';
import { ImportReport, MaterialImportService } from './import/material-import.service';
import { CurrentPrincipal, RequirePermission } from '../accounts/auth/auth.decorators';
import { Principal } from '../accounts/auth/principal';
import { AuditView } from '../audit/audit.service';
import { MaterialContent } from '../catalogue/material.types';
import { Page } from '../common/http/pagination';
import { SlugParam } from '../common/http/params';
import { CreateMaterialDto, CurationQueueQueryDto, ImportJsonDto, MaterialImportQueryDto, ProposeEditDto, SaveDraftDto, TransitionDto } from './curation.dto';
import { CurationService, CurationView } from './curation.service';
import { Answer, Problems } from '../common/contract/contract';
import { AuditTrailAnswer, CsvFileAnswer, CurationRecordAnswer, CurationRecordPageAnswer, ImportColumnsAnswer, MaterialImportReportAnswer } from './curation.responses';

@ApiTags('curation')
@Controller('curation')
export class CurationController {
  constructor(
    private readonly curation: CurationService,
    private readonly importer: MaterialImportService,
  ) {}

  @Get('materials')
  @RequirePermission('curation:read')
  @ApiOperation({ summary: 'Review queue and published list (curators: all records; others: their proposals), searchable and filtered by state, class, last editor and date, paged' })
  @Answer(CurationRecordPageAnswer)
  queue(@Query() query: CurationQueueQueryDto, @CurrentPrincipal() by: Principal): Promise<Page<CurationView>> {
    return this.curation.queue(
      {
        states: query.states(),
        q: query.q,
        class: query.class,
        editor: query.editor,
        updatedAfter: query.updatedAfter ? new Date(`${query.updatedAfter}T00:00:00Z`) : undefined,
        updatedBefore: query.updatedBefore ? new Date(`${query.updatedBefore}T00:00:00Z`) : undefined,
        sort: query.sort,
        page: query.page,
        perPage: query.perPage,
      },
      by,
    );
  }

  @Post('materials')
  @RequirePermission('curation:propose')
  @ApiOperation({ summary: 'Create a draft (curators) or propose a new material (anyone signed in)' })
  @Answer(CurationRecordAnswer)
  @Problems(409)
  create(@Body() dto: CreateMaterialDto, @CurrentPrincipal() by: Principal): Promise<CurationView> {
    return this.curation.create(dto.slug, dto.content as MaterialContent, by, dto.note);
  }

  @Get('materials/:slug')
  @RequirePermission('curation:read')
  @ApiOperation({ summary: 'A record with draft, published content, field-level changes and next actions' })
  @Answer(CurationRecordAnswer)
  get(@Param('slug', SlugParam) slug: string, @CurrentPrincipal() by: Principal): Promise<CurationView> {
    return this.curation.get(slug, by);
  }

  @Put('materials/:slug/draft')
  @RequirePermission('curation:edit')
  @ApiOperation({ summary: 'Save the draft (starts one on a published record); stale revision: 409' })
  @Answer(CurationRecordAnswer)
  @Problems(409)
  save(@Param('slug', SlugParam) slug: string, @Body() dto: SaveDraftDto, @CurrentPrincipal() by: Principal): Promise<CurationView> {
    return this.curation.saveDraft(slug, dto.content as MaterialContent, dto.revision, by);
  }

  @Post('materials/:slug/proposals')
  @RequirePermission('curation:propose')
  @ApiOperation({ summary: 'Propose an edit of a published material; it becomes a draft for curators' })
  @Answer(CurationRecordAnswer)
  @Problems(409)
  propose(@Param('slug', SlugParam) slug: string, @Body() dto: ProposeEditDto, @CurrentPrincipal() by: Principal): Promise<CurationView> {
    return this.curation.proposeEdit(slug, dto.content as MaterialContent, by, dto.note);
  }

  @Post('materials/:slug/transitions')
  @RequirePermission('curation:review')
  @HttpCode(200)
  @ApiOperation({ summary: 'submit, request_changes, publish (not by the last editor), retire, restore, discard_draft' })
  @Answer(CurationRecordAnswer)
  @Problems(409)
  transition(@Param('slug', SlugParam) slug: string, @Body() dto: TransitionDto, @CurrentPrincipal() by: Principal): Promise<CurationView> {
    return this.curation.transition(slug, dto.action, dto.revision, by, dto.comment);
  }

  @Post('import')
  @RequirePermission('curation:edit')
  @HttpCode(200)
  @ApiOperation({ summary: 'Bulk import (JSON rows: slug plus the fields to change). A new slug becomes a draft; an existing record gets a draft merged from the row (mode=merge: only what the row carries changes, nothing is removed) or replaced by it (mode=replace). Each row reports its field-level changes; ?dryRun=true writes nothing' })
  @Answer(MaterialImportReportAnswer)
  @Problems(409)
  importJson(@Body() body: ImportJsonDto, @Query() query: MaterialImportQueryDto, @CurrentPrincipal() by: Principal): Promise<ImportReport> {
    const inputs = body.materials.map((raw, i) => ({ position: `[${i}]`, raw }));
    return this.importer.importRows(inputs, by, { dryRun: query.dryRun === 'true', mode: query.mode });
  }

  @Post('import/csv')
  @RequirePermission('curation:edit')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'slug,name,class,summary,reference_url,property-type/density [g/cm^3]\n...' } })
  @ApiOperation({ summary: 'Bulk import (CSV, one row per material, property columns "<type> [<unit>]"); `?dryRun=true` only validates' })
  @Answer(MaterialImportReportAnswer)
  @Problems(409)
  async importCsv(@Req() req: FastifyRequest, @Query() query: MaterialImportQueryDto, @CurrentPrincipal() by: Principal): Promise<ImportReport> {
    if (String(req.headers['content-type'] ?? '').split(';')[0].trim() !== 'text/csv' || typeof req.body !== 'string') {
      throw new ProblemException(415, { detail: 'Send the CSV file with Content-Type: text/csv.' });
    }
    const parsed = parseMaterialCsv(req.body);
    if (parsed.errors.length) throw validationProblem(parsed.errors, 'The file cannot be read; nothing was imported.');
    if (!parsed.rows.length) throw validationProblem([{ path: 'body', message: 'no material rows: the first line names the columns, each further line is one material' }]);
    const inputs = parsed.rows.map((r) => ({ position: `line ${r.line}`, raw: r.material, preErrors: r.errors }));
    return this.importer.importRows(inputs, by, { dryRun: query.dryRun === 'true', mode: query.mode });
  }

  @Get('import/template')
  @RequirePermission('curation:edit')
  @ApiOperation({ summary: 'The CSV template of the material import: every column and an example row' })
  @Answer(CsvFileAnswer, { contentType: 'text/csv' })
  template(@Res({ passthrough: true }) reply: FastifyReply): string {
    reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="biomat-hub-materials-template.csv"');
    return csvTemplate();
  }

  @Get('import/columns')
  @RequirePermission('curation:edit')
  @ApiOperation({ summary: 'The columns of the CSV import, what each means and an example' })
  @Answer(ImportColumnsAnswer)
  columns(): { name: string; meaning: string; example: string }[] {
    return [...CSV_COLUMNS, { name: '<property-type id> [<unit>]', meaning: 'One column per property: a value (4.43) or a range (100-125) in that unit', example: 'property-type/youngs-modulus [GPa]' }];
  }

  @Get('materials/:slug/audit')
  @RequirePermission('curation:review')
  @ApiOperation({ summary: 'Audit trail: actor, time, action, diff' })
  @Answer(AuditTrailAnswer)
  audit(@Param('slug', SlugParam) slug: string, @CurrentPrincipal() by: Principal): Promise<AuditView[]> {
    return this.curation.auditTrail(slug, by);
  }
}
