import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../common/http/pagination';
import { SLUG } from '../common/http/params';
import { CONCEPT_ID } from '../vocabulary/vocabulary.dto';

const finite = { allowNaN: false, allowInfinity: false };
export const MATERIAL_SLUG = SLUG;
const REF_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/;
const conceptIds = (example: string): ApiPropertyOptions => ({ type: [String], example: [example] });

export class RangeDto {
  @ApiPropertyOptional({ example: 4.43 })
  @IsOptional()
  @IsNumber(finite)
  value?: number | null;

  @ApiPropertyOptional({ example: 100 })
  @IsOptional()
  @IsNumber(finite)
  min?: number | null;

  @ApiPropertyOptional({ example: 125 })
  @IsOptional()
  @IsNumber(finite)
  max?: number | null;
}

export class CompositionEntryDto {
  @ApiProperty({ example: 'Al' })
  @IsString()
  @Length(1, 120)
  component!: string;

  @ApiProperty({ type: RangeDto })
  @ValidateNested()
  @Type(() => RangeDto)
  fraction!: RangeDto;

  @ApiProperty({ enum: ['wt%', 'mol%', 'vol%'] })
  @IsIn(['wt%', 'mol%', 'vol%'])
  basis!: 'wt%' | 'mol%' | 'vol%';
}

export class PropertyValueDto extends RangeDto {
  @ApiProperty({ example: 'property-type/youngs-modulus' })
  @Matches(CONCEPT_ID)
  type!: string;

  @ApiProperty({ example: 'GPa', description: 'Unit as given in the source' })
  @IsString()
  @Length(1, 40)
  unit!: string;

