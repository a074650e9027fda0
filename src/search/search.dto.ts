import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '../common/http/pagination';

export class SearchQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text query (typo-tolerant, vocabulary synonyms in every language)', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  /** `filter[<facet>]=a,b`: documented on the route as a deepObject parameter. */
  @ApiHideProperty()
  @IsOptional()
  filter?: unknown;

  /** `range[<field>]=min..max`: documented on the route as a deepObject parameter. */
  @ApiHideProperty()
  @IsOptional()
  range?: unknown;

  @ApiPropertyOptional({
    description: 'Comma-separated facets to count, and range fields whose min/max to report. Default: class, applications, forms, biocompatibility, regulatory, inStock; empty for none.',
    example: 'class,applications,youngsModulusGPa',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  facets?: string;

  @ApiPropertyOptional({ description: '`relevance` (default), or `<field>:asc|desc` with field name, publishedAt, price, offerCount or a range field', example: 'youngsModulusGPa:desc' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  sort?: string;

  @ApiPropertyOptional({ description: 'Comma-separated range fields whose range filter also keeps materials without a value for them', example: 'youngsModulusGPa' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  missing?: string;

  @ApiPropertyOptional({
    enum: ['within', 'overlaps'],
    default: 'within',
    description:
      'How a range filter meets a material\'s values (the envelope from its lowest to its highest value). `within` (default): every value lies in the interval, which is what "modulus 10-30 GPa" asks for; `overlaps`: at least part of the envelope reaches into it (a material reported at 1.2-11 GPa matches 10-30).',
  })
  @IsOptional()
  @IsIn(['within', 'overlaps'])
  rangeMode?: 'within' | 'overlaps';

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    default: 'true',
    description: 'Read q for property constraints and preferences ("modulus 10-30 GPa", "light alloy") and apply them as range filters and sorts; `false` searches q as text only',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  interpret?: 'true' | 'false';

  @ApiPropertyOptional({
    description: 'Comma-separated range fields whose readings of q are not applied: their words stay in the text query (removing one part of the interpretation)',
    example: 'densityGcm3',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  literal?: string;
}

export class FacetValuesQueryDto extends SearchQueryDto {
  @ApiPropertyOptional({ description: 'The full-text query of the search the facet belongs to', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  query?: string;
}

export class SuggestQueryDto {
  @ApiProperty({ description: 'What the user typed so far', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  @Matches(/\S/, { message: 'q must not be blank' })
  q!: string;
}
