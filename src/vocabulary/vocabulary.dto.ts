import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../common/http/pagination';
import { SLUG } from '../common/http/params';
import { IsLanguageMap, LANGUAGE_TAG } from '../common/validation/language-map';

export const CONCEPT_ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
export const SCHEME_ID = SLUG;

const languageMap = (example: Record<string, unknown>, list = false) => ({
  type: 'object' as const,
  additionalProperties: list ? { type: 'array' as const, items: { type: 'string' as const } } : { type: 'string' as const },
  example,
});

/** Datasheet sections, in the order the datasheet shows them. */
export const PROPERTY_GROUPS = ['mechanical', 'physical', 'thermal', 'degradation', 'biological'] as const;

export class QuantityDto {
  @ApiProperty({ example: 'GPa', description: 'Canonical unit (mathjs syntax) all values of this property are normalised to' })
  @IsString()
  @Length(1, 40)
  canonicalUnit!: string;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number | null;

  @ApiPropertyOptional({ example: 'youngsModulusGPa', description: 'Numeric field of the search index' })
  @IsOptional()
  @Matches(/^[a-z][A-Za-z0-9]{1,60}$/)
  searchField?: string | null;

  @ApiPropertyOptional({ enum: PROPERTY_GROUPS, description: 'The datasheet section the property is shown in' })
  @IsOptional()
  @IsIn(PROPERTY_GROUPS, { message: `group must be one of ${PROPERTY_GROUPS.join(', ')}` })
  group?: (typeof PROPERTY_GROUPS)[number] | null;
}

/** A concept as curators write it; `narrower` is derived and cannot be written. */
export class ConceptBodyDto {
  @ApiProperty(languageMap({ en: 'Titanium alloy', it: 'Lega di titanio' }))
  @IsLanguageMap('string')
  prefLabel!: Record<string, string>;

  @ApiPropertyOptional(languageMap({ en: ['Ti alloy'] }, true))
  @IsOptional()
  @IsLanguageMap('string[]')
  altLabels?: Record<string, string[]>;

  @ApiPropertyOptional({ ...languageMap({ en: ['titanum alloy'] }, true), description: 'Misspellings: searchable, never shown' })
  @IsOptional()
  @IsLanguageMap('string[]')
  hiddenLabels?: Record<string, string[]>;

  @ApiPropertyOptional(languageMap({ en: 'An alloy whose main constituent is titanium.' }))
  @IsOptional()
  @IsLanguageMap('string', { maxLength: 2000 })
  definition?: Record<string, string>;

  @ApiPropertyOptional({ type: [String], example: ['material-class/metal'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(CONCEPT_ID, { each: true, message: 'each broader entry must be a concept id like scheme/slug' })
  broader?: string[];

  @ApiPropertyOptional({ type: [String], example: ['http://id.nlm.nih.gov/mesh/D014025'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true })
  exactMatch?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUrl({ require_tld: false, require_protocol: true }, { each: true })
  closeMatch?: string[];

  @ApiPropertyOptional({ type: QuantityDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity?: QuantityDto | null;

  @ApiPropertyOptional({ description: 'Revision you last read; a stale one is answered 409' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number;
}

export class CreateConceptDto extends ConceptBodyDto {
  @ApiProperty({ example: 'material-class/titanium-alloy' })
  @Matches(CONCEPT_ID, { message: 'id must look like scheme/slug (lowercase, digits and dashes)' })
  @Length(3, 120)
  id!: string;
}

export class ConceptListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'material-class' })
  @IsOptional()
  @Matches(SCHEME_ID)
  scheme?: string;

  @ApiPropertyOptional({ description: 'Label in any language (prefix match on words)', example: 'titanio' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['turtle', 'csv'], default: 'turtle' })
  @IsOptional()
  @IsIn(['turtle', 'csv'])
  format: 'turtle' | 'csv' = 'turtle';

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(SCHEME_ID)
  scheme?: string;
}

export class CreateTermRequestDto {
  @ApiProperty({ enum: ['concept', 'synonym'] })
  @IsIn(['concept', 'synonym'])
  kind!: 'concept' | 'synonym';

  @ApiProperty({ example: 'material-class' })
  @Matches(SCHEME_ID)
  scheme!: string;

  @ApiProperty({ example: 'Ti-15Mo' })
  @IsString()
  @Length(1, 200)
  label!: string;

  @ApiPropertyOptional({ default: 'en' })
  @IsOptional()
  @Matches(LANGUAGE_TAG)
  lang: string = 'en';

  @ApiPropertyOptional({ description: 'For a synonym: the concept that receives it' })
  @IsOptional()
  @Matches(CONCEPT_ID)
  conceptId?: string;

  @ApiPropertyOptional({ enum: ['alt', 'hidden'], default: 'alt' })
  @IsOptional()
  @IsIn(['alt', 'hidden'])
  labelType: 'alt' | 'hidden' = 'alt';

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(CONCEPT_ID)
  broader?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  definition?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string;
}

export class AcceptTermRequestDto {
  @ApiPropertyOptional({ description: 'Merge into this existing concept (adds the label as altLabel) instead of creating one' })
  @IsOptional()
  @Matches(CONCEPT_ID)
  mergeInto?: string;

  @ApiPropertyOptional({ description: 'Slug of the new concept (default: from the label)' })
  @IsOptional()
  @Matches(SLUG)
  @Length(1, 80)
  slug?: string;
}

export class RejectTermRequestDto {
  @ApiProperty({ example: 'Already covered by material-class/titanium-alloy' })
  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class TermRequestListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['pending', 'accepted', 'rejected'] })
  @IsOptional()
  @IsIn(['pending', 'accepted', 'rejected'])
  status?: 'pending' | 'accepted' | 'rejected';
}
