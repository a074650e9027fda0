import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../common/http/pagination';
import { MATERIAL_SLUG, MaterialContentDto } from '../catalogue/material.dto';
import { CONCEPT_ID } from '../vocabulary/vocabulary.dto';
import { CURATION_ACTIONS, CurationAction } from './curation.machine';

export class CreateMaterialDto {
  @ApiProperty({ example: 'ti-6al-4v-eli', description: 'Stable identifier; never reused' })
  @Matches(MATERIAL_SLUG, { message: 'slug must be lowercase letters, digits and dashes' })
  @Length(2, 120)
  slug!: string;

  @ApiProperty({ type: MaterialContentDto })
  @ValidateNested()
  @Type(() => MaterialContentDto)
  content!: MaterialContentDto;

  @ApiPropertyOptional({ description: 'Why (shown to curators)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class SaveDraftDto {
  @ApiProperty({ type: MaterialContentDto })
  @ValidateNested()
  @Type(() => MaterialContentDto)
  content!: MaterialContentDto;

  @ApiProperty({ description: 'The revision you loaded; a stale one is answered 409 and nothing is saved' })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class ProposeEditDto {
  @ApiProperty({ type: MaterialContentDto })
  @ValidateNested()
  @Type(() => MaterialContentDto)
  content!: MaterialContentDto;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class TransitionDto {
  @ApiProperty({ enum: CURATION_ACTIONS })
  @IsIn(CURATION_ACTIONS)
  action!: CurationAction;

  @ApiProperty({ description: 'The revision you loaded' })
  @IsInt()
  @Min(1)
  revision!: number;

  @ApiPropertyOptional({ description: 'Required for request_changes' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  comment?: string;
}

const STATES = ['draft', 'in_review', 'published', 'retired'] as const;

export class CurationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'One or more of draft, in_review, published, retired, comma-separated. Default: draft,in_review', example: 'draft,in_review' })
  @IsOptional()
  @Matches(/^(draft|in_review|published|retired)(,(draft|in_review|published|retired))*$/, { message: 'state must be draft, in_review, published or retired (several separated by commas)' })
  state?: string;

  @ApiPropertyOptional({ description: 'Words of the name or the slug' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ description: 'A material class concept id: the class and the classes below it', example: 'material-class/metal' })
  @IsOptional()
  @Matches(CONCEPT_ID, { message: 'class must be a concept id like material-class/metal' })
  class?: string;

  @ApiPropertyOptional({ description: 'The user id of the last editor' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  editor?: string;

  @ApiPropertyOptional({ description: 'Changed on or after this date (YYYY-MM-DD)', example: '2026-11-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'updatedAfter must be a date like 2026-11-01' })
  updatedAfter?: string;

  @ApiPropertyOptional({ description: 'Changed before this date (YYYY-MM-DD)', example: '2026-12-01' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'updatedBefore must be a date like 2026-12-01' })
  updatedBefore?: string;

  @ApiPropertyOptional({ enum: ['-updatedAt', 'updatedAt', 'name'], default: '-updatedAt' })
  @IsOptional()
  @IsIn(['-updatedAt', 'updatedAt', 'name'], { message: 'sort must be -updatedAt, updatedAt or name' })
  sort?: '-updatedAt' | 'updatedAt' | 'name';

  states(): ('draft' | 'in_review' | 'published' | 'retired')[] {
    return this.state ? ([...new Set(this.state.split(','))] as (typeof STATES)[number][]) : ['draft', 'in_review'];
  }
}

import { ImportQueryDto } from '../common/http/params';

/** `?dryRun=&mode=` of the material imports. */
export class MaterialImportQueryDto extends ImportQueryDto {
  @ApiPropertyOptional({ enum: ['merge', 'replace'], default: 'merge', description: 'merge: a row changes only what it carries and removes nothing (see README, the merge rule); replace: the row is the whole next draft' })
  @IsOptional()
  @IsIn(['merge', 'replace'], { message: 'mode must be merge or replace' })
  mode: 'merge' | 'replace' = 'merge';
}

export class ImportJsonDto {
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Material rows: `slug` plus the content fields (see seed/FORMAT.md); each row is validated on its own' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @IsObject({ each: true })
  materials!: Record<string, unknown>[];
}
