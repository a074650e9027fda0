import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../accounts/auth/auth.decorators';
import { Answer, Problems } from '../../common/contract/contract';
import { LiteratureSearchQueryDto } from './literature-search.dto';
import { LiteratureSearchAnswer } from './literature-search.responses';
import { LiteratureSearchResult, LiteratureSearchService } from './literature-search.service';
import { PUBLICATION_FACETS } from './publication-search-schema';

@ApiTags('literature')
@Controller('literature')
export class LiteratureSearchController {
  constructor(private readonly literature: LiteratureSearchService) {}

  @Get('search')
  @Public()
  @ApiQuery({
    name: 'filter',
    required: false,
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: { type: 'string' } },
    description: `filter[<facet>]=a,b: OR within a facet, AND across facets (a comma inside a value is written \\,). Facets: ${PUBLICATION_FACETS.map((f) => f.name).join(', ')}; materials by slug.`,
  })
  @ApiQuery({
    name: 'range',
    required: false,
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: { type: 'string', pattern: '^(-?\\d+(\\.\\d+)?)?\\.\\.(-?\\d+(\\.\\d+)?)?$' } },
    description: 'range[year]=min..max, either end open: range[year]=2015..',
  })
  @ApiOperation({ summary: 'Faceted full-text search of publications (title, abstract, keywords, authors), with disjunctive facet counts and highlights' })
  @ApiServiceUnavailableResponse({ description: 'Meilisearch is down (Retry-After)' })
  @Answer(LiteratureSearchAnswer)
  @Problems(503)
  search(@Query() query: LiteratureSearchQueryDto): Promise<LiteratureSearchResult> {
    return this.literature.search(query);
  }
}
