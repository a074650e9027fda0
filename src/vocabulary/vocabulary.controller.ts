import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentPrincipal, Public, RequirePermission } from '../accounts/auth/auth.decorators';
import { Principal, isCurator } from '../accounts/auth/principal';
import { Page } from '../common/http/pagination';
import { ImportQueryDto } from '../common/http/params';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { ConceptView } from './concept-view';
import { fromCsv, toCsv } from './csv.codec';
import { fromTurtle, toTurtle } from './skos.codec';
import { TermRequestView, TermRequestsService } from './term-requests.service';
import {
  AcceptTermRequestDto,
  ConceptBodyDto,
  ConceptListQueryDto,
  CreateConceptDto,
  CreateTermRequestDto,
  ExportQueryDto,
  RejectTermRequestDto,
  TermRequestListQueryDto,
} from './vocabulary.dto';
import { ImportReport, VocabularyService } from './vocabulary.service';
import { SlugParam } from '../common/http/params';
import { Answer, Problems } from '../common/contract/contract';
import { ConceptAnswer, ConceptPageAnswer, SchemeListAnswer, TermRequestAnswer, TermRequestPageAnswer, TextFileAnswer, VocabularyImportReportAnswer } from './vocabulary.responses';

@ApiTags('vocabulary')
@Controller('vocabulary')
export class VocabularyController {
  constructor(
    private readonly vocabulary: VocabularyService,
    private readonly termRequests: TermRequestsService,
  ) {}

  @Get('schemes')
  @Public()
  @ApiOperation({ summary: 'The concept schemes (material classes, forms, keyword categories...), with titles and concept counts' })
  @Answer(SchemeListAnswer)
  schemes(): Promise<{ id: string; title: Record<string, string>; concepts: number }[]> {
    return this.vocabulary.listSchemes();
  }

  @Get('concepts')
  @Public()
  @ApiOperation({ summary: 'List concepts of a scheme, or look them up by a label in any language' })
  @Answer(ConceptPageAnswer)
  list(@Query() query: ConceptListQueryDto, @Req() req: { principal?: Principal }): Promise<Page<ConceptView>> {
    return this.vocabulary.list(query, !!req.principal && isCurator(req.principal));
  }

  @Get('concepts/:scheme/:slug')
  @Public()
  @ApiOperation({ summary: 'One concept with its labels, hierarchy and mappings' })
  @Answer(ConceptAnswer)
  get(@Param('scheme', SlugParam) scheme: string, @Param('slug', SlugParam) slug: string, @Req() req: { principal?: Principal }): Promise<ConceptView> {
    return this.vocabulary.get(`${scheme}/${slug}`, !!req.principal && isCurator(req.principal));
  }

  @Post('concepts')
  @RequirePermission('vocabulary:manage')
  @ApiOperation({ summary: 'Create a concept (curators)' })
  @Answer(ConceptAnswer)
  @Problems(409)
  create(@Body() dto: CreateConceptDto): Promise<ConceptView> {
    const { revision: _ignored, ...input } = dto;
    return this.vocabulary.create(input);
  }

  @Put('concepts/:scheme/:slug')
  @RequirePermission('vocabulary:manage')
  @ApiOperation({ summary: 'Replace a concept (curators); send the revision you read to avoid lost updates' })
  @Answer(ConceptAnswer)
  @Problems(409)
  update(@Param('scheme', SlugParam) scheme: string, @Param('slug', SlugParam) slug: string, @Body() dto: ConceptBodyDto): Promise<ConceptView> {
    const { revision, ...input } = dto;
    return this.vocabulary.update({ id: `${scheme}/${slug}`, ...input }, revision);
  }

  @Get('export')
  @Public()
  @ApiOperation({ summary: 'Export as SKOS Turtle or CSV' })
  @ApiProduces('text/turtle', 'text/csv')
  @Answer(TextFileAnswer, { contentType: ['text/turtle', 'text/csv'] })
  async export(@Query() query: ExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const data = await this.vocabulary.exportData(query.scheme);
    if (query.format === 'csv') {
      reply.header('content-type', 'text/csv; charset=utf-8');
      return toCsv(data.concepts);
    }
    reply.header('content-type', 'text/turtle; charset=utf-8');
    return toTurtle(data.schemes, data.concepts);
  }

  @Post('import')
  @RequirePermission('vocabulary:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import SKOS Turtle or CSV (curators); `?dryRun=true` validates only' })
  @ApiConsumes('text/turtle', 'text/csv')
  @ApiBody({ schema: { type: 'string' } })
  @Answer(VocabularyImportReportAnswer)
  async import(@Req() req: FastifyRequest, @Query() query: ImportQueryDto): Promise<ImportReport> {
    const type = String(req.headers['content-type'] ?? '').split(';')[0].trim();
    if ((type !== 'text/turtle' && type !== 'text/csv') || typeof req.body !== 'string') {
      throw new ProblemException(415, { detail: 'Send the file with Content-Type: text/turtle (SKOS) or text/csv.' });
    }
    const text = req.body;
    if (!text.trim()) throw validationProblem([{ path: 'body', message: 'the file is empty' }]);
    const dryRun = query.dryRun;
    const parsed = type === 'text/csv' ? { schemes: [], ...fromCsv(text) } : fromTurtle(text);
    if (parsed.errors.length) throw validationProblem(parsed.errors, 'The file has errors; nothing was imported.');
    if (!parsed.concepts.length) throw validationProblem([{ path: 'body', message: 'no concepts in the file' }]);
    const report = await this.vocabulary.importConcepts(parsed.concepts, parsed.schemes, {
      dryRun: dryRun === 'true',
      pathOf: (i) => parsed.concepts[i].id,
    });
    if (report.errors.length) throw validationProblem(report.errors, 'The file has errors; nothing was imported.');
    return report;
  }

  @Post('term-requests')
  @RequirePermission('vocabulary:request')
  @ApiOperation({ summary: 'Propose a concept or a synonym (any signed-in user)' })
  @Answer(TermRequestAnswer)
  requestTerm(@Body() dto: CreateTermRequestDto, @CurrentPrincipal() by: Principal): Promise<TermRequestView> {
    return this.termRequests.create(dto, by);
  }

  @Get('term-requests')
  @RequirePermission('vocabulary:requests:read')
  @ApiOperation({ summary: 'Term requests: all for curators, your own otherwise' })
  @Answer(TermRequestPageAnswer)
  termRequestList(@Query() query: TermRequestListQueryDto, @CurrentPrincipal() by: Principal): Promise<Page<TermRequestView>> {
    return this.termRequests.list(query, by);
  }

  @Post('term-requests/:id/accept')
  @RequirePermission('vocabulary:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept: create the concept, or merge the label into one' })
  @Answer(TermRequestAnswer)
  @Problems(409)
  accept(@Param('id') id: string, @Body() dto: AcceptTermRequestDto, @CurrentPrincipal() by: Principal): Promise<TermRequestView> {
    return this.termRequests.accept(id, dto, by);
  }

  @Post('term-requests/:id/reject')
  @RequirePermission('vocabulary:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reject with a reason' })
  @Answer(TermRequestAnswer)
  @Problems(409)
  reject(@Param('id') id: string, @Body() dto: RejectTermRequestDto, @CurrentPrincipal() by: Principal): Promise<TermRequestView> {
    return this.termRequests.reject(id, dto.reason, by);
  }
}
