import { Controller, Get, Headers, Param, ParseIntPipe, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiHeader, ApiOperation, ApiParam, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth/auth.decorators';
import { Page } from '../common/http/pagination';
import { SlugParam } from '../common/http/params';
import { DiffQueryDto, MaterialListQueryDto } from './material.dto';
import { MaterialDetail, MaterialItem } from './material-view';
import { MaterialsService, VersionSummary } from './materials.service';
import { Answer } from '../common/contract/contract';
import { MaterialDetailAnswer, MaterialItemPageAnswer, VersionDiffAnswer, VersionListAnswer } from './catalogue.responses';

@ApiTags('materials')
@Controller('materials')
@Public()
export class CatalogueController {
  constructor(private readonly materials: MaterialsService) {}

  @Get()
  @ApiOperation({ summary: 'Published materials, paginated' })
  @Answer(MaterialItemPageAnswer)
  list(@Query() query: MaterialListQueryDto): Promise<Page<MaterialItem>> {
    return this.materials.listPublished(query);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'A published material with every property value, its unit and reference' })
  @ApiHeader({ name: 'if-none-match', required: false, description: 'ETag of a copy you hold: 304 without a body when it is current' })
  @Answer(MaterialDetailAnswer)
  @ApiResponse({ status: 304, description: 'Not modified: the copy named by If-None-Match is current' })
  async get(@Param('slug', SlugParam) slug: string, @Headers('if-none-match') ifNoneMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<MaterialDetail> {
    const { json, etag } = await this.materials.getPublishedAnswer(slug);
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
      reply.code(304);
      return undefined as unknown as MaterialDetail;
    }
    // Serialised once per version and sent as it is (a string with a JSON content type).
    reply.type('application/json; charset=utf-8');
    return json as unknown as MaterialDetail;
  }

  @Get(':slug/versions')
  @ApiOperation({ summary: 'Published versions, newest first' })
  @Answer(VersionListAnswer)
  versions(@Param('slug', SlugParam) slug: string): Promise<VersionSummary[]> {
    return this.materials.listVersions(slug);
  }

  @Get(':slug/versions/:version')
  @ApiOperation({ summary: 'One published version (immutable)' })
  @Answer(MaterialDetailAnswer)
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1 } })
  version(@Param('slug', SlugParam) slug: string, @Param('version', ParseIntPipe) version: number): Promise<MaterialDetail> {
    return this.materials.getVersion(slug, version);
  }

  @Get(':slug/diff')
  @ApiOperation({ summary: 'What changed between two published versions: field by field, and as an RFC 6902 JSON Patch' })
  @Answer(VersionDiffAnswer)
  diff(@Param('slug', SlugParam) slug: string, @Query() query: DiffQueryDto): Promise<Awaited<ReturnType<MaterialsService['diffVersions']>>> {
    return this.materials.diffVersions(slug, query.from, query.to);
  }
}
