import { Body, Controller, Get, Headers, HttpCode, Param, ParseIntPipe, Patch, Post, Put, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiHeader, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { CurrentPrincipal, Public, RequirePermission } from '../accounts/auth/auth.decorators';
import { Principal } from '../accounts/auth/principal';
import { AuditView } from '../audit/audit.service';
import type { PersonRef } from '../accounts/directory.service';
import { Answer, Problems } from '../common/contract/contract';
import { Page, PageQueryDto } from '../common/http/pagination';
import { SlugParam } from '../common/http/params';
import { ProblemException, validationProblem } from '../common/problem/problem';
import { AuditTrailAnswer } from '../curation/curation.responses';
import { CitationFormat, CslItem } from './codecs/csl';
import { FORMAT_CONTENT_TYPES } from './codecs';
import { CiteQueryDto, LiteratureImportQueryDto, PatchPublicationDto, PublicationMaterialsDto, RetirePublicationDto } from './literature.dto';
import { CitationsAnswer, ImportReportAnswer, PublicationAnswer, PublicationSummaryPageAnswer } from './literature.responses';
import { LiteratureImportService } from './literature-import.service';
import { LiteratureService } from './literature.service';
import { PublicationSummary, PublicationView } from './publication-view';
import { ImportReport } from './publication.types';

/** The largest literature file the import route takes (a PubMed export of ~50,000 records). */
export const LITERATURE_IMPORT_LIMIT_BYTES = 250 * 1024 * 1024;
export const LITERATURE_IMPORT_PATH = '/api/v1/literature/import';

const CITE_TYPES: Record<CitationFormat, string> = {
  bibtex: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  'csl-json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  apa: 'text/plain; charset=utf-8',
};
const CITE_CONTENT_TYPES = Object.values(CITE_TYPES).map((t) => t.split(';')[0]);
const EXT: Record<CitationFormat, string> = { bibtex: 'bib', ris: 'ris', 'csl-json': 'json', apa: 'txt' };

/** Sends citations with the content type of their format, as a download named `name`. */
export function sendCitations(reply: FastifyReply, format: CitationFormat, name: string, body: string | CslItem[]): string {
  reply.header('content-type', CITE_TYPES[format]).header('content-disposition', `inline; filename="${name}.${EXT[format]}"`);
  return typeof body === 'string' ? body : JSON.stringify(body);
}

const PUBLICATION_ID = new SlugParam();

/** Counts the bytes of an upload and stops it past the limit (413). */
async function* limited(source: Readable, limit: number): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > limit) {
      source.destroy();
      throw new ProblemException(413, { title: 'The file is too large', detail: `A literature file may be at most ${limit / 1024 / 1024} MB.` });
    }
    yield chunk;
  }
}

@ApiTags('literature')
@Controller('literature')
export class LiteratureController {
  constructor(
    private readonly literature: LiteratureService,
    private readonly importer: LiteratureImportService,
  ) {}

  @Post('import')
  @RequirePermission('literature:manage')
  @HttpCode(200)
  @ApiConsumes(...new Set(Object.values(FORMAT_CONTENT_TYPES)))
  @ApiBody({ schema: { type: 'string', format: 'binary' }, description: 'The file itself (PubMed XML, MEDLINE/nbib, RIS, BibTeX or CSL-JSON), streamed' })
  @ApiOperation({
    summary: 'Import publications from a file (streamed; a bad record never stops the rest)',
    description:
      'Match by DOI, else PMID, else PMCID: a match merges (fills empty fields, unions MeSH, keywords, materials and provenance, never removes), no match creates, a record whose identifiers point at two publications is a conflict. `?dryRun=true` writes nothing. Files with entity declarations are refused. At most 250 MB.',
  })
  @Answer(ImportReportAnswer)
  @Problems(413, 415)
  async import(@Req() req: FastifyRequest, @Query() query: LiteratureImportQueryDto, @CurrentPrincipal() by: Principal): Promise<ImportReport> {
    const stream = (req as FastifyRequest & { literatureBody?: Readable }).literatureBody;
    if (!stream) {
      throw new ProblemException(415, { detail: `Send the file as the body with one of the content types ${[...new Set(Object.values(FORMAT_CONTENT_TYPES))].join(', ')}.` });
    }
    try {
      return await this.importer.importStream(query.format, limited(stream, LITERATURE_IMPORT_LIMIT_BYTES), { dryRun: query.dryRun === 'true', by: by.id, file: firstHeader(req.headers['x-file-name']) });
    } finally {
      // What a refused file left unread is discarded, so that the answer goes out.
      if (!stream.readableEnded && !stream.destroyed) stream.resume();
    }
  }

  @Get('publications/:id')
  @Public()
  @ApiOperation({ summary: 'A publication: identifiers, abstract, authors, MeSH headings, labels, linked materials and provenance' })
  @ApiParam({ name: 'id', example: 'pub-marin-2024-biomedical-applications-titanium' })
  @Answer(PublicationAnswer)
  get(@Param('id', PUBLICATION_ID) id: string): Promise<PublicationView> {
    return this.literature.get(id);
  }

