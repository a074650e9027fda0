import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO4217CurrencyCode,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { MATERIAL_SLUG } from '../../catalogue/material.dto';
import { CONCEPT_ID } from '../../vocabulary/vocabulary.dto';
import { OFFER_ACTIONS, OfferAction } from './offer.machine';
import { OFFER_GRADES, OfferGrade } from './offer.schema';

const MAX_MINOR = 1_000_000_000_00; // one billion in major units

export class PriceTierDto {
  @ApiProperty({ example: 1, description: 'From this many packs on' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minQuantity!: number;

  @ApiProperty({ example: 12900, description: 'Unit price in integer minor units (cents) of the offer currency' })
  @IsInt()
  @Min(0)
  @Max(MAX_MINOR)
  unitPriceMinor!: number;
}

export class PackSizeDto {
  @ApiProperty({ example: 25 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.000001)
  value!: number;

  @ApiProperty({ example: 'g', description: 'A unit of mass, volume, length, area or count (UCUM-like: g, kg, mL, L, m, cm2, pcs)' })
  @IsString()
  @Length(1, 20)
  unit!: string;
}

export class OfferContentDto {
  @ApiProperty({ example: 'ti64-eli-rod-6mm' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, { message: 'sku must be letters, digits, dot, dash or underscore' })
  sku!: string;

  @ApiProperty({ example: 'ti-6al-4v-eli' })
  @Matches(MATERIAL_SLUG, { message: 'materialSlug must be a material slug' })
  materialSlug!: string;

  @ApiProperty({ example: 'Ti-6Al-4V ELI rod, 6 mm, ASTM F136' })
  @IsString()
  @Length(2, 200)
  title!: string;

  @ApiProperty({ enum: OFFER_GRADES })
  @IsIn(OFFER_GRADES)
  grade!: OfferGrade;

  @ApiPropertyOptional({ example: 'form/rod' })
  @IsOptional()
  @Matches(CONCEPT_ID, { message: 'form must be a concept id like form/rod' })
  form?: string;

  @ApiProperty({ type: PackSizeDto })
  @ValidateNested()
  @Type(() => PackSizeDto)
  packSize!: PackSizeDto;

  @ApiPropertyOptional({ example: 'EUR', default: 'EUR' })
  @IsOptional()
  @IsISO4217CurrencyCode({ message: 'currency must be an ISO 4217 code' })
  currency?: string;

  @ApiProperty({ type: [PriceTierDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PriceTierDto)
  priceTiers!: PriceTierDto[];

  @ApiProperty({ example: 40, description: 'Packs on hand' })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  stockOnHand!: number;

  @ApiProperty({ example: 10 })
  @IsInt()
  @Min(0)
  @Max(3650)
  leadTimeDays!: number;

  @ApiPropertyOptional({ example: 1, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  minOrderQuantity?: number;

  @ApiPropertyOptional({ example: ['certification/iso-13485'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(/^certification\/[a-z0-9-]+$/, { each: true, message: 'each certification must be a certification/... concept id' })
  certifications?: string[];

  @ApiPropertyOptional({ example: ['DE', 'IT'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @ArrayUnique()
  @IsISO31661Alpha2({ each: true, message: 'each shipsTo must be an ISO 3166-1 alpha-2 code' })
  shipsTo?: string[];

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  sampleAvailable?: boolean;
}

export class UpdateOfferDto extends OfferContentDto {
  @ApiProperty({ description: 'The revision you read; a stale one is answered 409' })
  @IsInt()
  @Min(1)
  revision!: number;
}

export class OfferTransitionDto {
  @ApiProperty({ enum: OFFER_ACTIONS })
  @IsIn(OFFER_ACTIONS)
  action!: OfferAction;

  @ApiProperty()
  @IsInt()
  @Min(1)
  revision!: number;
}
