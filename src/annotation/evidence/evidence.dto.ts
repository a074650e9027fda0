import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { CONCEPT_ID } from '../../vocabulary/vocabulary.dto';

const finite = { allowNaN: false, allowInfinity: false };
/** Publication ids (`pub-…`). */
export const PUBLICATION_ID = /^[A-Za-z0-9._-]{1,120}$/;

export class MaterialCandidatesQueryDto {
  @ApiProperty({ example: 'kw-materials-composition/titanium', description: 'The Biomaterial concept of the mention (a kw-materials-composition concept)' })
  @Matches(CONCEPT_ID, { message: 'conceptId must be a concept id like kw-materials-composition/titanium' })
  conceptId!: string;

  @ApiPropertyOptional({ example: 'Ti-6Al-4V', description: 'The mention as written: materials whose name, synonym, trade name or slug it matches come first' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  text?: string;
}

export class EvidenceQuoteDto {
  @ApiProperty({ minimum: 0, description: 'Start of the sentence the value was read from (JavaScript string index into the annotated text)' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  start!: number;

  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  end!: number;
}

export class EvidenceProposalDto {
  @ApiProperty({ example: 'pub-marin-2024-biomedical-applications-titanium', description: 'The publication the value comes from: it becomes the reference of the value' })
  @Matches(PUBLICATION_ID, { message: 'publicationId must be a publication id (pub-…)' })
  publicationId!: string;

  @ApiProperty({ example: 'property-type/youngs-modulus', description: 'A property-type concept' })
  @Matches(CONCEPT_ID, { message: 'propertyType must be a concept id like property-type/youngs-modulus' })
  propertyType!: string;

  @ApiPropertyOptional({ example: 110, description: 'A single value; or give min and max' })
  @IsOptional()
  @IsNumber(finite)
  value?: number;

  @ApiPropertyOptional({ example: 100 })
  @IsOptional()
  @IsNumber(finite)
  min?: number;

  @ApiPropertyOptional({ example: 125 })
  @IsOptional()
  @IsNumber(finite)
  max?: number;

  @ApiProperty({ example: 'GPa', description: "As written in the publication; it must measure what the property type measures" })
  @IsString()
  @Length(1, 40)
  unit!: string;

  @ApiPropertyOptional({ example: 'annealed, 23 °C', description: 'Conditions from the sentence' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  conditions?: string;

  @ApiPropertyOptional({ example: 'nanoindentation' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  method?: string;

  @ApiPropertyOptional({ type: EvidenceQuoteDto, description: 'Where in the annotated text the value was read (recorded in the audit comment)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => EvidenceQuoteDto)
  quote?: EvidenceQuoteDto;
}
