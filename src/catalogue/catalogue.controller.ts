import { Controller, Get, Param, ParseIntPipe, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../accounts/auth/auth.decorators';
import { Page } from '../common/http/pagination';
import { SlugParam } from '../common/http/params';
import { DiffQueryDto, MaterialListQueryDto } from './material.dto';
import { MaterialDetail, MaterialItem } from './material-view';
import { MaterialsService, VersionSummary } from './materials.service';

@ApiTags('materials')
@Controller('materials')
@Public()
export class CatalogueController {
  constructor(private readonly materials: MaterialsService) {}

  @Get()
  @ApiOperation({ summary: 'Published materials, paginated' })
  list(@Query() query: MaterialListQueryDto): Promise<Page<MaterialItem>> {
    return this.materials.listPublished(query);
  }

  @Get(':slug')
  @ApiOperation({ summary: 'A published material with every property value, its unit and reference' })
  get(@Param('slug', SlugParam) slug: string): Promise<MaterialDetail> {
    return this.materials.getPublished(slug);
  }

  @Get(':slug/versions')
  @ApiOperation({ summary: 'Published versions, newest first' })
  versions(@Param('slug', SlugParam) slug: string): Promise<VersionSummary[]> {
    return this.materials.listVersions(slug);
  }

  @Get(':slug/versions/:version')
  @ApiOperation({ summary: 'One published version (immutable)' })
  version(@Param('slug', SlugParam) slug: string, @Param('version', ParseIntPipe) version: number): Promise<MaterialDetail> {
    return this.materials.getVersion(slug, version);
  }

  @Get(':slug/diff')
  @ApiOperation({ summary: 'What changed between two versions (RFC 6902 JSON Patch)' })
  diff(@Param('slug', SlugParam) slug: string, @Query() query: DiffQueryDto): Promise<{ from: number; to: number; patch: unknown[] }> {
    return this.materials.diffVersions(slug, query.from, query.to);
  }
}
