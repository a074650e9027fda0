import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, RequirePermission } from '../../accounts/auth/auth.decorators';
import { Principal } from '../../accounts/auth/principal';
import { Answer, Problems } from '../../common/contract/contract';
import { Page, PageQueryDto } from '../../common/http/pagination';
import { SlugParam } from '../../common/http/params';
import { CreateImportJobDto } from '../literature.dto';
import { ImportJobAnswer, ImportJobPageAnswer, ImportRecordPageAnswer } from '../literature.responses';
import { ImportRecordResult } from '../publication.types';
import { ImportJobRunner } from './import-job.runner';
import { ImportJobsService, ImportJobView } from './import-jobs.service';

const ID = new SlugParam();

@ApiTags('literature')
@Controller('literature')
@RequirePermission('literature:manage')
export class ImportJobsController {
  constructor(
    private readonly jobs: ImportJobsService,
    private readonly runner: ImportJobRunner,
  ) {}

  @Post('import-jobs')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Import the results of a PubMed query (a background job; curators)',
    description:
      'Searches PubMed (E-utilities esearch on the history server), then fetches and imports the records a page at a time by the same merge rule as file imports. Poll GET /literature/import-jobs/{id} for progress. At most 3 requests/s to NCBI (10 with an API key); a crashed runner is replaced and resumes from the last imported page.',
  })
  @Answer(ImportJobAnswer, { status: 202 })
  async create(@Body() dto: CreateImportJobDto, @CurrentPrincipal() by: Principal): Promise<ImportJobView> {
    const job = await this.jobs.create(dto.query, dto.maxRecords, by.id);
    this.runner.nudge();
    return job;
  }

  @Get('import-jobs')
  @ApiOperation({ summary: 'PubMed query import jobs, newest first (curators)' })
  @Answer(ImportJobPageAnswer)
  list(@Query() query: PageQueryDto): Promise<Page<ImportJobView>> {
    return this.jobs.list(query);
  }

  @Get('import-jobs/:id')
  @ApiOperation({ summary: 'A PubMed query import job: state, progress (fetched/total), counts and the first problems' })
  @ApiParam({ name: 'id', example: 'ljob-1b0c7c8e-3f1e-4a59-9d6c-0a8f3f4f2d11' })
  @Answer(ImportJobAnswer)
  get(@Param('id', ID) id: string): Promise<ImportJobView> {
    return this.jobs.get(id);
  }

  @Post('import-jobs/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Cancel a queued or running import job: what is imported stays; a finished job answers 409' })
  @Answer(ImportJobAnswer)
  @Problems(409)
  cancel(@Param('id', ID) id: string, @CurrentPrincipal() by: Principal): Promise<ImportJobView> {
    return this.jobs.cancel(id, by.id);
  }

  @Get('imports/:importId/records')
  @ApiOperation({ summary: "A file import's full per-record list, in file order (stored when its report left entries out; kept 30 days)" })
  @ApiParam({ name: 'importId', example: 'lit-1b0c7c8e-3f1e-4a59-9d6c-0a8f3f4f2d11' })
  @Answer(ImportRecordPageAnswer)
  records(@Param('importId', ID) importId: string, @Query() query: PageQueryDto): Promise<Page<ImportRecordResult>> {
    return this.jobs.records(importId, query);
  }
}
