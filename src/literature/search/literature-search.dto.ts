import { ApiHideProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { PUBLICATION_DEFAULT_FACETS } from './publication-search-schema';

export const LITERATURE_SORTS = ['relevance', 'year:asc', 'year:desc'] as const;

export class LiteratureSearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text query on title, abstract, keywords, authors (and MeSH headings, linked materials); typo-tolerant', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** `filter[<facet>]=a,b`: documented on the route as a deepObject parameter. */
  @ApiHideProperty()
  @IsOptional()
  filter?: unknown;

  /** `range[year]=min..max`: documented on the route as a deepObject parameter. */
  @ApiHideProperty()
  @IsOptional()
  range?: unknown;

  @ApiPropertyOptional({
    description: `Comma-separated facets to count (year gives min/max in facetStats). Default: ${PUBLICATION_DEFAULT_FACETS.join(', ')}; empty for none.`,
    example: 'year,journal,meshHeadings',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  facets?: string;

  @ApiPropertyOptional({ description: 'Publications labelled with this concept (comma-separated: any of them); the same as filter[concept]', example: 'tissue/bone' })
  @IsOptional()
  @Matches(/^[a-z0-9-]+\/[a-z0-9-]+(,[a-z0-9-]+\/[a-z0-9-]+){0,49}$/, { message: 'concept must be concept ids like tissue/bone, separated by commas' })
  concept?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: "true: only publications whose annotations curators reviewed; false: only those not reviewed yet (the same as filter[reviewState])" })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'reviewed must be true or false' })
  reviewed?: 'true' | 'false';

  @ApiPropertyOptional({ enum: LITERATURE_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(LITERATURE_SORTS)
  sort?: (typeof LITERATURE_SORTS)[number];
}