  @Patch('publications/:id')
  @RequirePermission('literature:manage')
  @ApiHeader({ name: 'if-match', required: false, description: 'The revision you loaded ("3" or W/"3"), instead of `revision` in the body; stale: 412' })
  @ApiOperation({ summary: 'Edit a publication (curators): only the fields sent change; audited; a stale revision is refused' })
  @Answer(PublicationAnswer)
  @Problems(409, 412)
  patch(@Param('id', PUBLICATION_ID) id: string, @Body() dto: PatchPublicationDto, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() by: Principal): Promise<PublicationView> {
    const { revision, ...patch } = dto;
    const fromHeader = ifMatch !== undefined ? parseRevision(ifMatch) : undefined;
    const given = fromHeader ?? revision;
    if (given === undefined) throw validationProblem([{ path: 'revision', message: 'send the revision you loaded (in the body, or as If-Match)' }]);
    return this.literature.update(id, patch, given, by.id, fromHeader !== undefined ? 'if-match' : 'body');
  }

  @Post('publications/:id/retire')
  @RequirePermission('literature:manage')
  @HttpCode(200)
  @ApiOperation({ summary: 'Retire a publication (curators): it leaves the public API and the datasheets; audited' })
  @Answer(PublicationAnswer)
  @Problems(409)
  retire(@Param('id', PUBLICATION_ID) id: string, @Body() dto: RetirePublicationDto, @CurrentPrincipal() by: Principal): Promise<PublicationView> {
    return this.literature.retire(id, dto.revision, by.id, dto.comment);
  }

  @Put('publications/:id/materials')
  @RequirePermission('literature:manage')
  @ApiOperation({ summary: 'Link a publication to materials (curators): the list replaces the links; an unknown slug is a 400' })
  @Answer(PublicationAnswer)
  @Problems(409)
  materials(@Param('id', PUBLICATION_ID) id: string, @Body() dto: PublicationMaterialsDto, @CurrentPrincipal() by: Principal): Promise<PublicationView> {
    return this.literature.setMaterials(id, dto.materials, dto.revision, by.id);
  }

  @Get('publications/:id/audit')
  @RequirePermission('literature:manage')
  @ApiOperation({ summary: "A publication's audit trail: imports, merges, edits, links, retirement" })
  @Answer(AuditTrailAnswer)
  audit(@Param('id', PUBLICATION_ID) id: string): Promise<(AuditView & { actor: PersonRef })[]> {
    return this.literature.auditTrail(id);
  }

  @Get('publications/:id/cite')
  @Public()
  @ApiOperation({ summary: 'Cite a publication: BibTeX, RIS, CSL-JSON or an APA reference (citation-js)' })
  @Answer(CitationsAnswer, { contentType: CITE_CONTENT_TYPES })
  async cite(@Param('id', PUBLICATION_ID) id: string, @Query() query: CiteQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return sendCitations(reply, query.format, id, await this.literature.cite(id, query.format));
  }
}

@ApiTags('materials')
@Controller('materials')
@Public()
export class MaterialLiteratureController {
  constructor(private readonly literature: LiteratureService) {}

  @Get(':slug/publications')
  @ApiOperation({ summary: "A material's literature: the publications linked to it, newest first" })
  @Answer(PublicationSummaryPageAnswer)
  publications(@Param('slug', SlugParam) slug: string, @Query() query: PageQueryDto): Promise<Page<PublicationSummary>> {
    return this.literature.forMaterial(slug, query);
  }

  @Get(':slug/publications/cite')
  @ApiOperation({ summary: "A material's references as one file: BibTeX, RIS, CSL-JSON or an APA reference list" })
  @Answer(CitationsAnswer, { contentType: CITE_CONTENT_TYPES })
  async citePublications(@Param('slug', SlugParam) slug: string, @Query() query: CiteQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return sendCitations(reply, query.format, `${slug}-references`, await this.literature.citeMaterial(slug, query.format));
  }

  @Get(':slug/versions/:version/cite')
  @ApiOperation({ summary: 'How to cite this record: a published material version as a dataset (name, version, date, URL)' })
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 } })
  @Answer(CitationsAnswer, { contentType: CITE_CONTENT_TYPES })
  async citeVersion(@Param('slug', SlugParam) slug: string, @Param('version', ParseIntPipe) version: number, @Query() query: CiteQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    return sendCitations(reply, query.format, `${slug}-v${version}`, await this.literature.citeMaterialVersion(slug, version, query.format));
  }
}

function firstHeader(v: string | string[] | undefined): string | null {
  const s = Array.isArray(v) ? v[0] : v;
  return s ? s.slice(0, 300) : null;
}

/** `3`, `"3"` or `W/"3"` → 3. */
function parseRevision(header: string): number {
  const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(header.trim());
  if (!m || Number(m[1]) < 1) throw validationProblem([{ path: 'if-match', message: 'must be the revision you loaded, e.g. "3"' }]);
  return Number(m[1]);
}
