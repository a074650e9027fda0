import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { MATERIAL_SLUG } from '../catalogue/material.dto';
import { CITATION_FORMATS, CitationFormat } from './codecs/csl';
import { IMPORT_FORMATS, ImportFormat } from './publication.types';

export class LiteratureImportQueryDto {
  @ApiProperty({ enum: IMPORT_FORMATS, description: 'The file format; the body is the file itself' })
  @IsIn(IMPORT_FORMATS)
  format!: ImportFormat;

  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'Report what the import would do and write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun: 'true' | 'false' = 'false';
}

export class CiteQueryDto {
  @ApiPropertyOptional({ enum: CITATION_FORMATS, default: 'bibtex' })
  @IsOptional()
  @IsIn(CITATION_FORMATS)
  format: CitationFormat = 'bibtex';
}

export class AbstractSectionDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  label?: string | null;

  @ApiProperty()
  @IsString()
  @Length(1, 20000)
  text!: string;
}

export class AbstractDto {
  @ApiProperty({ type: [AbstractSectionDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => AbstractSectionDto)
  sections!: AbstractSectionDto[];
}

export class AuthorDto {
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  family?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  given?: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'A collective name' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  literal?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '0000-0002-1825-0097' })
  @IsOptional()
  @Matches(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { message: 'orcid must look like 0000-0000-0000-0000' })
  orcid?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  affiliations: string[] = [];
}

export class JournalDto {
  @ApiProperty()
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  isoAbbreviation?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '0142-9612' })
  @IsOptional()
  @Matches(/^\d{4}-\d{3}[\dX]$/, { message: 'issn must look like 1234-567X' })
  issn?: string | null;
}

/** A curator's edit of a publication: only the fields given change. */
export class PatchPublicationDto {
  @ApiPropertyOptional({ description: 'The revision you loaded (or send If-Match); a stale one is answered 409 (412 with If-Match)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 300) doi?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 20) pmid?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 20) pmcid?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 2000) title?: string;

  @ApiPropertyOptional({ type: AbstractDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AbstractDto)
  abstract?: AbstractDto | null;

  @ApiPropertyOptional({ type: [AuthorDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => AuthorDto)
  authors?: AuthorDto[];

  @ApiPropertyOptional({ type: JournalDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => JournalDto)
  journal?: JournalDto | null;

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsInt() @Min(1500) @Max(2200) year?: number | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 50) volume?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 50) issue?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 50) pages?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(2, 20) language?: string | null;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  publicationTypes?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  keywords?: string[];

  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @Length(1, 300) licence?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Our own words, never the publisher text' }) @IsOptional() @IsString() @Length(1, 4000) summary?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Linked material slugs (unknown slugs: 400)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(MATERIAL_SLUG, { each: true, message: 'each material must be a slug' })
  materials?: string[];
}

export class RetirePublicationDto {
  @ApiPropertyOptional({ description: 'The revision you loaded' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;

  @ApiPropertyOptional({ description: 'Why (kept in the audit trail)' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  comment?: string;
}

export class PublicationMaterialsDto {
  @ApiProperty({ type: [String], example: ['ti-6al-4v'], description: 'The material slugs this publication is about (replaces the list)' })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(MATERIAL_SLUG, { each: true, message: 'each material must be a slug' })
  materials!: string[];

  @ApiPropertyOptional({ description: 'The revision you loaded' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;
}


/** Largest number of records one PubMed query job imports. */
export const IMPORT_JOB_MAX_RECORDS = 100_000;

export class CreateImportJobDto {
  @ApiProperty({ example: 'titanium[mh] AND osseointegration[tiab] AND 2020:2024[dp]', description: 'A PubMed query, as typed in PubMed' })
  @IsString()
  @Length(1, 4000)
  @Matches(/\S/, { message: 'query must not be blank' })
  query!: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: IMPORT_JOB_MAX_RECORDS, default: 10_000, description: 'Import at most this many of the results (newest first, as PubMed sorts them)' })
  @ValidateIf((_dto, value) => value !== undefined) // absent takes the default; null is not a number
  @IsInt()
  @Min(1)
  @Max(IMPORT_JOB_MAX_RECORDS)
  maxRecords: number = 10_000;
}
