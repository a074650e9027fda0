import { Controller, Get, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../../accounts/auth/auth.decorators';
import { Answer, Problems } from '../../common/contract/contract';
import { decorate, FILTER_PARAMS } from '../search.controller';
import { SearchExportFileAnswer } from '../search.responses';
import { SearchExportQueryDto } from './search-export.dto';
import { SearchExport, SearchExportService } from './search-export.service';

@ApiTags('search')
@Controller('search')
export class SearchExportController {
  constructor(private readonly exporter: SearchExportService) {}

  @Get('export')
  @Public()
  @decorate(...FILTER_PARAMS)
  @ApiOperation({ summary: 'Export a search: every hit up to the result cap with its properties, as CSV or JSON (same parameters as the search)' })
  @ApiProduces('text/csv', 'application/json')
  @Answer(SearchExportFileAnswer, { contentType: ['text/csv', 'application/json'] })
  @Problems(503)
  async export(@Query() query: SearchExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<string | SearchExport> {
    const { format, ...search } = query;
    reply.header('content-disposition', `attachment; filename="biomat-search.${format}"`);
    if (format === 'json') return this.exporter.export(search);
    reply.header('content-type', 'text/csv; charset=utf-8');
    return this.exporter.csv(search);
  }
}
