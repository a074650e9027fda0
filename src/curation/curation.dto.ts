import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Matches, Min, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../common/http/pagination';
import { MATERIAL_SLUG, MaterialContentDto } from '../catalogue/material.dto';
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

export class CurationQueueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['draft', 'in_review', 'published', 'retired'], description: 'Default: draft and in_review' })
  @IsOptional()
  @IsIn(['draft', 'in_review', 'published', 'retired'])
  state?: 'draft' | 'in_review' | 'published' | 'retired';
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
