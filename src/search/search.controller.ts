import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiOperation, ApiQuery, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public, RequirePermission } from '../accounts/auth/auth.decorators';
import { DriftReport, SearchAdminService } from './search-admin.service';
import { FacetValuesQueryDto, SearchQueryDto, SuggestQueryDto } from './search.dto';
import { FacetValue, SearchResult, SearchService, Suggestions } from './search.service';
import { Answer, Problems } from '../common/contract/contract';
import { DriftReportAnswer, FacetValuesAnswer, SearchAnswer, SuggestionsAnswer } from './search.responses';

export const FILTER_PARAMS = [
  ApiQuery({
    name: 'filter',
    required: false,
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: { type: 'string' } },
    description: 'filter[<facet>]=a,b: OR within a facet, AND across facets (a comma inside a value is written \\,). Hierarchies take paths: filter[class]=Metal > Titanium alloy',
  }),
  ApiQuery({
    name: 'range',
    required: false,
    style: 'deepObject',
    explode: true,
    schema: { type: 'object', additionalProperties: { type: 'string', pattern: '^(-?\\d+(\\.\\d+)?)?\\.\\.(-?\\d+(\\.\\d+)?)?$' } },
    description:
      "range[<field>]=min..max in the field's canonical unit, either end open: range[youngsModulusGPa]=10..30. By default (rangeMode=within) a record matches when all its values (its envelope, lowest to highest) lie in the interval; rangeMode=overlaps matches any envelope that meets it. Sorting by a range field uses the record's representative value: the median of its values (a range value counts as its midpoint).",
  }),
];
export const decorate = (...ds: MethodDecorator[]): MethodDecorator => (target, key, descriptor) => {
  for (const d of ds) d(target, key, descriptor);
};

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(
    private readonly search: SearchService,
    private readonly admin: SearchAdminService,
  ) {}

  @Get('materials')
  @Public()
  @decorate(...FILTER_PARAMS)
  @ApiOperation({
    summary: 'Faceted search of published materials, with disjunctive facet counts and range stats',
    description:
      'q is read for property constraints and preferences in English, Italian, Spanish, German and French ("elastic modulus below 5 GPa", "Zugfestigkeit über 800 MPa", "light alloy"): they become range filters and sorts, their words leave the text query, and `interpretation` says what was read. A range or sort given in the request wins over one read from q. interpret=false turns reading off; literal=<field> keeps one field\'s words as text.',
  })
  @ApiServiceUnavailableResponse({ description: 'Meilisearch is down (Retry-After)' })
  @Answer(SearchAnswer)
  @Problems(503)
  async materials(@Query() query: SearchQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SearchResult> {
    // The answer comes serialised (it may come from the answer cache); Fastify sends a string with
    // a JSON content type as it is.
    const json = await this.search.searchJson(query);
    reply.type('application/json; charset=utf-8');
    return json as unknown as SearchResult;
  }

  @Get('facets/:facet')
  @Public()
  @decorate(...FILTER_PARAMS)
  @ApiOperation({ summary: 'Search within the values of one facet (q), counted within the other filters' })
  @Answer(FacetValuesAnswer)
  @Problems(503)
  facetValues(@Param('facet') facet: string, @Query() query: FacetValuesQueryDto): Promise<{ facet: string; values: FacetValue[] }> {
    return this.search.facetValues(facet, query);
  }

  @Get('suggest')
  @Public()
  @ApiOperation({ summary: 'Search-as-you-type: material names, synonyms and concept labels' })
  @Answer(SuggestionsAnswer)
  @Problems(503)
  suggest(@Query() query: SuggestQueryDto): Promise<Suggestions> {
    return this.search.suggest(query.q);
  }

  @Get('status')
  @RequirePermission('search:status')
  @ApiOperation({ summary: 'Drift between MongoDB and the search index (ids and revisions)' })
  @Answer(DriftReportAnswer)
  @Problems(503)
  status(): Promise<DriftReport> {
    return this.admin.check();
  }
}
