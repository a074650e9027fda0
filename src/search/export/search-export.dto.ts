import { ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SearchQueryDto } from '../search.dto';

export const EXPORT_FORMATS = ['csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The search's own parameters (query, filters, ranges, sort), without paging: every hit up to the result cap. */
export class SearchExportQueryDto extends OmitType(SearchQueryDto, ['page', 'perPage', 'facets'] as const) {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv', description: 'csv: UTF-8 with a byte order mark, a min and a max column per property, units in the headers; json: the same numbers as data' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` })
  format: ExportFormat = 'csv';

  @ApiPropertyOptional({ description: 'Comma-separated property fields to include (range fields of the search, e.g. youngsModulusGPa,densityGcm3). Default: every material property.', example: 'densityGcm3,youngsModulusGPa' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  fields?: string;
}
