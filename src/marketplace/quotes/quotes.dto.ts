import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/http/pagination';
import { QUOTE_ACTIONS_BY_USERS, QuoteAction } from './quote.machine';

export class CreateQuoteRequestDto {
  @ApiProperty()
  @IsUUID()
  offerId!: string;

  @ApiProperty({ example: 20, description: 'Packs' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity!: number;

  @ApiPropertyOptional({ example: 'For a 12-month fatigue study; can you certify lot traceability?' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  message?: string;
}

export class QuoteActionDto {
  @ApiProperty({ enum: QUOTE_ACTIONS_BY_USERS })
  @IsIn(QUOTE_ACTIONS_BY_USERS)
  action!: QuoteAction;

  @ApiPropertyOptional({ description: 'quote (required) and counter: unit price in integer minor units' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000_000_00)
  unitPriceMinor?: number;

  @ApiPropertyOptional({ description: 'quote and counter: packs' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  quantity?: number;

  @ApiPropertyOptional({ description: 'quote: valid until (ISO date; default: marketplace.quoteValidityDays from now)' })
  @IsOptional()
  @IsDateString()
  validUntil?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  message?: string;
}

export class QuoteMessageDto {
  @ApiProperty()
  @IsString()
  @Length(1, 4000)
  text!: string;
}

export class QuoteOrderDto {
  @ApiProperty({ enum: ['card', 'invoice'] })
  @IsIn(['card', 'invoice'])
  paymentMethod!: 'card' | 'invoice';
}

export class QuoteListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['buying', 'selling'] })
  @IsOptional()
  @IsIn(['buying', 'selling'])
  side?: 'buying' | 'selling';
}