  @ApiPropertyOptional({ example: 'annealed, 23 °C' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  conditions?: string | null;

  @ApiPropertyOptional({ example: 'ASTM E8 tensile test' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  method?: string | null;

  @ApiProperty({ example: 'ref-pmc4669019', description: 'Key of an entry in `references`' })
  @Matches(REF_KEY)
  reference!: string;
}

export class BiocompatibilityDto {
  @ApiProperty({ example: 'iso10993-endpoint/cytotoxicity' })
  @Matches(CONCEPT_ID)
  endpoint!: string;

  @ApiProperty({ enum: ['pass', 'fail', 'conditional'] })
  @IsIn(['pass', 'fail', 'conditional'])
  result!: 'pass' | 'fail' | 'conditional';

  @ApiProperty({ enum: ['in_vitro', 'in_vivo', 'clinical'] })
  @IsIn(['in_vitro', 'in_vivo', 'clinical'])
  model!: 'in_vitro' | 'in_vivo' | 'clinical';

  @ApiPropertyOptional({ enum: ['A', 'B', 'C'], description: 'A <= 24 h, B 24 h - 30 days, C > 30 days' })
  @IsOptional()
  @IsIn(['A', 'B', 'C'])
  contactCategory?: 'A' | 'B' | 'C' | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  notes?: string | null;

  @ApiProperty({ example: 'ref-pmc4669019' })
  @Matches(REF_KEY)
  reference!: string;
}

export const REGULATORY_STATUSES = ['cleared', 'approved', 'granted', 'certified', 'exempt', 'withdrawn'] as const;

export class RegulatoryDto {
  @ApiProperty({ example: 'US', description: 'ISO 3166 alpha-2 code, or EU' })
  @Matches(/^[A-Z]{2}$/)
  region!: string;

  @ApiProperty({ example: 'regulatory-pathway/fda-510k' })
  @Matches(CONCEPT_ID)
  pathway!: string;

  @ApiPropertyOptional({ example: 'K123456' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  identifier?: string | null;

  @ApiPropertyOptional({ enum: REGULATORY_STATUSES })
  @IsOptional()
  @IsIn(REGULATORY_STATUSES)
  status?: (typeof REGULATORY_STATUSES)[number] | null;

  @ApiPropertyOptional({ example: '2016-12-09', description: 'Decision date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'date must be YYYY-MM-DD' })
  date?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 300)
  exampleDevice?: string | null;

  @ApiPropertyOptional({ description: 'The clearance or certificate holder' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  holder?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(REF_KEY)
  reference?: string | null;
}

export class SustainabilityDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) origin?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) disposal?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 1000) reusability?: string | null;
  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsNumber(finite) @Min(0) @Max(1e6) carbonFootprintKgCo2ePerKg?: number | null;
  @ApiPropertyOptional() @IsOptional() @Matches(REF_KEY) reference?: string | null;
}

const apply = (decorators: PropertyDecorator[]): PropertyDecorator => (target, key) => decorators.forEach((d) => d(target, key));

export const REFERENCE_TYPES = ['article', 'chapter', 'book', 'standard', 'datasheet', 'regulatory', 'web'] as const;
const text = (max: number) => [IsOptional(), IsString(), Length(1, max)];

export class LiteratureReferenceDto {
  @ApiProperty({ example: 'ref-pmc4669019' })
  @Matches(REF_KEY)
  key!: string;

  @ApiPropertyOptional({ enum: REFERENCE_TYPES, description: 'What kind of source: it decides which identifier it needs (see README, the reference rule)' })
  @IsOptional()
  @IsIn(REFERENCE_TYPES)
  type?: (typeof REFERENCE_TYPES)[number] | null;

  @ApiPropertyOptional({ example: '10.1093/rb/rbv001' })
  @IsOptional()
  @Matches(/^10\.\d{4,9}\/\S{1,200}$/, { message: 'doi must look like 10.xxxx/...' })
  doi?: string | null;

  @ApiPropertyOptional({ example: '26816637' })
  @IsOptional()
  @Matches(/^\d{1,9}$/, { message: 'pmid must be digits' })
  pmid?: string | null;

  @ApiPropertyOptional({ example: 'PMC4669019' })
  @IsOptional()
  @Matches(/^PMC\d{1,9}$/, { message: 'pmcid must look like PMC1234567' })
  pmcid?: string | null;

  @ApiPropertyOptional({ example: '978-0-12-374626-9' })
  @IsOptional()
  @Matches(/^(97[89][- ]?)?(\d[- ]?){9}[\dX]$/, { message: 'isbn must be an ISBN-10 or ISBN-13' })
  isbn?: string | null;

  @ApiPropertyOptional({ example: 'ASTM F136-13', description: 'The number of a standard, as its body publishes it' })
  @apply(text(100))
  standard?: string | null;

  @ApiPropertyOptional({ example: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4669019/' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @Length(1, 2000)
  url?: string | null;

  @ApiPropertyOptional() @apply(text(1000)) title?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['Kurtz, Steven M'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  authors?: string[];

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1600) @Max(2100) year?: number | null;
  @ApiPropertyOptional({ description: 'Journal, book, maker, regulator or standards body' }) @apply(text(300)) container?: string | null;
  @ApiPropertyOptional() @apply(text(40)) volume?: string | null;
  @ApiPropertyOptional() @apply(text(40)) issue?: string | null;
  @ApiPropertyOptional() @apply(text(40)) pages?: string | null;
  @ApiPropertyOptional() @apply(text(300)) publisher?: string | null;
  @ApiPropertyOptional({ description: 'The publication record of this reference' }) @IsOptional() @Matches(/^[A-Za-z0-9._-]{1,80}$/) publicationId?: string | null;
}

export class KeywordsDto {
  @ApiPropertyOptional(conceptIds('kw-materials-composition/titanium'))
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CONCEPT_ID, { each: true })
  'kw-materials-composition'?: string[];

  @ApiPropertyOptional(conceptIds('kw-model-system/rabbit'))
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CONCEPT_ID, { each: true })
  'kw-model-system'?: string[];

  @ApiPropertyOptional(conceptIds('kw-outcomes-toxicity/osseointegration'))
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CONCEPT_ID, { each: true })
  'kw-outcomes-toxicity'?: string[];

  @ApiPropertyOptional(conceptIds('kw-bioactive-compounds/gentamicin'))
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CONCEPT_ID, { each: true })
  'kw-bioactive-compounds'?: string[];

  @ApiPropertyOptional(conceptIds('kw-manufactured-product/hip-prosthesis'))
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CONCEPT_ID, { each: true })
  'kw-manufactured-product'?: string[];
}

const shortTexts = (max: number): PropertyDecorator[] => [IsOptional(), IsArray(), ArrayMaxSize(max), IsString({ each: true }), Length(1, 200, { each: true })];

/** The content of a material record, as curators and proposers write it. */
export class MaterialContentDto {
  @ApiProperty({ example: 'Ti-6Al-4V ELI' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ type: [String], example: ['Grade 23 titanium'] })
  @apply(shortTexts(50))
  synonyms: string[] = [];

  @ApiPropertyOptional({ type: [String] })
  @apply(shortTexts(50))
  tradeNames: string[] = [];

  @ApiProperty({ example: 'Extra-low-interstitial titanium alloy for implants.' })
  @IsString()
  @Length(1, 4000)
  summary!: string;

  @ApiProperty({ example: 'material-class/titanium-alloy' })
  @Matches(CONCEPT_ID)
  class!: string;

  @ApiPropertyOptional(conceptIds('application/joint-replacement'))
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CONCEPT_ID, { each: true })
  applications: string[] = [];

  @ApiPropertyOptional({ type: [String], example: ['ASTM F136', 'ISO 5832-3'] })
  @apply(shortTexts(50))
  standards: string[] = [];

  @ApiPropertyOptional(conceptIds('form/rod'))
  @IsOptional() @IsArray() @ArrayMaxSize(50) @Matches(CONCEPT_ID, { each: true })
  forms: string[] = [];

  @ApiPropertyOptional({ example: '12743-70-3' })
  @IsOptional()
  @Matches(/^\d{2,7}-\d{2}-\d$/, { message: 'casNumber must look like 1234-56-7' })
  casNumber?: string | null;

  @ApiPropertyOptional({ type: [CompositionEntryDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => CompositionEntryDto)
  composition: CompositionEntryDto[] = [];

  @ApiPropertyOptional({ type: [PropertyValueDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => PropertyValueDto)
  properties: PropertyValueDto[] = [];

  @ApiPropertyOptional({ type: [BiocompatibilityDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => BiocompatibilityDto)
  biocompatibility: BiocompatibilityDto[] = [];

  @ApiPropertyOptional({ type: [RegulatoryDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => RegulatoryDto)
  regulatory: RegulatoryDto[] = [];

  @ApiPropertyOptional({ type: SustainabilityDto, nullable: true })
  @IsOptional() @ValidateNested() @Type(() => SustainabilityDto)
  sustainability?: SustainabilityDto | null;

  @ApiPropertyOptional({ type: KeywordsDto })
  @IsOptional() @IsObject() @ValidateNested() @Type(() => KeywordsDto)
  keywords: KeywordsDto = new KeywordsDto();

  @ApiPropertyOptional({ type: [LiteratureReferenceDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(300) @ValidateNested({ each: true }) @Type(() => LiteratureReferenceDto)
  references: LiteratureReferenceDto[] = [];
}

export const MATERIAL_SORTS = ['name', '-name', 'updatedAt', '-updatedAt', 'slug', '-slug'] as const;

export class MaterialListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: MATERIAL_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(MATERIAL_SORTS, { message: `sort must be one of ${MATERIAL_SORTS.join(', ')}` })
  sort: (typeof MATERIAL_SORTS)[number] = 'name';
}

export class DiffQueryDto {
  @ApiProperty({ type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) from!: number;
  @ApiProperty({ type: 'integer', minimum: 1 }) @Type(() => Number) @IsInt() @Min(1) to!: number;
}
